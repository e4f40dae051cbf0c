import { Component, computed, inject } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { Auth } from './auth';
import { AUTH_ELEMENTS } from './auth-elements';

@Component({
  selector: 'app-root',
  imports: [AUTH_ELEMENTS, RouterLink, RouterOutlet],
  template: `
    <div class="layout">
      <header>
        <nav>
          <a routerLink="/">Home</a>
          <a routerLink="/dashboard">Dashboard</a>
          <a routerLink="/account">Account</a>
          @if (!signedIn()) {
            <a routerLink="/login">Sign in</a>
            <a routerLink="/register">Register</a>
          }
        </nav>
        <p id="auth-status">
          <span>{{ auth.state().status }}</span>
          @if (email()) {
            <span> as <b id="identity">{{ email() }}</b></span>
          }
        </p>
        @if (signedIn()) {
          <auth-logout redirect-path="/login" (auth-error)="auth.report($event)">Sign out</auth-logout>
        }
      </header>
      @if (auth.lastError()) {
        <p id="app-error" role="status">{{ auth.lastError() }}</p>
      }
      <main><router-outlet /></main>
      <auth-notifications [duration]="8000"></auth-notifications>
    </div>
  `,
  styles: `
    .layout { max-inline-size: 56rem; margin-inline: auto; padding: 1rem; }
    header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
    nav { display: flex; gap: 1rem; }
    #app-error { color: #b3261e; }
  `,
})
export class App {
  protected readonly auth = inject(Auth);
  protected readonly signedIn = this.auth.signedIn;
  protected readonly email = computed(() => this.auth.identity()?.email ?? '');

  constructor() {
    // Ask once on start-up whether someone is signed in (no redirect: the home page is public).
    // The store loads the identity itself when the answer is yes.
    void this.auth.store.checkAuth();
  }
}
