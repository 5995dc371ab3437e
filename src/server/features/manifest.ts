import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FeatureDemo } from '../db/demo/stage.js';
import type { BenchStage } from '../db/demo/bench-stage.js';
import type { JobDefinition } from '../jobs/index.js';

/** How the access log names an audit row's entity, in each language of the UI. */
export interface AuditEntityLabel {
  da: string;
  en: string;
}

/**
 * What one capability brings to the server. The app mounts `routes`, the access log labels the
 * audit rows by `auditEntities` (the only entities `audit()` accepts are those declared here), and
 * the demo seeder and the bench generator run `demo` and `bench` in the order of features/index.ts.
 * The capability's access cases live beside it in access-cases.ts (the matrix finds them there).
 */
export interface FeatureManifest<E extends string = string> {
  name: string;
  routes: FastifyPluginAsyncZod;
  /** Every entity the feature writes to audit_log, with its label (its audit-entities.json); one feature declares each. */
  auditEntities: Record<E, AuditEntityLabel>;
  /** The feature's demo tables and the stage that fills them, run after the kernel's organisation and citizens. */
  demo?: FeatureDemo;
  /** Adds the feature's rows to the benchmark municipality, after the kernel's organisation and citizens. */
  bench?: BenchStage;
  /** Background work the feature runs as pg-boss jobs (src/server/jobs/). */
  jobs?: JobDefinition[];
}

/** Declares a manifest, keeping its entity names literal so `audit()` can accept exactly them. */
export const defineManifest = <const E extends string = never>(manifest: FeatureManifest<E>): FeatureManifest<E> => manifest;
