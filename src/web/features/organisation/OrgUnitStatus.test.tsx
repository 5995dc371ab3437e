import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { renderWithProviders, stubApi } from '../../test/render';
import { OrgUnitStatus } from './OrgUnitStatus';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const unit = (over: Partial<OrgUnit> = {}): OrgUnit => ({
  id: 'unit-1',
  parentId: 'facility-1',
  kind: 'unit',
  name: 'Bøgen',
  path: '/m/f/unit-1/',
  active: true,
  followUpIntervalMonths: 6,
  version: 3,
  abilities: { manage: true },
  ...over,
});

describe('OrgUnitStatus', () => {
  it('asks before deactivating and sends the version on screen', async () => {
    const calls = stubApi((call) => ({ data: unit({ active: false, version: 4, ...(call.body as object) }) }));
    renderWithProviders(<OrgUnitStatus unit={unit()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Deaktivér enheden' }));
    expect(calls).toEqual([]);
    const dialog = screen.getByRole('dialog', { name: 'Deaktivér Bøgen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Deaktivér enheden' }));
    await waitFor(() => expect(screen.getByText('Bøgen er deaktiveret.')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/org-units/unit-1', body: { version: 3, active: false } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reactivates at once, without asking', async () => {
    const calls = stubApi(() => ({ data: unit({ active: true, version: 4 }) }));
    renderWithProviders(<OrgUnitStatus unit={unit({ active: false })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Aktivér enheden igen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByText('Bøgen er aktiv igen.')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/org-units/unit-1', body: { version: 3, active: true } }]);
  });
});
