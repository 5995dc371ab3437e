import { beginSql, type Db, type Queryable } from '../src/server/db/index.js';

/** One statement a request ran; BEGIN (with the transaction's settings) and COMMIT mark the request's transaction. */
export interface Statement {
  text: string;
  params?: unknown[];
  /** Sent in one write with the statement after it (pipelined), as the app sends BEGIN and the audit row. */
  withNext?: boolean;
}

/**
 * Wraps the Db handed to buildApp so that, while recording, every statement a request runs (on
 * the pool and inside its transaction) is kept in order with its parameters: the floor replays
 * exactly these.
 */
export function recordingDb(inner: Db) {
  let log: Statement[] | null = null;
  const wrap = (q: Queryable): Queryable => ({
    query: (text, params) => {
      log?.push({ text, params });
      return q.query(text, params);
    },
    exec: (text) => {
      log?.push({ text });
      return q.exec(text);
    },
    defer: q.defer
      ? (text, params) => {
          log?.push({ text, params, withNext: true });
          q.defer!(text, params);
        }
      : undefined,
  });
  const db: Db = {
    kind: inner.kind,
    ...wrap(inner),
    transaction: (fn, settings) =>
      inner.transaction(async (tx) => {
        log?.push({ text: beginSql(settings), withNext: inner.kind === 'postgres' });
        const result = await fn(wrap(tx));
        log?.push({ text: 'COMMIT' });
        return result;
      }, settings),
    close: () => inner.close(),
  };
  return {
    db,
    start: () => void (log = []),
    stop: (): Statement[] => {
      const out = log ?? [];
      log = null;
      return out;
    },
  };
}
