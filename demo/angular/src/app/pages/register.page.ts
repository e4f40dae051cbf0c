import { Component, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-register',
  imports: [AUTH_ELEMENTS],
  template: `
    <auth-register login-link="/login" (auth-error)="auth.report($event)">
      <!-- Extra fields reach register() with the other values. -->
      <label slot="fields">Name <input name="name" autocomplete="name" /></label>
    </auth-register>
  `,
})
export class RegisterPage {
  protected readonly auth = inject(Auth);
}
