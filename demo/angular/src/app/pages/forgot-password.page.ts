import { Component, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-forgot-password',
  imports: [AUTH_ELEMENTS],
  template: `<auth-forgot-password login-link="/login" (auth-error)="auth.report($event)"></auth-forgot-password>`,
})
export class ForgotPasswordPage {
  protected readonly auth = inject(Auth);
}
