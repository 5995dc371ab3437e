import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n';
import type { FacilityUnit } from '../../../contracts/organisation.js';
import { UnitPlaces } from './UnitPlaces';

afterEach(cleanup);

const unit = (places: number, occupied: number): FacilityUnit => ({
  id: 'u1',
  name: 'Bøgen',
  active: true,
  version: 1,
  occupancy: {
    now: { places, occupied, vacant: places - occupied } as FacilityUnit['occupancy']['now'],
    period: {} as FacilityUnit['occupancy']['period'],
  },
  places: [],
});

describe('the line under a unit on the facility page', () => {
  it('says "1 plads" and "1 ledig" in the singular', () => {
    render(<UnitPlaces unit={unit(1, 0)} showOccupants={false} />, { wrapper: MemoryRouter });
    expect(screen.getByText('1 plads · 0 optaget · 1 ledig')).toBeTruthy();
  });

  it('and in the plural otherwise', () => {
    render(<UnitPlaces unit={unit(6, 4)} showOccupants={false} />, { wrapper: MemoryRouter });
    expect(screen.getByText('6 pladser · 4 optaget · 2 ledige')).toBeTruthy();
  });
});
