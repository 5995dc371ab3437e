import { z } from 'zod';
import { exportKinds } from './kinds.js';

/**
 * POST /exports: which export, and its request as that export's own schema validates it. Built from
 * the registered kinds (server code), so it stays here; the answers are in src/contracts/exports.ts.
 */
const requests = Object.values(exportKinds).map((def) =>
  z.strictObject({ kind: z.literal(def.entity), params: def.asJob.params.prefault({}) }),
);
export const ExportRequest = z.discriminatedUnion('kind', requests as [(typeof requests)[number], ...typeof requests], {
  error: (issue) => (issue.code === 'invalid_union' ? 'Ukendt slags eksport.' : undefined),
});
