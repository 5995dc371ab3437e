import type { Citizen } from '../../../contracts/citizens';

/** Without a place: the running service delivered by a unit or team in the citizen's own home (home support), if any. */
export const homeService = (c: Citizen) => (c.placement ? undefined : c.interventions.find((i) => i.active && !i.placeId && i.unitName));
