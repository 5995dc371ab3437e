import type { WebFeature } from '../registry';

export const medicineRoundsFeature: WebFeature = {
  pages: [
    // The round, for those treating citizens on a unit now (a night cover runs the covered unit's).
    { path: 'medicinrunde', load: () => import('./MedicineRoundPage'), menu: { labelKey: 'medicineRounds.nav', show: 'medicineRounds', order: 27 } },
    { path: 'medicinrunde/opfolgning', load: () => import('./RoundFlagsPage') },
    { path: 'medicinrunde/:unitId', load: () => import('./MedicineRoundPage') },
  ],
};
