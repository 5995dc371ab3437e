import { useOutletContext } from 'react-router';
import type { Citizen } from '../../../contracts/citizens';

/** The citizen loaded by CitizenPage, for the pages in its tabs. */
export function useCitizenContext(): Citizen {
  return useOutletContext<Citizen>();
}
