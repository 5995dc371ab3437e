import type { WebFeature } from '../registry';

export const journalFeature: WebFeature = {
  pages: [{ path: 'vagtoverlevering', load: () => import('./HandoverPage'), menu: { labelKey: 'common.nav.handover', show: 'dueList', order: 20 } }],
  tabs: { citizen: [{ path: 'journal', load: () => import('./JournalTab'), labelKey: 'journal.tabLabel', order: 30, ability: 'readJournal' }] },
};
