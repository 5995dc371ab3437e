import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n';
import type { DueItem } from '../../../contracts/plans.js';
import { DueTable } from './DueTable';

afterEach(cleanup);

const item = (goalTitle: string, responsible: DueItem['responsible']): DueItem => ({
  goalId: goalTitle,
  goalTitle,
  citizenId: 'c1',
  citizenName: 'Anna Andersen',
  unitName: 'Afdeling A',
  facilityName: 'Bostedet Lærkehøj',
  responsible,
  date: '2026-03-01',
  daysOverdue: 3,
});

describe('the due list table', () => {
  it('names who is responsible for each follow-up: a colleague, someone outside, or nobody', () => {
    render(
      <MemoryRouter>
        <DueTable
          items={[
            item('Lave mad', { userId: 'u1', name: 'Mette Jensen', external: null }),
            item('Finde arbejde', { userId: null, name: null, external: 'Jobcentret' }),
            item('Gå en tur', { userId: null, name: null, external: null }),
          ]}
          labelledBy="x"
          overdue
          columns={{ unit: false, facility: false }}
        />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Borger', 'Mål', 'Ansvarlig', 'Dato']);
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => (r as HTMLTableRowElement).cells[2].textContent);
    expect(cells).toEqual(['Mette Jensen', 'Jobcentret', 'Ingen ansvarlig']);
  });
});
