import type { AuthParams } from '../core/types.js';
import type { FieldOptions } from './form-element.js';
import { addEnglish, type AuthStrings } from './strings.js';

// The confirmation field's English, with the forms that show it (register, update password).
addEnglish({ confirmPasswordLabel: 'Confirm password', passwordMismatch: 'The passwords do not match.' });

/** Name of the confirmation input. */
export const CONFIRM = 'confirmPassword';

/**
 * The "type it again" rule of the forms that set a password (register, update password), in
 * one place: the field they render and the check before the provider is called.
 */
export const confirmPassword = {
  /** The confirmation field (a new password, with the show/hide toggle). */
  field: (t: AuthStrings): FieldOptions => ({
    name: CONFIRM,
    label: t.confirmPasswordLabel,
    type: 'password',
    autocomplete: 'new-password',
    toggle: true,
  }),

  /** `{ confirmPassword: message }` when a filled-in confirmation differs from `password`. */
  check(values: AuthParams, t: AuthStrings): Record<string, string> {
    // Only a filled-in confirmation can mismatch; an empty one already reads "required".
    return !values[CONFIRM] || values[CONFIRM] === values.password ? {} : { [CONFIRM]: t.passwordMismatch };
  },

  /** `values` without the confirmation (it only guards against typos). */
  strip({ [CONFIRM]: _confirmation, ...values }: AuthParams): AuthParams {
    return values;
  },
};
