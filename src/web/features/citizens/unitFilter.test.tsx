import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Option } from '../../components/SelectField';
import { unitCitizensPath, useChosenUnit } from './unitFilter';

afterEach(cleanup);

const NORTH = { value: 'unit-north', label: 'Nordfløjen' };
const SOUTH = { value: 'unit-south', label: 'Sydfløjen' };

/** The hook on Mine borgere, opened after the given history, with the address and back to look at. */
function renderChosenUnit(entries: string[], options: Option[] = [NORTH, SOUTH]) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      {children}
    </MemoryRouter>
  );
  const rendered: string[] = [];
  const view = renderHook(
    ({ opts }) => {
      const [unitId, choose] = useChosenUnit(opts);
      rendered.push(unitId);
      return { unitId, choose, location: useLocation(), navigate: useNavigate() };
    },
    { wrapper, initialProps: { opts: options } },
  );
  return { ...view, rendered };
}

describe('the unit chosen on Mine borgere', () => {
  it('is read from ?afdeling=', () => {
    const { result } = renderChosenUnit(['/?afdeling=unit-south']);
    expect(result.current.unitId).toBe('unit-south');
  });

  it('is none (all units) without it', () => {
    const { result } = renderChosenUnit(['/']);
    expect(result.current.unitId).toBe('');
  });

  it('opens from a link to a unit', () => {
    const { result } = renderChosenUnit([unitCitizensPath(NORTH.value)]);
    expect(result.current.unitId).toBe(NORTH.value);
  });

  it('goes into the address when chosen, replacing the entry so back leaves the page', () => {
    const { result } = renderChosenUnit(['/handover', '/?q=anna']);
    act(() => result.current.choose('unit-north'));
    expect(result.current.unitId).toBe('unit-north');
    expect(new URLSearchParams(result.current.location.search).get('afdeling')).toBe('unit-north');
    // Other parts of the address stay.
    expect(new URLSearchParams(result.current.location.search).get('q')).toBe('anna');

    act(() => result.current.choose('unit-south'));
    expect(result.current.unitId).toBe('unit-south');
    act(() => result.current.navigate(-1));
    expect(result.current.location.pathname).toBe('/handover');
  });

  it('leaves the address when all units are chosen', () => {
    const { result } = renderChosenUnit(['/?afdeling=unit-north&q=anna']);
    act(() => result.current.choose(''));
    expect(result.current.unitId).toBe('');
    expect(result.current.location.search).toBe('?q=anna');
  });

  it('drops a unit the user no longer works on from the address, without a new history entry', () => {
    const { result, rendered } = renderChosenUnit(['/handover', '/?afdeling=unit-gone&q=anna']);
    // Not even the first render shows (or fetches) that unit's citizens.
    expect(rendered).not.toContain('unit-gone');
    expect(result.current.unitId).toBe('');
    expect(result.current.location.search).toBe('?q=anna');
    act(() => result.current.navigate(-1));
    expect(result.current.location.pathname).toBe('/handover');
  });

  it('drops the unit when a cover on it ends while the page is open', () => {
    const { result, rerender, rendered } = renderChosenUnit(['/?afdeling=unit-south'], [NORTH, SOUTH]);
    expect(result.current.unitId).toBe('unit-south');
    rendered.length = 0;
    rerender({ opts: [NORTH] });
    expect(rendered).not.toContain('unit-south');
    expect(result.current.unitId).toBe('');
    expect(result.current.location.search).toBe('');
  });
});
