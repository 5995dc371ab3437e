import { z } from 'zod';

export const AccessLogQuery = z.strictObject({
  /** The newest entries first; at most this many. */
  limit: z.coerce.number('Skal være et tal.').int('Skal være et helt tal.').min(1, 'Mindst 1.').max(1000, 'Højst 1000.').default(200),
});
