import { Component, computed, inject } from '@angular/core';
import { Auth } from '../auth';
import { AUTH_ELEMENTS } from '../auth-elements';

@Component({
  selector: 'app-dashboard',
  imports: [AUTH_ELEMENTS],
  // Fails closed: redirects to /login?to=/dashboard when signed out; content shows only after the check.
  template: `
    <auth-guard>
      <p slot="fallback">Checking your session…</p>
      <section id="dashboard">
        <h1>Dashboard</h1>
        <p>Signed in as {{ email() }}.</p>
        <auth-logout redirect-path="/login">Sign out from the dashboard</auth-logout>
      </section>
    </auth-guard>
  `,
})
export class DashboardPage {
  private readonly auth = inject(Auth);
  protected readonly email = computed(() => (this.auth.state().identity as { email?: string } | null)?.email ?? '');
}
