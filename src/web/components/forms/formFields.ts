import { fieldError } from '../ErrorSummary';
import { onSubmitRun } from './submit';

/**
 * Ties a form's controls to the server's field errors through one map of field path → control id,
 * so the error summary's links and the controls cannot drift apart: `fieldIds` goes to the
 * summary, `field('reason')` gives the control its id and its error, and `bind('reason', reason,
 * setReason)` its value and change handler as well.
 */
export function formFields<K extends string>(error: unknown, fieldIds: Record<K, string>) {
  const field = (name: K) => ({ id: fieldIds[name], error: fieldError(error, name) });
  return {
    fieldIds,
    field,
    bind: <V>(name: K, value: V, onChange: (value: V) => void) => ({ ...field(name), value, onChange }),
  };
}

/** A form that sends one mutation: its submit handler, and its controls tied to that mutation's field errors. */
export function mutationForm<K extends string>(mutation: { mutate: () => void; error: unknown }, fieldIds: Record<K, string>) {
  return { submit: onSubmitRun(() => mutation.mutate()), ...formFields(mutation.error, fieldIds) };
}
