import type { WebFeature } from '../registry';

export const medicationFeature: WebFeature = {
  // A health record: the tab shows for those treating the citizen now (the server's readMedicine is the same rule as readHealthNotes).
  tabs: { citizen: [{ path: 'medicin', load: () => import('./MedicationTab'), labelKey: 'medication.tabLabel', order: 27, ability: 'readHealthNotes' }] },
};
