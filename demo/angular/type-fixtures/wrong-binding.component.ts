// Deliberately wrong: `ngc -p tsconfig.fixtures.json` must FAIL here
// (test/frameworks/typings.test.mjs asserts it). With strictTemplates, Angular types `$event`
// of `(auth-error)` from the kit's event map, so a handler expecting another event is rejected;
// the generated directives (AUTH_ELEMENTS, no CUSTOM_ELEMENTS_SCHEMA) reject a misspelled
// property (NG8002) and a property of the wrong type (TS2322).
import 'auth-elements';
import { Component } from '@angular/core';
import type { AuthRedirectEvent } from 'auth-elements';
import { AUTH_ELEMENTS } from '../src/app/auth-elements';

@Component({
  selector: 'app-wrong-binding',
  imports: [AUTH_ELEMENTS],
  template: `
    <auth-login (auth-error)="onRedirect($event)"></auth-login>
    <auth-login [provider]="providers"></auth-login>
    <auth-login [providers]="'github'"></auth-login>
  `,
})
export class WrongBindingComponent {
  readonly providers = [{ name: 'github' }];
  onRedirect(event: AuthRedirectEvent): void {
    event.preventDefault();
  }
}
