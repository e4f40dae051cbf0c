import { Component, inject } from '@angular/core';
import type { AuthSuccessEvent } from 'auth-elements';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-login',
  imports: [AUTH_ELEMENTS],
  // [prop] bindings go through the typed inputs of AUTH_ELEMENTS to the element's properties: objects
  // and the store go in as they are.
  template: `
    <auth-login
      register-link="/register"
      forgot-password-link="/forgot-password"
      remember-me
      [providers]="providers"
      [strings]="strings"
      [store]="auth.store"
      (auth-error)="auth.report($event)"
      (auth-success)="onSuccess($event)"
    ></auth-login>
  `,
})
export class LoginPage {
  protected readonly auth = inject(Auth);
  protected readonly providers = [{ name: 'github', label: 'GitHub' }];
  protected readonly strings = { loginTitle: 'Sign in to the Angular demo' };

  protected onSuccess(event: AuthSuccessEvent): void {
    console.info(`auth-success: ${event.detail.action}`);
  }
}
