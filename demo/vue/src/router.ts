import { createRouter, createWebHistory } from 'vue-router';
import HomeView from './views/HomeView.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: HomeView },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/register', component: () => import('./views/RegisterView.vue') },
    { path: '/forgot-password', component: () => import('./views/ForgotPasswordView.vue') },
    { path: '/update-password', component: () => import('./views/UpdatePasswordView.vue') },
    // Guarded by the <auth-guard> element inside the view.
    { path: '/dashboard', component: () => import('./views/DashboardView.vue') },
    // Guarded by the router itself (see main.ts): the component is never even loaded when signed out.
    { path: '/account', component: () => import('./views/AccountView.vue'), meta: { requiresAuth: true } },
  ],
});
