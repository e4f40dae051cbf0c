import { Component, CUSTOM_ELEMENTS_SCHEMA, inject } from '@angular/core';
import type { AuthSuccessEvent } from 'auth-elements';
import { Auth } from '../auth';

@Component({
  selector: 'app-login',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // [prop] bindings set DOM properties: objects and the store go in as they are.
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
