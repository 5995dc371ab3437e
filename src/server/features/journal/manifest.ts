import { defineManifest } from '../manifest.js';
import { journalRoutes } from './routes.js';
import { journalDemo } from './demo.js';
import { journalBench } from './bench.js';

export const manifest = defineManifest({
  name: 'journal',
  routes: journalRoutes,
  auditEntities: {
    journal_note: { da: 'Notat', en: 'Note' },
    journal_note_list: { da: 'Journal', en: 'Journal' },
    handover: { da: 'Vagtoverlevering', en: 'Shift handover' },
  },
  demo: journalDemo,
  bench: journalBench,
});
