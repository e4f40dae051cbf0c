/**
 * Shared by the Vue and Angular example apps (demo/vue, demo/angular).
 * The refine tutorial's mock authProvider ("Create Auth Provider From Scratch"), refine v3
 * shape: mock users, the signed-in user kept in localStorage. Password for every mock user:
 * "demo-password". `forgotPassword`/`updatePassword` accept anything but a token "expired".
 */
interface MockUser {
  email: string;
  roles: string[];
}

const mockUsers: MockUser[] = [
  { email: 'john@mail.com', roles: ['admin'] },
  { email: 'jane@mail.com', roles: ['editor'] },
];

const PASSWORD = 'demo-password';
const KEY = 'auth';

const signIn = (user: MockUser) => localStorage.setItem(KEY, JSON.stringify(user));
const current = (): MockUser | null => {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as MockUser) : null;
};

export const authProvider = {
  login: ({ email, password, providerName }: { email?: string; password?: string; providerName?: string }) => {
    // Third-party buttons ("Sign in with GitHub") sign in the first mock user.
    const user = providerName ? mockUsers[0] : mockUsers.find((item) => item.email === email);
    if (user && (providerName || password === PASSWORD)) {
      signIn(user);
      return Promise.resolve();
    }
    return Promise.reject({
      name: 'Login Failed!',
      message: "The email or password that you've entered doesn't match any account.",
    });
  },
  register: ({ email }: { email?: string }) => {
    if (!email || mockUsers.some((user) => user.email === email)) {
      return Promise.reject({ name: 'Register Error', message: 'This email is already registered.' });
    }
    const user = { email, roles: ['editor'] };
    mockUsers.push(user);
    signIn(user);
    return Promise.resolve();
  },
  forgotPassword: () => Promise.resolve(),
  updatePassword: ({ token }: { token?: string }) =>
    token === 'expired'
      ? Promise.reject({ name: 'Update Error', message: 'This reset link has expired.' })
      : Promise.resolve('/login'),
  logout: () => {
    localStorage.removeItem(KEY);
    return Promise.resolve();
  },
  checkAuth: () => (current() ? Promise.resolve() : Promise.reject()),
  checkError: (error: { status?: number }) => (error?.status === 401 ? Promise.reject() : Promise.resolve()),
  getPermissions: () => {
    const user = current();
    return user ? Promise.resolve(user.roles) : Promise.reject();
  },
  getUserIdentity: () => {
    const user = current();
    return user ? Promise.resolve({ email: user.email, roles: user.roles }) : Promise.reject();
  },
};
