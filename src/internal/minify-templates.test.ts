// The published build minifies every css`` template (scripts/minify-templates.mjs). The browser
// is the judge of CSS: each element's stylesheet, minified, must parse to the very same rules.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-templates.mjs';
import '../index.js';

// A rule as the browser understood it. Custom properties and values with var() keep their tokens
// as written (`var(--a, #fff)` stays with its space), so their white space is compared
// normalised; every other value is compared as the browser serialises it.
type Parsed = string | { head: string; props: string[]; rules: Parsed[] };
const parse = (list: CSSRuleList): Parsed[] =>
  [...list].map((rule) => {
    if (rule instanceof CSSStyleRule || rule instanceof CSSMediaRule) {
      const head = rule instanceof CSSStyleRule ? rule.selectorText : `@media ${rule.conditionText}`;
      const style = rule instanceof CSSStyleRule ? rule.style : undefined;
      const props = style
        ? [...style].map((name) => {
            const value = style.getPropertyValue(name);
            return `${name}:${name.startsWith('--') || value.includes('var(') ? value.replace(/\s*([,()])\s*/g, '$1').trim() : value}${style.getPropertyPriority(name)}`;
          })
        : [];
      return { head, props, rules: parse(rule.cssRules) };
    }
    return rule.cssText;
  });
const rules = (text: string): Parsed[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return parse(sheet.cssRules);
};

describe('build-time CSS minification', () => {
  const tags = ['auth-login', 'auth-register', 'auth-forgot-password', 'auth-update-password', 'auth-guard', 'auth-logout', 'auth-notifications', 'auth-scope', 'auth-callback'];
  for (const tag of tags) {
    it(`<${tag}>: the minified stylesheet parses to the same rules`, () => {
      const element = customElements.get(tag) as unknown as { elementStyles: CSSResult[] } | undefined;
      expect(element, tag).to.not.equal(undefined);
      const texts = element!.elementStyles.map((style) => style.cssText);
      expect(texts.length).to.be.greaterThan(0);
      for (const text of texts) {
        const minified = minifyCss(text);
        expect(minified.length).to.be.lessThan(text.length);
        expect(rules(minified)).to.deep.equal(rules(text));
      }
    });
  }
});
