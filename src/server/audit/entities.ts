import type { AuditEntityLabel } from '../features/manifest.js';
import type { manifests } from '../features/index.js';

type EntitiesOf<M> = M extends { auditEntities: Record<infer E, AuditEntityLabel> } ? E : never;

/** Every entity an audit row may name: those the feature manifests declare (features/index.ts). */
export type AuditEntity = EntitiesOf<(typeof manifests)[number]>;

const labels = new Map<string, AuditEntityLabel>();

/**
 * Records the features' entity labels; features/index.ts calls it once for its list. Each entity
 * is declared by one feature: a second declaration is an error at start-up, not a silent overwrite.
 */
export function registerAuditEntities(features: ReadonlyArray<{ name: string; auditEntities: Record<string, AuditEntityLabel> }>): void {
  const owner = new Map<string, string>();
  for (const f of features) {
    for (const entity of Object.keys(f.auditEntities)) {
      if (owner.has(entity)) throw new Error(`Audit entity '${entity}' is declared by both ${owner.get(entity)} and ${f.name}`);
      owner.set(entity, f.name);
    }
  }
  for (const f of features) for (const [entity, label] of Object.entries(f.auditEntities)) labels.set(entity, label);
}

/** How the access log names an entity; an entity from before its feature declared it keeps its code. */
export const auditEntityLabel = (entity: string): AuditEntityLabel => labels.get(entity) ?? { da: entity, en: entity };

/** The entities declared so far (a test compares them with what the code writes). */
export const declaredAuditEntities = (): string[] => [...labels.keys()];
