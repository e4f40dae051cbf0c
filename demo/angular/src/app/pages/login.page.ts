import { Component, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-login',
  imports: [AUTH_ELEMENTS],
  template: `
    <auth-login
      register-link="/register"
      forgot-password-link="/forgot-password"
      remember-me
      [providers]="providers"
      (auth-error)="auth.report($event)"
    ></auth-login>
  `,
})
export class LoginPage {
  protected readonly auth = inject(Auth);
  // No label: "Sign in with GitHub".
  protected readonly providers = [{ name: 'github' }, { name: 'google', label: 'Google Workspace' }];
}
