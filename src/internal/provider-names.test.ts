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
});
