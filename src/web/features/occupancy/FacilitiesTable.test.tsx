import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n';
import type { FacilitySummary } from '../../../contracts/organisation.js';
import { FacilitiesTable } from './FacilitiesTable';

afterEach(cleanup);

const facility = (name: string, occupied: number, overdueFollowUps: number, runningCovers: number, targetPct = 94): FacilitySummary => ({
  id: name,
  name,
  centerName: 'Center for Længerevarende Boformer',
  places: 10,
  occupied,
  vacant: 10 - occupied,
  occupancyPct: occupied * 10,
  targetPct,
  belowTarget: occupied * 10 < targetPct,
  overdueFollowUps,
  runningCovers,
});

describe('the center manager’s facilities overview', () => {
  it('shows each facility’s overdue follow-ups and running covers beside its occupancy, with totals', () => {
    render(
      <MemoryRouter>
        <FacilitiesTable facilities={[facility('Bøgely', 10, 3, 1), facility('Egely', 8, 0, 0)]} caption="Tilbud" showCenter={false} />
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

  it('shows each facility’s own target when they differ, and holds the total against their targets weighted by places', () => {
    render(
      <MemoryRouter>
        <FacilitiesTable facilities={[facility('Bøgely', 9, 0, 0, 94), { ...facility('Egely', 8, 0, 0, 80), places: 30, vacant: 22 }]} caption="Tilbud" showCenter={false} />
      </MemoryRouter>,
    );
    const rows = within(screen.getByRole('table', { name: 'Tilbud' }))
      .getAllByRole('row')
      .map((r) => Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent));
    expect(rows[0]).toContain('Mål');
    const target = rows[0].indexOf('Mål');
    // (94 × 10 + 80 × 30) / 40 = 83.5; 17 of 40 places taken is 42.5 %, below it.
    expect(rows.slice(1).map((r) => r[target])).toEqual(['94\u00a0%', '80\u00a0%', '83,5\u00a0%']);
    expect(rows[3][4]).toMatch(/42,5\u00a0%.*Under mål/);
  });

  it('shows no target column when all share one target', () => {
    render(
      <MemoryRouter>
        <FacilitiesTable facilities={[facility('Bøgely', 9, 0, 0, 90), facility('Egely', 8, 0, 0, 90)]} caption="Tilbud" showCenter={false} />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).not.toContain('Mål');
  });
});
