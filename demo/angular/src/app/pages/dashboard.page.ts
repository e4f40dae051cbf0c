import { Component, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-dashboard',
  imports: [AUTH_ELEMENTS],
  // Fails closed: signed out, it goes to /login?to=/dashboard; the content appears only after the check.
  template: `
    <auth-guard>
      <p slot="fallback">Checking your session…</p>
      <section id="dashboard">
        <h1>Dashboard</h1>
        <p>Signed in as {{ auth.identity()?.email }}.</p>
        <auth-logout redirect-path="/login">Sign out from the dashboard</auth-logout>
      </section>
    </auth-guard>
  `,
})
export class DashboardPage {
  protected readonly auth = inject(Auth);
}
