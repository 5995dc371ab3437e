import type { ComponentType } from 'react';
import type { Referral } from './api';

/**
 * The referral page's extension point: another feature (the matching committee's step buttons,
 * ranked candidates) registers a component here and it is shown in the page's "Næste skridt" area
 * with the referral and a callback that reloads it. Registered at import time from that feature's
 * `feature.ts`, so this folder does not depend on it.
 */
export interface ReferralSlotProps {
  referral: Referral;
  onChanged: () => void;
}

const registered: Array<{ key: string; component: ComponentType<ReferralSlotProps> }> = [];

export function registerReferralAction(key: string, component: ComponentType<ReferralSlotProps>): void {
  if (!registered.some((r) => r.key === key)) registered.push({ key, component });
}

export function ReferralActionsSlot(props: ReferralSlotProps) {
  return (
    <>
      {registered.map(({ key, component: C }) => (
        <C key={key} {...props} />
      ))}
    </>
  );
}

export const hasReferralActions = () => registered.length > 0;
