import { Component, CUSTOM_ELEMENTS_SCHEMA, inject } from '@angular/core';
import { Auth } from '../auth';

@Component({
  selector: 'app-forgot-password',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<auth-forgot-password login-link="/login" (auth-error)="auth.report($event)"></auth-forgot-password>`,
})
export class ForgotPasswordPage {
  protected readonly auth = inject(Auth);
}
