import path from 'node:path';

/** Runtime configuration from the environment. */
export function loadConfig(env = process.env) {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  const auditRetentionMonths = Number(env.AUDIT_RETENTION_MONTHS ?? 12);
  if (!Number.isInteger(auditRetentionMonths) || auditRetentionMonths < 6 || auditRetentionMonths > 60) {
    throw new Error(`AUDIT_RETENTION_MONTHS must be whole months from 6 to 60, got "${env.AUDIT_RETENTION_MONTHS}"`);
  }
  /** Demo data: always on the embedded default, on a server only when asked for. */
  const demo = databaseUrl ? env.MESTRING_DEMO === '1' : env.MESTRING_DEMO !== '0';
  return {
    port,
    /** The demo's passwords are public: with demo data only this machine can reach it, unless HOST says otherwise. */
    host: env.HOST || (demo ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl,
    /** Embedded PostgreSQL's data directory when no DATABASE_URL is set. */
    dataDir: path.resolve(env.MESTRING_DATA_DIR ?? './data/pglite'),
    demo,
    trustProxy: env.TRUST_PROXY === '1',
    /** How long the audit log keeps a row: at least 6 months by law, up to 5 years where needed. */
    auditRetentionMonths,
  };
}
