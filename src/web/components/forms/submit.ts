import type { FormEvent } from 'react';

/** A form's submit handler: the page stays put (no browser submit) and `run` sends the form. */
export function onSubmitRun(run: () => void) {
  return (e: FormEvent) => {
    e.preventDefault();
    run();
  };
}
