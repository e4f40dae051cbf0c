import { Component, computed, inject } from '@angular/core';
import { Auth } from '../auth';

@Component({
  selector: 'app-account',
  template: `
    <section id="account">
      <h1>Account</h1>
      <p>Permissions: {{ permissions() }}</p>
    </section>
  `,
})
export class AccountPage {
  private readonly auth = inject(Auth);
  protected readonly permissions = computed(() => JSON.stringify(this.auth.state().permissions));

  constructor() {
    void this.auth.store.getPermissions();
  }
}
