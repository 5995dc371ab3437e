import { isIP } from 'node:net';
import path from 'node:path';

/** Sessions end this many hours after login however active they are: 12–24, long enough for the longest shift. */
export function sessionMaxHours(env = process.env): number {
  const hours = Number(env.SESSION_MAX_HOURS ?? 16);
  if (!Number.isInteger(hours) || hours < 12 || hours > 24) {
    throw new Error(`SESSION_MAX_HOURS must be whole hours from 12 to 24, got "${env.SESSION_MAX_HOURS}"`);
  }
  return hours;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/');
  return rest.length === 0 && (PROXY_NAMES.has(entry) || (isIP(address) > 0 && (bits === undefined || /^\d{1,3}$/.test(bits))));
};

/** Trusts the `hops` nearest proxies: hop 0 is the peer that connected. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/**
 * Which proxies may tell the client's address (X-Forwarded-For) and protocol, as Fastify's
 * `trustProxy`: `0`/unset none, a number that many hops (`1`: the one proxy in front), or
 * comma-separated proxy addresses/CIDRs. Never `true`, which would trust any client's header.
 */
export function parseTrustProxy(value: string | undefined): false | string | ReturnType<typeof trustHops> {
  const v = (value ?? '').trim();
  if (v === '' || v === '0') return false;
  // A function, since Fastify treats a bare number as trusting nobody.
  if (/^\d+$/.test(v)) return trustHops(Number(v));
  const entries = v.split(',').map((e) => e.trim());
  if (!entries.every(isProxyAddress)) {
    throw new Error(`TRUST_PROXY must be a number of proxy hops or comma-separated proxy addresses, got "${value}"`);
  }
  return entries.join(',');
}

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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    sessionMaxHours: sessionMaxHours(env),
    /** How long the audit log keeps a row: at least 6 months by law, up to 5 years where needed. */
    auditRetentionMonths,
  };
}
