// A type-level test (`npm run typecheck` checks it; nothing here runs): an audit row may name only
// an entity a feature manifest declares with its labels, so the access log can name every row.
import type { Queryable } from '../db/index.js';
import type { RequestCtx } from '../context.js';
import { audit, type AuditEntity } from './index.js';

export async function onlyDeclaredEntitiesCompile(tx: Queryable, ctx: RequestCtx) {
  await audit(tx, ctx, { action: 'export', entity: 'plan_pdf', citizenIds: [] });
  // @ts-expect-error an entity no manifest declares has no label
  await audit(tx, ctx, { action: 'read', entity: 'unlabelled_thing', citizenIds: [] });
  // @ts-expect-error nor does any string that is not known to be one of them
  const anyString: AuditEntity = String('goal');
  return anyString;
}
