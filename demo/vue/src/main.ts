import 'auth-elements'; // registers every <auth-*> element
import { createApp } from 'vue';
import App from './App.vue';
import { store } from './auth';
import { router } from './router';

// A route guard built on the store, beside the <auth-guard> element: routes with
// `meta.requiresAuth` send signed-out users to /login?to=<where they wanted to go>.
router.beforeEach(async (to) => {
  if (!to.meta.requiresAuth) return true;
  const { ok } = await store.checkAuth();
  return ok || { path: store.loginPath, query: { [store.returnParam]: to.fullPath } };
});

createApp(App).use(router).mount('#app');
