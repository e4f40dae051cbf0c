import { Component, CUSTOM_ELEMENTS_SCHEMA, inject } from '@angular/core';
import { Auth } from '../auth';

@Component({
  selector: 'app-register',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
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
