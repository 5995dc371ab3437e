import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import '../i18n';
import { controlIdFor, ErrorSummary } from './ErrorSummary';

afterEach(cleanup);
// jsdom has no CSS.escape (every browser the app supports has); enough of it for these ids.
beforeAll(() => {
  vi.stubGlobal('CSS', { escape: (s: string) => s.replace(/["\\]/g, '\\$&') });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const FIELD_IDS = {
  title: 'goal-title',
  goalTypeCode: 'goal-goalTypeCode',
  actions: 'goal-actions',
  'actions.1': 'goal-actions-1',
};

/** A form with the controls the summary points at, as the goal form renders them. */
function FormWithSummary({ error }: { error: unknown }) {
  return (
    <form>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <label htmlFor="goal-title">Målet med borgerens egne ord</label>
      <input id="goal-title" />
      <fieldset>
        <legend>Måltype</legend>
        <input type="radio" id="goal-goalTypeCode" name="goalTypeCode" value="develop" aria-label="Udvikle" />
      </fieldset>
      <fieldset id="goal-actions">
        <legend>Handlinger</legend>
        <label htmlFor="goal-actions-1">Handling 2</label>
        <input id="goal-actions-1" />
      </fieldset>
    </form>
  );
}

/** The form as the user has it: filled in, then submitted and answered with this error. */
function submitAndFail(error: unknown) {
  const view = render(<FormWithSummary error={null} />);
  view.rerender(<FormWithSummary error={error} />);
  return view;
}

const invalid = (fields: Record<string, string>) => new ApiError(400, 'invalid_input', 'Der er fejl i de indtastede oplysninger.', fields);

describe('the error summary above a form', () => {
  it('lists each field error under "Ret følgende:", named by its field and linked to it', () => {
    submitAndFail(
      invalid({
        title: 'Skriv målet med borgerens egne ord.',
        goalTypeCode: 'Vælg en værdi.',
        'actions.1.text': 'Teksten mangler.',
      }),
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('Ret følgende:')).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Målet med borgerens egne ord: Skriv målet med borgerens egne ord.', '#goal-title'],
      // A radio button is named by its group's legend.
      ['Måltype: Vælg en værdi.', '#goal-goalTypeCode'],
      // "actions.1.text" has no control of its own: the nearest, "actions.1", is the line's text field.
      ['Handling 2: Teksten mangler.', '#goal-actions-1'],
    ]);
  });

  it('takes focus when shown, so a screen reader reads it', () => {
    submitAndFail(invalid({ title: 'Skriv målet med borgerens egne ord.' }));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('moves focus to the field when its error is clicked', () => {
    submitAndFail(invalid({ 'actions.1.text': 'Teksten mangler.' }));
    act(() => screen.getByRole('link', { name: 'Handling 2: Teksten mangler.' }).click());
    expect(document.activeElement).toBe(screen.getByLabelText('Handling 2'));
  });

  it('does not repeat the field name when the message already starts with it', () => {
    submitAndFail(invalid({ title: 'Målet med borgerens egne ord mangler.' }));
    expect(screen.getByRole('link').textContent).toBe('Målet med borgerens egne ord mangler.');
  });

  it('shows an error for a field that is not on the form as plain text', () => {
    submitAndFail(invalid({ version: 'Ukendt version.' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByText('Ukendt version.')).toBeTruthy();
    expect(within(summary).queryByRole('link')).toBeNull();
  });

  it("shows the server's message when there are no field errors", () => {
    submitAndFail(new ApiError(403, 'forbidden', 'Du har ikke adgang til at gøre dette.'));
    expect(screen.getByRole('alert').textContent).toBe('Du har ikke adgang til at gøre dette.');
  });

  it('says in Danish that something went wrong when the error is not from the API', () => {
    submitAndFail(new TypeError('x is undefined'));
    expect(screen.getByRole('alert').textContent).toBe('Der skete en fejl. Prøv igen.');
  });

  it('is not there before a failed submit', () => {
    render(<FormWithSummary error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('finding the control for an API field path', () => {
  it('tries the full path, then shorter ones', () => {
    expect(controlIdFor('actions.1.text', FIELD_IDS)).toBe('goal-actions-1');
    expect(controlIdFor('actions.4.text', FIELD_IDS)).toBe('goal-actions');
    expect(controlIdFor('title', FIELD_IDS)).toBe('goal-title');
    expect(controlIdFor('startDate', FIELD_IDS)).toBeUndefined();
  });
});
