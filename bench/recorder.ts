import type { Db, Queryable } from '../src/server/db/index.js';

/** One statement a request ran; BEGIN and COMMIT mark the request's transaction. */
export interface Statement {
  text: string;
  params?: unknown[];
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
  });
  const db: Db = {
    kind: inner.kind,
    ...wrap(inner),
    transaction: (fn) =>
      inner.transaction(async (tx) => {
        log?.push({ text: 'BEGIN' });
        const result = await fn(wrap(tx));
        log?.push({ text: 'COMMIT' });
        return result;
      }),
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
