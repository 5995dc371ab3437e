import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { ConflictNotice } from './ConflictNotice';

afterEach(cleanup);

describe('the notice when a colleague saved the goal while the user edited it', () => {
  it('shows field by field what the user wrote and what is saved now', () => {
    render(
      <ConflictNotice
        differences={[
          { field: 'Målet med borgerens egne ord', mine: 'Handle ind om lørdagen', current: 'Handle ind', changedByMe: true },
          { field: 'Det er vigtigt for mig', mine: 'At klare mig selv', current: 'At klare mig uden hjælp', changedByMe: false },
        ]}
        onReload={() => {}}
        onReapply={() => {}}
      />,
    );
    const notice = screen.getByRole('alert');
    expect(within(notice).getByText('Målet er ændret af en anden, mens du redigerede')).toBeTruthy();
    const table = within(notice).getByRole('table', { name: 'Forskelle mellem dine ændringer og den gemte version' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent));
    expect(rows).toEqual([
      ['Felt', 'Dine ændringer', 'Gemt nu'],
      ['Målet med borgerens egne ord', 'Handle ind om lørdagen', 'Handle ind'],
      // A field only the colleague changed: saving again keeps their value, and the notice says so.
      ['Det er vigtigt for mig', 'Ikke ændret af dig – den gemte værdi beholdes', 'At klare mig uden hjælp'],
    ]);
  });

  it('says so when the saved version matches what the user wrote', () => {
    render(<ConflictNotice differences={[]} onReload={() => {}} onReapply={() => {}} />);
    expect(screen.getByText('Den gemte version svarer til dine ændringer.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lets the user save their changes anyway or fetch the new version', () => {
    const onReload = vi.fn();
    const onReapply = vi.fn();
    render(<ConflictNotice differences={[]} onReload={onReload} onReapply={onReapply} />);
    screen.getByRole('button', { name: 'Gem mine ændringer alligevel' }).click();
    expect(onReapply).toHaveBeenCalledOnce();
    expect(onReload).not.toHaveBeenCalled();
    screen.getByRole('button', { name: 'Hent den nye version' }).click();
    expect(onReload).toHaveBeenCalledOnce();
  });
});
