import { Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { AuthRedirectEvent } from 'auth-elements';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-update-password',
  imports: [AUTH_ELEMENTS],
  // Reached from the reset e-mail as /update-password?token=…; the element removes the token from the URL.
  template: `
    <auth-update-password
      token-param="token"
      login-link="/login"
      forgot-password-link="/forgot-password"
      (auth-redirect)="onRedirect($event)"
      (auth-error)="auth.report($event)"
    ></auth-update-password>
  `,
})
export class UpdatePasswordPage {
  protected readonly auth = inject(Auth);
  private readonly router = inject(Router);

  /** The alternative to the store's `navigate` option: cancel auth-redirect and route yourself. */
  protected onRedirect(event: AuthRedirectEvent): void {
    event.preventDefault();
    void this.router.navigateByUrl(event.detail.to, { replaceUrl: event.detail.replace });
  }
}
