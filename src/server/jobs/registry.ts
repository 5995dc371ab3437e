import { maintenanceJob, type RetentionSettings } from '../maintenance/index.js';
import { manifests } from '../features/index.js';
import type { JobDefinition } from './index.js';

/** Every job the server runs: the kernel's nightly clean-up and each feature's own (its manifest's `jobs`). */
export const jobDefinitions = (settings: { retention: RetentionSettings }): JobDefinition[] => [
  maintenanceJob(settings.retention),
  ...manifests.flatMap((m) => m.jobs ?? []),
];
