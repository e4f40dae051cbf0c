import { inject, provideAppInitializer, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { provideRouter } from '@angular/router';
import { AUTH_STORE } from './auth';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideRouter(routes),
    // Create (and configureAuth) the store before the first element asks for it.
    provideAppInitializer(() => void inject(AUTH_STORE)),
  ],
};
