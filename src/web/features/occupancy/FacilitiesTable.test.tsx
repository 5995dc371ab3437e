import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n';
import type { FacilitySummary } from '../../../contracts/organisation.js';
import { FacilitiesTable } from './FacilitiesTable';

afterEach(cleanup);

const facility = (name: string, occupied: number, overdueFollowUps: number, runningCovers: number): FacilitySummary => ({
  id: name,
  name,
  centerName: 'Center for Længerevarende Boformer',
  places: 10,
  occupied,
  vacant: 10 - occupied,
  occupancyPct: occupied * 10,
  targetPct: 94,
  belowTarget: occupied * 10 < 94,
  overdueFollowUps,
  runningCovers,
});

describe('the center manager’s facilities overview', () => {
  it('shows each facility’s overdue follow-ups and running covers beside its occupancy, with totals', () => {
    render(
      <MemoryRouter>
        <FacilitiesTable facilities={[facility('Bøgely', 10, 3, 1), facility('Egely', 8, 0, 0)]} caption="Tilbud" targetPct={94} showCenter={false} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: 'Tilbud' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent));
    expect(rows[0]).toEqual(['Tilbud', 'Pladser', 'Optaget', 'Ledige', 'Belægning', 'Opfølgninger over tid', 'Dækninger nu']);
    expect(rows.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['Bøgely', '3', '1'],
      ['Egely', '0', '0'],
      ['I alt', '3', '1'],
    ]);
  });
});
