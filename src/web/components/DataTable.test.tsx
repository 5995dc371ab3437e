import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

afterEach(cleanup);

const rows = [
  { id: 'a', name: 'Bøgen', places: 4 },
  { id: 'b', name: 'Egen', places: 6 },
];

describe('DataTable', () => {
  it('names each row by its row header, leaves out columns given as false, and adds a totals row', () => {
    render(
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        caption="Afdelinger"
        showFooter
        columns={[
          { header: 'Afdeling', rowHeader: true, cell: (r) => r.name, footer: 'I alt' },
          false,
          { header: 'Pladser', className: 'num', cell: (r) => r.places, footer: 10 },
          { header: 'Handlinger', hiddenHeader: true, cell: (r) => <button type="button">Redigér {r.name}</button> },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Afdelinger' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Afdeling', 'Pladser', 'Handlinger']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Bøgen', 'Egen', 'I alt']);
    const egen = within(table).getByRole('row', { name: /Egen/ });
    expect(within(egen).getByRole('cell', { name: '6' })).toHaveProperty('className', 'num');
    expect(screen.getByText('Handlinger')).toHaveProperty('className', 'sr-only');
  });

  it('has no totals row unless asked, and can be named by a heading instead of a caption', () => {
    render(
      <>
        <h3 id="units">Afdelinger</h3>
        <DataTable rows={rows} rowKey={(r) => r.id} labelledBy="units" variant="compact" columns={[{ header: 'Afdeling', rowHeader: true, cell: (r) => r.name, footer: 'I alt' }]} />
      </>,
    );
    const table = screen.getByRole('table', { name: 'Afdelinger' });
    expect(table.className).toBe('table table--compact');
    expect(within(table).queryByText('I alt')).toBeNull();
  });
});
