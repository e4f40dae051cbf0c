// Deliberately wrong: `ngc -p tsconfig.fixtures.json` must FAIL here
// (test/frameworks/typings.test.mjs asserts it). With strictTemplates, Angular types `$event`
// of `(auth-error)` from the kit's event map, so a handler expecting another event is rejected.
import 'auth-elements';
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { AuthRedirectEvent } from 'auth-elements';

@Component({
  selector: 'app-wrong-binding',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<auth-login (auth-error)="onRedirect($event)"></auth-login>`,
})
export class WrongBindingComponent {
  onRedirect(event: AuthRedirectEvent): void {
    event.preventDefault();
  }
}
