import { expect } from '@open-wc/testing';
import { providerLabel } from './provider-names.js';

describe('providerLabel', () => {
  it('spells well-known providers as they do, whatever the case of the name', () => {
    const cases: Array<[string, string]> = [
      ['github', 'GitHub'], ['GITHUB', 'GitHub'], ['google', 'Google'], ['microsoft', 'Microsoft'],
      ['apple', 'Apple'], ['gitlab', 'GitLab'], ['facebook', 'Facebook'], ['twitter', 'Twitter'],
      ['x', 'X'], ['discord', 'Discord'], ['linkedin', 'LinkedIn'], ['bitbucket', 'Bitbucket'],
      ['slack', 'Slack'], ['azure-ad', 'Azure AD'], ['hugging_face', 'Hugging Face'], ['paypal', 'PayPal'],
    ];
    for (const [name, label] of cases) expect(providerLabel({ name }), name).to.equal(label);
  });

  it('keeps an unknown name as given, and a label always wins', () => {
    expect(providerLabel({ name: 'acme-sso' })).to.equal('acme-sso');
    expect(providerLabel({ name: 'constructor' })).to.equal('constructor');
    expect(providerLabel({ name: 'github', label: 'GitHub Enterprise' })).to.equal('GitHub Enterprise');
    expect(providerLabel({ name: 'github', label: '  ' })).to.equal('GitHub');
  });

  it('spells every known brand as before (the table written out, against the compact encoding)', () => {
    const brands: Record<string, string> = {
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
    for (const [name, label] of Object.entries(brands)) expect(providerLabel({ name }), name).to.equal(label);
    // Capitalizing stays limited to known brands.
    expect(providerLabel({ name: 'zoomer' })).to.equal('zoomer');
    expect(providerLabel({ name: 'hasOwnProperty' })).to.equal('hasOwnProperty');
  });
});
