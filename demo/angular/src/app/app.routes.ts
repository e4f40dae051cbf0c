import type { Routes } from '@angular/router';
import { authGuard } from './auth';

export const routes: Routes = [
  { path: '', loadComponent: () => import('./pages/home.page').then((m) => m.HomePage) },
  { path: 'login', loadComponent: () => import('./pages/login.page').then((m) => m.LoginPage) },
  { path: 'register', loadComponent: () => import('./pages/register.page').then((m) => m.RegisterPage) },
  { path: 'forgot-password', loadComponent: () => import('./pages/forgot-password.page').then((m) => m.ForgotPasswordPage) },
  { path: 'update-password', loadComponent: () => import('./pages/update-password.page').then((m) => m.UpdatePasswordPage) },
  // Guarded by the <auth-guard> element inside the page.
  { path: 'dashboard', loadComponent: () => import('./pages/dashboard.page').then((m) => m.DashboardPage) },
  // Guarded by the router (CanActivateFn on store.checkAuth): the page is never loaded when signed out.
  { path: 'account', canActivate: [authGuard], loadComponent: () => import('./pages/account.page').then((m) => m.AccountPage) },
  { path: '**', redirectTo: '' },
];
