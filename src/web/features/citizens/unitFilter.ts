import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Option } from '../../components/SelectField';
import { useMe } from '../auth/session';

/** Mine borgere's address keeps the chosen unit here, so back, forward and reload keep it. */
export const UNIT_PARAM = 'afdeling';
/** Mine borgere showing one unit's citizens. */
export const unitCitizensPath = (unitId: string) => `/?${UNIT_PARAM}=${encodeURIComponent(unitId)}`;

/** The units whose citizens the user may show on their own: the session's (roles and running covers). */
export function useMyUnits(): Option[] {
  return useMe().units.map((u) => ({ value: u.id, label: u.name }));
}

/**
 * The unit chosen in the address, and how to choose another ('' for all). A unit the user no
 * longer works on (a cover that has ended) counts as none and leaves the address.
 */
export function useChosenUnit(options: Option[]): [string, (unitId: string) => void] {
  const [params, setParams] = useSearchParams();
  const unitId = params.get(UNIT_PARAM) ?? '';
  // Replace, not push: arrowing through the select would otherwise fill the history.
  const choose = useCallback(
    (id: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id) next.set(UNIT_PARAM, id);
          else next.delete(UNIT_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const gone = unitId !== '' && !options.some((o) => o.value === unitId);
  useEffect(() => {
    if (gone) choose('');
  }, [gone, choose]);
  return [gone ? '' : unitId, choose];
}
