/**
 * The mock authProvider of refine's tutorial "Create Auth Provider From Scratch"
 * (../shared/seed/create-authprovider.md), method by method as the tutorial writes it:
 * mock users in an array, the signed-in user kept in `localStorage` under "auth".
 * Only the types are added (the tutorial imports `AuthProvider` from @pankod/refine-core).
 *
 * As in the tutorial, any password is accepted, and a registered user lives in the in-memory
 * array only until the page reloads.
 */
import type { RefineV3AuthProvider } from '../src/index.js';

const mockUsers: { email: string; roles?: string[] }[] = [
  { email: 'john@mail.com', roles: ['admin'] },
  { email: 'jane@mail.com', roles: ['editor'] },
];

export const authProvider: RefineV3AuthProvider = {
  login: ({ email }: { email: string; password?: string }) => {
    // Suppose we actually send a request to the back end here.
    const user = mockUsers.find((item) => item.email === email);

    if (user) {
      localStorage.setItem('auth', JSON.stringify(user));
      return Promise.resolve();
    }

    return Promise.reject();
  },
  checkAuth: () => {
    const user = localStorage.getItem('auth');

    if (user) {
      return Promise.resolve();
    }

    return Promise.reject();
  },
  logout: () => {
    localStorage.removeItem('auth');
    return Promise.resolve();
  },
  checkError: (error: { status?: number }) => {
    if (error.status === 401 || error.status === 403) {
      return Promise.reject();
    }

    return Promise.resolve();
  },
  getPermissions: () => {
    const user = localStorage.getItem('auth');

    if (user) {
      const { roles } = JSON.parse(user);

      return Promise.resolve(roles);
    }

    return Promise.reject();
  },
  getUserIdentity: () => {
    const user = localStorage.getItem('auth');

    if (user) {
      const { email, roles } = JSON.parse(user);

      return Promise.resolve({ email, roles });
    }

    return Promise.reject();
  },
  register: ({ email }: { email: string }) => {
    const user = mockUsers.find((user) => user.email === email);

    if (user) {
      return Promise.reject();
    }

    mockUsers.push({ email });

    return Promise.resolve();
  },
  forgotPassword: (_params: { email: string }) => {
    // send password reset link to the user's email address here
    // if request is successful, resolve the Promise, otherwise reject it
    return Promise.resolve();
  },
  updatePassword: (_params: { password: string; token?: string }) => {
    // update the user's password here
    // if request is successful, resolve the Promise, otherwise reject it
    return Promise.resolve();
  },
};
