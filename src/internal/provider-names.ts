/**
 * How well-known sign-in providers spell their own names, for `<auth-login>`'s buttons when the
 * app gives no `label`: `{ name: 'github' }` reads "Sign in with GitHub", not "…with github".
 * Keys are lower-case with spaces, `-`, `_` and `.` removed, so `gitlab`, `GitLab` and
 * `git-lab` all match. Brand names are not translated, so this is not part of the strings.
 */
const BRANDS: Readonly<Record<string, string>> = {
  apple: 'Apple',
  atlassian: 'Atlassian',
  auth0: 'Auth0',
  azure: 'Azure',
  azuread: 'Azure AD',
  bitbucket: 'Bitbucket',
  cognito: 'Cognito',
  discord: 'Discord',
  dropbox: 'Dropbox',
  entra: 'Microsoft Entra ID',
  entraid: 'Microsoft Entra ID',
  facebook: 'Facebook',
  figma: 'Figma',
  github: 'GitHub',
  gitlab: 'GitLab',
  google: 'Google',
  huggingface: 'Hugging Face',
  kakao: 'Kakao',
  keycloak: 'Keycloak',
  line: 'LINE',
  linear: 'Linear',
  linkedin: 'LinkedIn',
  microsoft: 'Microsoft',
  naver: 'Naver',
  notion: 'Notion',
  okta: 'Okta',
  paypal: 'PayPal',
  reddit: 'Reddit',
  roblox: 'Roblox',
  salesforce: 'Salesforce',
  slack: 'Slack',
  spotify: 'Spotify',
  tiktok: 'TikTok',
  twitch: 'Twitch',
  twitter: 'Twitter',
  vercel: 'Vercel',
  vk: 'VK',
  x: 'X',
  yahoo: 'Yahoo',
  zoom: 'Zoom',
};

/** The button text for a provider: its `label`, else the brand's own spelling of `name`, else `name`. */
export function providerLabel(provider: { name: string; label?: string }): string {
  if (typeof provider.label === 'string' && provider.label.trim() !== '') return provider.label;
  const key = provider.name.toLowerCase().replace(/[\s._-]/g, '');
  return Object.hasOwn(BRANDS, key) ? BRANDS[key]! : provider.name;
}
