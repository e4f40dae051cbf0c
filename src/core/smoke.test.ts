import { expect } from '@open-wc/testing';
import { createAuthStore } from './index.js';

describe('smoke', () => {
  it('logs in', async () => {
    const to: string[] = [];
    const store = createAuthStore({
      authProvider: { login: async () => {}, logout: async () => {}, checkAuth: async () => {}, checkError: async () => {} },
      navigate: (t) => to.push(t),
    });
    expect((await store.login({})).ok).to.equal(true);
    expect(to).to.deep.equal(['/']);
  });
});
