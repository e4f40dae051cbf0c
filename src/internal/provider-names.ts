/*
 * How well-known sign-in providers spell their own names, for `<auth-login>`'s buttons when the
 * app gives no `label`: `{ name: 'github' }` reads "Sign in with GitHub", not "…with github".
 * Keys are lower-case with spaces, `-`, `_` and `.` removed, so `gitlab`, `GitLab` and
 * `git-lab` all match. Brand names are not translated, so this is not part of the strings.
 */

// Names spelled as the key with a capital first letter (a word list is smaller than a table).
const CAPITALIZED = new Set('apple atlassian auth0 azure bitbucket cognito discord dropbox facebook figma google kakao keycloak linear microsoft naver notion okta reddit roblox salesforce slack spotify twitch twitter vercel x yahoo zoom'.split(' '));

// Names spelled any other way.
const SPELLED: Readonly<Record<string, string>> = {
  azuread: 'Azure AD',
  entra: 'Microsoft Entra ID',
  entraid: 'Microsoft Entra ID',
  github: 'GitHub',
  gitlab: 'GitLab',
  huggingface: 'Hugging Face',
  line: 'LINE',
  linkedin: 'LinkedIn',
  paypal: 'PayPal',
  tiktok: 'TikTok',
  vk: 'VK',
};

/** The button text for a provider: its `label`, else the brand's own spelling of `name`, else `name`. */
export function providerLabel(provider: { name: string; label?: string }): string {
  if (typeof provider.label === 'string' && provider.label.trim() !== '') return provider.label;
  const key = provider.name.toLowerCase().replace(/[\s._-]/g, '');
  if (Object.hasOwn(SPELLED, key)) return SPELLED[key]!;
  return CAPITALIZED.has(key) ? key[0]!.toUpperCase() + key.slice(1) : provider.name;
}
