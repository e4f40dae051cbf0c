// The correct twin of wrong-binding.component.ts: must compile, so the failure there comes
// from the mistake, not from the setup.
import 'auth-elements';
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import type { AuthErrorEvent, AuthRedirectEvent } from 'auth-elements';

@Component({
  selector: 'app-right-binding',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<auth-login (auth-error)="onError($event)" (auth-redirect)="onRedirect($event)"></auth-login>`,
})
export class RightBindingComponent {
  onError(event: AuthErrorEvent): void {
    console.log(event.detail.error.message);
  }
  onRedirect(event: AuthRedirectEvent): void {
    event.preventDefault();
  }
}
