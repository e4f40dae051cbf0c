import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { BACKUP_CODE, digitCode, OneTimeCodeController, type CodeFormat } from './one-time-code.js';
import { paste as pasteInto } from '../test-utils/paste.js';

/** A light-DOM form with the code field, counting submits (what a form element does). */
class CodeHost extends LitElement {
  format: CodeFormat = digitCode(6);
  submits: string[] = [];
  readonly code = new OneTimeCodeController(this, { format: () => this.format });
  protected override createRenderRoot() {
    return this;
  }
  override render() {
    return html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        this.submits.push(String(new FormData(event.currentTarget as HTMLFormElement).get('code')));
      }}
    >${this.code.render({ id: 'code-id', label: 'Code', error: this.error, hint: this.hint })}</form>`;
  }
  error?: string;
  hint?: string;
}
customElements.define('code-host', CodeHost);

const paste = pasteInto;

describe('digitCode: typed and pasted text', () => {
  const six = digitCode(6);
  it('finds the code in a pasted e-mail line, with spaces, dashes or dots inside', () => {
    expect(six.fromPaste('123456')).to.equal('123456');
    expect(six.fromPaste(' 123 456 ')).to.equal('123456');
    expect(six.fromPaste('123-456')).to.equal('123456');
    expect(six.fromPaste('Your code: 123 456. It expires in 5 minutes.')).to.equal('123456');
    expect(six.fromPaste('In 10 minutes: 987654')).to.equal('987654');
    expect(six.fromPaste('１２３４５６'), 'full-width digits').to.equal('123456');
  });
  it('keeps only digits when typing, never more than the length', () => {
    expect(six.normalize('12a3')).to.equal('123');
    expect(six.normalize('1234567')).to.equal('123456');
    expect(six.isComplete('123456')).to.equal(true);
    expect(six.isComplete('12345')).to.equal(false);
    expect(digitCode(8).fromPaste('code 1234 5678')).to.equal('12345678');
    expect(digitCode(8).maxlength).to.equal(8);
  });
  it('one object per length; a nonsense length falls back to 6', () => {
    expect(digitCode(6)).to.equal(digitCode());
    expect(digitCode(0).maxlength).to.equal(6);
    expect(digitCode(1.5).maxlength).to.equal(6);
  });
});

describe('BACKUP_CODE', () => {
  it('keeps letters, digits and dashes as typed (case included)', () => {
    expect(BACKUP_CODE.normalize('abCDe-12345')).to.equal('abCDe-12345');
    expect(BACKUP_CODE.normalize('ab cd!')).to.equal('abcd');
  });
  it('picks the code out of a pasted line', () => {
    expect(BACKUP_CODE.fromPaste('Backup code: aB3dE-fG7hJ')).to.equal('aB3dE-fG7hJ');
    expect(BACKUP_CODE.fromPaste('  aB3dE-fG7hJ\n')).to.equal('aB3dE-fG7hJ');
  });
  it('is complete from 4 characters, no leading/trailing dash', () => {
    expect(BACKUP_CODE.isComplete('aB3dE-fG7hJ')).to.equal(true);
    expect(BACKUP_CODE.isComplete('ab')).to.equal(false);
    expect(BACKUP_CODE.isComplete('-abcd')).to.equal(false);
    expect(BACKUP_CODE.autoSubmit).to.equal(false);
  });
});

describe('OneTimeCodeController', () => {
  it('renders one native input a phone and the one-time-code autofill understand', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    const input = el.code.input!;
    expect(el.querySelectorAll('input')).to.have.length(1);
    expect(input.name).to.equal('code');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('pattern')).to.equal('\\d{6}');
    expect(input.maxLength).to.equal(6);
    expect(input.required).to.equal(true);
    expect(el.querySelector('label')!.htmlFor).to.equal(input.id);
    expect(input.getAttribute('data-part')).to.include('input');
  });

  it('typing keeps digits only and submits once the sixth digit is in', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    el.code.input!.focus();
    await sendKeys({ type: '12a34' });
    expect(el.code.input!.value).to.equal('1234');
    expect(el.submits).to.deep.equal([]);
    await sendKeys({ type: '56' });
    expect(el.submits).to.deep.equal(['123456']);
  });

  it('a paste of a whole sentence becomes the code and submits', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    const input = el.code.input!;
    const notCancelled = paste(input, 'Your sign-in code is 482 913.');
    expect(notCancelled).to.equal(false);
    expect(input.value).to.equal('482913');
    expect(el.submits).to.deep.equal(['482913']);
  });

  it('a paste with no code in it is left to the browser', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    expect(paste(el.code.input!, 'hello')).to.equal(true);
    expect(el.submits).to.deep.equal([]);
  });

  it('an autofill that sets the value directly is cleaned up too', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    const input = el.code.input!;
    input.value = '123 456';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    expect(input.value).to.equal('123456');
    expect(el.submits).to.deep.equal(['123456']);
  });

  it('a backup code is text, keeps its dash, and is never submitted by itself', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    el.format = BACKUP_CODE;
    el.requestUpdate();
    await el.updateComplete;
    const input = el.code.input!;
    expect(input.getAttribute('inputmode')).to.equal('text');
    expect(input.maxLength).to.equal(64);
    paste(input, 'aB3dE-fG7hJ');
    expect(input.value).to.equal('aB3dE-fG7hJ');
    expect(el.submits).to.deep.equal([]);
    expect(el.code.isValid(input.value)).to.equal(true);
    expect(el.code.isValid('x')).to.equal(false);
    expect(el.code.isValid(undefined)).to.equal(false);
  });

  it('clear() and select() (a new format; a wrong code to retype)', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    const input = el.code.input!;
    input.value = '12';
    el.code.select();
    expect(document.activeElement).to.equal(input);
    expect(input.selectionStart).to.equal(0);
    expect(input.selectionEnd).to.equal(2);
    el.code.clear();
    expect(input.value).to.equal('');
  });

  it('shows its error and hint, linked with aria-describedby, as text', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    el.error = '<img src=x onerror=alert(1)>';
    el.hint = 'Six digits';
    el.requestUpdate();
    await el.updateComplete;
    const input = el.code.input!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.textContent)).to.deep.equal(['Six digits', '<img src=x onerror=alert(1)>']);
    expect(el.querySelector('img')).to.equal(null);
  });

  it('re-rendering never overwrites what was typed', async () => {
    const el = await fixture<CodeHost>(html`<code-host></code-host>`);
    el.code.input!.value = '123';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.code.input!.value).to.equal('123');
  });
});
