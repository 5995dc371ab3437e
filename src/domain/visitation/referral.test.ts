import { describe, expect, it } from 'vitest';
import { checkReferral, type ActionPlan, type ReferralCatalogues } from './referral.js';
import type { Referral } from './types.js';

const catalogues: ReferralCatalogues = { stayLegalBases: new Set(['§107', '§108']), targetGroups: new Set(['psy', 'sub']), areas: new Set(['a1', 'a2']) };
const plan: ActionPlan = {
  purpose: 'At borgeren kan bo i egen bolig igen',
  interventionsNeeded: 'Midlertidigt botilbud med recovery-orienteret støtte',
  expectedDuration: 'Ca. 2 år',
  otherMatters: { housing: 'Søger almen bolig', employment: '', personalHelp: '', treatment: 'Ambulant psykiatri', aids: '' },
};
const referral: Referral = {
  id: 'r',
  legalBasis: '§107',
  targetGroups: ['psy'],
  flags: ['substanceUse'],
  age: 30,
  needs: { ownBath: false, ownKitchen: false, minAreaM2: null },
  methodsWanted: [],
  wishes: { area: null, nearFamily: null, pets: false },
  supportNeed: { a1: 3, a2: 0 },
  urgency: 'normal',
};

describe('checkReferral', () => {
  it('accepts a referral with the action plan’s parts and known codes', () => {
    expect(checkReferral(referral, plan, catalogues)).toEqual({});
  });

  it('refuses a missing plan part, an unknown basis or group, and a level off the FFB scale, field by field', () => {
    const errors = checkReferral(
      { ...referral, legalBasis: '§141', targetGroups: ['psy', 'xyz'], supportNeed: { a1: 5, zz: 1 } },
      { ...plan, purpose: ' ', otherMatters: { housing: '', employment: '', personalHelp: '', treatment: '', aids: '' } },
      catalogues,
    );
    expect(errors).toEqual({
      'actionPlan.purpose': 'Handleplanen skal angive formålet med indsatsen (§ 141).',
      'actionPlan.otherMatters': expect.stringContaining('andre forhold'),
      legalBasis: 'Vælg den paragraf, der søges ophold efter, fx § 107 eller § 108.',
      targetGroups: 'Ukendt målgruppe: xyz.',
      'supportNeed.a1': "Støttebehovet er et niveau på FFB's skala fra 0 (ingen) til 4 (fuldstændigt).",
      'supportNeed.zz': 'Støttebehovet vurderes på et af de seks livsområder under Aktivitet og deltagelse.',
    });
  });
});
