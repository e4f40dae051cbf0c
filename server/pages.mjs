// The demo's HTML pages. Static markup around the kit's elements; the page script
// (demo/app-*.ts, bundled at start-up) configures the store and defines the elements.

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Only http(s) links are clickable in the outbox; anything else is shown as text. */
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function baseLayout({ title, mode, current, body, notifications = false, outbox = true, script = '/app.js' }) {
  const nav = [
    ['/dashboard', 'Dashboard'],
    ['/account', 'Account'],
    ['/login', 'Sign in'],
    ['/register', 'Register'],
    ['/forgot-password', 'Forgot password'],
    ['/two-factor', 'Two-factor'],
    // The dev outbox is not served in production: no link to a 404.
    ...(outbox ? [['/outbox', 'Outbox']] : []),
    ['/oidc', 'OpenID Connect'],
  ]
    .map(([href, label]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escapeHtml(title)} · auth-elements demo</title>
    <link rel="stylesheet" href="/demo.css">
    <script type="module" src="${script}"></script>
  </head>
  <body data-mode="${mode}">
    <header class="demo-header">
      <a class="demo-brand" href="/">auth-elements <span class="demo-badge">${mode === 'mock' ? 'mock provider' : 'better-auth'}</span></a>
      <nav aria-label="Demo pages">
        ${nav}
      </nav>
    </header>
    <main>
${body}
    </main>${
      // Only where no form shows its own errors (logout, the guard's check): on form pages the
      // toast would repeat the form's message and be announced twice.
      notifications ? '\n    <auth-notifications></auth-notifications>' : ''
    }
  </body>
</html>
`;
}

/**
 * @param {string} page one of login, register, forgot-password, update-password, verify-email, dashboard, two-factor, account
 * @param {{ mode: 'better-auth' | 'mock', demoUser?: { email: string, password: string }, twoFactorUser?: { email: string, password: string }, outbox?: boolean }} ctx
 *   outbox: whether the dev outbox page is served (not in production); default true
 *   twoFactorUser: the two-factor demo account, when the server has one (its TOTP secret is printed on the console only)
 * @returns {string | undefined} the HTML, or undefined for an unknown page
 */
export function renderPage(page, { mode, demoUser, twoFactorUser, outbox = true }) {
  const layout = (o) => baseLayout({ ...o, outbox });
  const hint =
    mode === 'mock'
      ? `<p class="demo-hint">Mock users (the tutorial's): <code>john@mail.com</code> (admin) and <code>jane@mail.com</code> (editor), any password.</p>`
      : demoUser
        ? `<p class="demo-hint">Demo user (created on first start): <code>${escapeHtml(demoUser.email)}</code> / <code>${escapeHtml(demoUser.password)}</code></p>`
        : '';
  const outboxHint =
    mode === 'mock'
      ? `<p class="demo-hint">The tutorial's <code>forgotPassword</code> sends nothing. Try <a href="/update-password?token=demo">/update-password?token=demo</a>.</p>`
      : outbox
        ? `<p class="demo-hint">E-mails are not sent: reset links land in the <a href="/outbox">outbox</a>.</p>`
        : `<p class="demo-hint">E-mails are not sent: reset links are printed on the server's console.</p>`;
  switch (page) {
    case 'login':
      return layout({
        title: 'Sign in',
        mode,
        current: '/login',
        body: `      <auth-login register-link="/register" forgot-password-link="/forgot-password" remember-me identifier="email"></auth-login>
      ${hint}`,
      });
    case 'register':
      return layout({
        title: 'Register',
        mode,
        current: '/register',
        body: `      <auth-register login-link="/login">
        <label slot="fields" class="demo-field">Name (optional)
          <input name="name" autocomplete="name" maxlength="200">
        </label>
      </auth-register>`,
      });
    case 'forgot-password':
      return layout({
        title: 'Forgot password',
        mode,
        current: '/forgot-password',
        body: `      <auth-forgot-password login-link="/login"></auth-forgot-password>
      ${outboxHint}`,
      });
    case 'verify-email':
      return layout({
        title: 'Confirm your e-mail address',
        mode,
        current: '/verify-email',
        body: `      <auth-verify-email login-link="/login" continue-link="/dashboard"></auth-verify-email>
      ${
        mode === 'mock'
          ? '<p class="demo-hint">The tutorial\'s mock provider cannot verify addresses; with <code>npm start</code> sign-up sends a link that lands here.</p>'
          : outbox
            ? '<p class="demo-hint">Sign-up sends a confirmation link: it lands in the <a href="/outbox">outbox</a> and opens this page.</p>'
            : '<p class="demo-hint">Sign-up sends a confirmation link (printed on the server\'s console) that opens this page.</p>'
      }`,
      });
    case 'update-password':
      return layout({
        title: 'Choose a new password',
        mode,
        current: '/update-password',
        body: `      <auth-update-password login-link="/login"></auth-update-password>`,
      });
    case 'two-factor':
      // Where a backend that redirects for the second step sends the browser (better-auth's
      // twoFactorRedirect). Without a challenge in this page's store, the element offers its
      // `methods` (all three by default).
      return layout({
        title: 'Two-step verification',
        mode,
        current: '/two-factor',
        body: `      <auth-two-factor login-link="/login" trust-device></auth-two-factor>
      ${
        mode === 'mock'
          ? `<p class="demo-hint">The tutorial's mock provider has no second factor: this page needs <code>npm start</code> (better-auth).</p>`
          : `<p class="demo-hint">${
              twoFactorUser
                ? `Sign in as <code>${escapeHtml(twoFactorUser.email)}</code> / <code>${escapeHtml(twoFactorUser.password)}</code> first; its authenticator secret and backup codes are printed on the server's console. `
                : ''
            }Codes sent by e-mail land in the ${outbox ? '<a href="/outbox">outbox</a>' : "server's console"}.</p>`
      }`,
      });
    case 'dashboard':
      return layout({
        title: 'Dashboard',
        mode,
        current: '/dashboard',
        notifications: true,
        body: `      <auth-guard>
        <p slot="fallback" class="demo-card" role="status">Checking your session…</p>
        <template>
          <section class="demo-card" aria-labelledby="dash-title">
            <h1 id="dash-title">Dashboard</h1>
            <p>Only signed-in users see this page: <code>&lt;auth-guard&gt;</code> asked the provider's <code>checkAuth</code>.</p>
            <demo-identity></demo-identity>
            <p><a href="/account">Your account</a>: password, e-mail, passkeys, sessions, two-factor.</p>
            <auth-logout>Sign out</auth-logout>
          </section>
          <auth-guard permission="admin" no-redirect>
            <p slot="fallback" class="demo-card demo-muted">The admin panel is for accounts whose permissions include <code>admin</code>.</p>
            <template>
              <section class="demo-card" aria-labelledby="admin-title">
                <h2 id="admin-title">Admin panel</h2>
                <p>Shown because <code>getPermissions</code> includes <code>admin</code>.</p>
              </section>
            </template>
          </auth-guard>
        </template>
      </auth-guard>`,
      });
    case 'account':
      // Each account element appears only when the provider has its methods (the mock
      // provider has none, so the page then says so).
      return layout({
        title: 'Your account',
        mode,
        current: '/account',
        notifications: true,
        body: `      <auth-guard>
        <p slot="fallback" class="demo-card" role="status">Checking your session…</p>
        <template>
          <auth-account></auth-account>
          <p class="demo-card"><a href="/dashboard">Back to the dashboard</a> · <auth-logout>Sign out</auth-logout></p>
        </template>
      </auth-guard>${
        mode === 'mock'
          ? `
      <p class="demo-hint">The tutorial's mock provider has no account methods: this page needs <code>npm start</code> (better-auth).</p>`
          : ''
      }`,
      });
    default:
      return undefined;
  }
}

/** The outbox page: every link and address escaped, newest first. */
export function renderOutbox(mails, { mode }) {
  const items = mails.length
    ? `<ol class="demo-outbox">
${mails
  .map((mail) => {
    const href = mail.url === undefined ? undefined : safeHref(mail.url);
    const link = [
      mail.code !== undefined ? `Code: <code>${escapeHtml(mail.code)}</code>` : '',
      href ? `<a href="${escapeHtml(href)}">${escapeHtml(mail.url)}</a>` : mail.url !== undefined ? `<code>${escapeHtml(mail.url)}</code>` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `        <li>
          <p><strong>${escapeHtml(mail.subject)}</strong> to <span class="demo-to">${escapeHtml(mail.to)}</span>
            <time datetime="${escapeHtml(mail.sentAt)}">${escapeHtml(mail.sentAt.replace('T', ' ').slice(0, 19))} UTC</time></p>
          <p>${link}</p>
        </li>`;
  })
  .join('\n')}
      </ol>`
    : `<p class="demo-muted">${mode === 'mock' ? 'The mock provider sends no e-mail.' : 'No e-mail yet. Ask for a reset link on the <a href="/forgot-password">forgot-password</a> page.'}</p>`;
  return baseLayout({
    title: 'Outbox',
    mode,
    current: '/outbox',
    body: `      <section class="demo-card" aria-labelledby="outbox-title">
        <h1 id="outbox-title">Outbox</h1>
        <p>The e-mails the server would have sent (also printed on its console).</p>
        <p class="demo-hint"><strong>A development tool:</strong> it shows every user's reset links to anyone who can open this page, so the server does not serve it when <code>NODE_ENV=production</code>.</p>
      ${items}
      </section>`,
  });
}

export function renderNotFound({ mode, outbox = true }) {
  return baseLayout({
    title: 'Not found',
    mode,
    outbox,
    current: '',
    body: `      <section class="demo-card"><h1>Not found</h1><p><a href="/">Back to the dashboard</a></p></section>`,
  });
}
