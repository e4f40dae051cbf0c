import { createRouter, createWebHistory } from 'vue-router';
import { connectRouter, store } from './auth';
import HomeView from './views/HomeView.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: HomeView },
    { path: '/login', component: () => import('./views/LoginView.vue') },
    { path: '/register', component: () => import('./views/RegisterView.vue') },
    { path: '/forgot-password', component: () => import('./views/ForgotPasswordView.vue') },
    { path: '/update-password', component: () => import('./views/UpdatePasswordView.vue') },
    // Guarded by <auth-guard> inside the view.
    { path: '/dashboard', component: () => import('./views/DashboardView.vue') },
    // Guarded by the router (below): the view is not even loaded for a signed-out user.
    { path: '/account', component: () => import('./views/AccountView.vue'), meta: { requiresAuth: true } },
  ],
});

// Signed-out users go to /login?to=<where they wanted to go>; after login the store returns there.
router.beforeEach(async (to) => {
  if (!to.meta.requiresAuth) return true;
  const { ok } = await store.checkAuth();
  return ok || { path: store.loginPath, query: { [store.returnParam]: to.fullPath } };
});

connectRouter(router);
