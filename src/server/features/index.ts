import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { registerAuditEntities } from '../audit/entities.js';
import { manifest as auth } from '../auth/manifest.js';
import { manifest as citizens } from './citizens/manifest.js';
import { manifest as placements } from './placements/manifest.js';
import { manifest as plans } from './plans/manifest.js';
import { manifest as journal } from './journal/manifest.js';
import { manifest as organisation } from './organisation/manifest.js';
import { manifest as users } from './users/manifest.js';
import { manifest as accessLog } from './access-log/manifest.js';
import { manifest as catalogue } from './catalogue/manifest.js';
import { manifest as covers } from './covers/manifest.js';
import { manifest as exports } from './exports/manifest.js';
import { manifest as keyInfo } from './key-info/manifest.js';
import { manifest as statusReports } from './plans/status-report.manifest.js';
import { manifest as visits } from './visits/manifest.js';
import { manifest as medication } from './medication/manifest.js';
import { manifest as medicineRounds } from './medicine-rounds/manifest.js';
import { manifest as incidents } from './incidents/manifest.js';
import { manifest as useOfForce } from './use-of-force/manifest.js';
import { manifest as facilityProfiles } from './facility-profiles/manifest.js';
import { manifest as referrals } from './referrals/manifest.js';
import { manifest as committee } from './committee/manifest.js';
import { manifest as visitationInsight } from './visitation-insight/manifest.js';
import { manifest as matching } from './matching/manifest.js';

/**
 * Every capability, one line per feature folder. The order is the demo's and the bench's: a
 * feature's stage runs after those it builds on (the journal links notes to the plans' goals).
 */
export const manifests = [auth, citizens, placements, plans, journal, organisation, users, accessLog, catalogue, covers, exports, keyInfo, statusReports, visits, medication, medicineRounds, incidents, useOfForce, facilityProfiles, referrals, committee, visitationInsight, matching] as const;

registerAuditEntities(manifests);

/** Every capability's routes, mounted under /api. */
export const apiRoutes: FastifyPluginAsyncZod = async (api) => {
  for (const feature of manifests) await api.register(feature.routes);
};
