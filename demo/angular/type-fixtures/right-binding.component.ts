// The correct twin of wrong-binding.component.ts: must compile, so the failures there come
// from the mistakes, not from the setup.
import 'auth-elements';
import { Component } from '@angular/core';
import type { AuthErrorEvent, AuthRedirectEvent } from 'auth-elements';
import { AUTH_ELEMENTS } from '../src/app/auth-elements';

@Component({
  selector: 'app-right-binding',
  imports: [AUTH_ELEMENTS],
  template: `
    <auth-login (auth-error)="onError($event)" (auth-redirect)="onRedirect($event)"></auth-login>
    <auth-login [providers]="providers"></auth-login>
    <auth-login [providers]="[{ name: 'github' }]" [rememberMe]="true" register-link="/register"></auth-login>
  `,
})
export class RightBindingComponent {
  readonly providers = [{ name: 'github' }];
  onError(event: AuthErrorEvent): void {
    console.log(event.detail.error.message);
  }
  onRedirect(event: AuthRedirectEvent): void {
    event.preventDefault();
  }
}
