import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Auth } from '../auth';

@Component({
  selector: 'app-home',
  imports: [RouterLink],
  template: `
    <h1>auth-elements with Angular</h1>
    @if (signedIn()) {
      <p>You are signed in. Open the <a routerLink="/dashboard">dashboard</a>.</p>
    } @else {
      <p>Sign in as <code>john&#64;mail.com</code> / <code>demo-password</code>.</p>
    }
  `,
})
export class HomePage {
  private readonly auth = inject(Auth);
  protected readonly signedIn = computed(() => this.auth.state().status === 'authenticated');
}
