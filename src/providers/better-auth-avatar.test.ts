/**
 * The better-auth adapter's identity: `image` becomes `avatar` only when it is an http(s) URL or
 * an inline `data:image/`, so an app rendering `<img src=${avatar}>` or a link to it never gets
 * a `javascript:` or `data:text/html` URL from a user's profile.
 */
import { expect } from '@open-wc/testing';
import { createBetterAuthProvider, type BetterAuthClientLike, type BetterAuthResultLike } from './better-auth.js';

function identityWith(image: unknown) {
  const reply = { data: { user: { id: 'u1', email: 'ada@example.com', name: 'Ada', image }, session: { id: 's1' } }, error: null };
  const unused = () => Promise.resolve({ data: null, error: null } as BetterAuthResultLike<never>);
  const client: BetterAuthClientLike = {
    signIn: { email: unused },
    signUp: { email: unused },
    signOut: unused,
    getSession: () => Promise.resolve(reply as unknown as BetterAuthResultLike<never>),
    resetPassword: unused,
  };
  return createBetterAuthProvider(client).getUserIdentity!() as Promise<Record<string, unknown>>;
}

describe('better-auth adapter: avatar', () => {
  it('keeps http(s) and data:image avatars', async () => {
    for (const image of ['https://img.test/a.png', 'http://img.test/b.png', 'HTTPS://IMG.TEST/C.PNG', 'data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml,%3Csvg%3E']) {
      const identity = await identityWith(image);
      expect(identity.avatar, image).to.equal(image);
      expect(identity.image, image).to.equal(image);
    }
  });

  it('drops every other scheme, relative and protocol-relative URLs, and non-strings', async () => {
    const unsafe = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:,hello',
      'vbscript:msgbox',
      'blob:https://img.test/1',
      'file:///etc/passwd',
      '//evil.example/a.png',
      '/avatars/a.png',
      'https:evil.example',
      '',
      '   ',
      null,
      undefined,
      42,
      { href: 'https://img.test/a.png' },
    ];
    for (const image of unsafe) {
      const identity = await identityWith(image);
      expect(identity.avatar, String(image)).to.equal(undefined);
      expect(identity.email).to.equal('ada@example.com');
    }
  });

  it('drops an avatar longer than a URL or small inline picture can sensibly be', async () => {
    const long = `https://img.test/${'a'.repeat(70_000)}.png`;
    expect((await identityWith(long)).avatar).to.equal(undefined);
  });
});
