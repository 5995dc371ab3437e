import { lazy, Suspense } from 'react';
import type { Citizen } from '../../contracts/citizens';
import { webFeatures } from './index';

/** Every feature's citizen actions in order, each a lazy component (its code loads when first shown). */
const actions = webFeatures
  .flatMap((f) => f.citizenActions ?? [])
  .sort((a, b) => a.order - b.order)
  .map((a) => ({ ability: a.ability, Component: lazy(a.load) }));

/** The actions other features add to the citizen record's head, those the record's abilities allow. */
export function CitizenActions({ citizen }: { citizen: Citizen }) {
  const shown = actions.filter((a) => citizen.abilities[a.ability] === true);
  if (shown.length === 0) return null;
  return (
    <div className="citizen-head-actions">
      <Suspense fallback={null}>
        {shown.map(({ Component }, i) => (
          <Component key={i} citizen={citizen} />
        ))}
      </Suspense>
    </div>
  );
}
