import { fieldError } from '../ErrorSummary';

/**
 * Ties a form's controls to the server's field errors through one map of field path → control id,
 * so the error summary's links and the controls cannot drift apart: `fieldIds` goes to the
 * summary, `field('reason')` gives the control its id and its error.
 */
export function formFields<K extends string>(error: unknown, fieldIds: Record<K, string>) {
  return {
    fieldIds,
    field: (name: K) => ({ id: fieldIds[name], error: fieldError(error, name) }),
  };
}
