import { Component, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-register',
  imports: [AUTH_ELEMENTS],
  // [prop] bindings go through the typed inputs of AUTH_ELEMENTS to the element's properties:
  // objects and the store go in as they are.
  template: `
    <auth-register login-link="/login" [strings]="strings" [store]="auth.store" (auth-error)="auth.report($event)">
      <!-- Extra fields reach register() with the other values. -->
      <label slot="fields">Name <input name="name" autocomplete="name" /></label>
    </auth-register>
  `,
})
export class RegisterPage {
  protected readonly auth = inject(Auth);
  protected readonly strings = { registerTitle: 'Join the Angular demo' };
}
