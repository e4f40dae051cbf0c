export { AuthRedirectEvent, type AuthRedirectDetail } from './auth-redirect.js';
export { AuthSuccessEvent, type AuthSuccessDetail } from './auth-success.js';
export { AuthErrorEvent, type AuthErrorDetail } from './auth-error.js';
