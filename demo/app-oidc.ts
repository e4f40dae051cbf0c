// The /oidc pages: auth-elements/providers/oidc straight against the local OpenID Provider at
// /idp — no backend of ours in between. This is all a browser-only app writes.
import { configureAuth, type AuthLogin, type AuthStore } from '../src/index.js';
import { createOidcProvider } from '../src/providers/oidc.js';
import '../src/components/auth-callback/auth-callback.js';
import { defineDemoElements } from './shared.js';

const provider = createOidcProvider({
  issuer: `${location.origin}/idp`,
  clientId: 'demo-spa',
  redirectUri: `${location.origin}/oidc/callback`,
  postLogoutRedirectUri: `${location.origin}/oidc`,
  scope: 'openid profile email roles',
  permissionsClaim: 'roles',
  // The demo IdP runs on this machine over plain http; a real one is https.
  allowInsecureRequests: true,
});

const store = configureAuth({ authProvider: provider, loginPath: '/oidc', homePath: '/oidc/dashboard' });
defineDemoElements();

// The sign-in page: only the IdP's button (no password here), and where a failed return lands
// (`<auth-callback>` sends `?auth_error=<code>`, which `<auth-login>` shows).
for (const login of document.querySelectorAll<AuthLogin>('auth-login[data-oidc-login]')) {
  login.providers = [{ name: 'demo-idp', label: 'Demo IdP' }];
}

/**
 * `<demo-api-call>`: calls an API with the access token (here the IdP's own userinfo endpoint),
 * the way an app calls its backend: a 401 goes to `store.checkError`, which renews the token
 * once (or signs out), then the call is retried.
 */
class DemoApiCall extends HTMLElement {
  connectedCallback(): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'demo-button';
    button.textContent = 'Call the API with the access token';
    const output = document.createElement('output');
    output.dataset.field = 'api';
    button.addEventListener('click', () => void this.#call(store, output));
    this.replaceChildren(button, ' ', output);
  }

  async #call(auth: AuthStore, output: HTMLOutputElement): Promise<void> {
    output.textContent = 'Calling…';
    for (let attempt = 0; attempt < 2; attempt++) {
      let response: Response;
      try {
        const token = await provider.getAccessToken();
        response = await fetch('/idp/me', { headers: { Authorization: `Bearer ${token}` } });
      } catch {
        output.textContent = 'No access token (signed out?)';
        return;
      }
      if (response.ok) {
        const body = (await response.json()) as { sub?: string };
        output.textContent = `API answered for ${body.sub ?? '?'}`;
        return;
      }
      if (response.status !== 401 || attempt > 0) break;
      const check = await auth.checkError({ status: 401 });
      if (!check.ok) return;
    }
    output.textContent = 'The API refused the token';
  }
}
if (!customElements.get('demo-api-call')) customElements.define('demo-api-call', DemoApiCall);
