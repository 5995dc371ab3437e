import type { Socket } from 'node:net';
import type pg from 'pg';
import type { Queryable } from './index.js';

const ignore = () => undefined;

/**
 * Runs `fn` in a transaction on a client of a pool in pipeline mode, with fewer round trips:
 * BEGIN (with its settings) goes out in one write with the first statement, and a deferred
 * statement (the audit row) goes out with the next one or with COMMIT. Statements still answer in
 * order, and a failed one aborts the transaction, so everything after it fails too (COMMIT turns
 * into a rollback): its error is thrown at the next statement or at the commit.
 */
export async function pipelinedTransaction<T>(
  client: pg.PoolClient,
  begin: string,
  prepared: (text: string, params?: unknown[]) => pg.QueryConfig,
  fn: (tx: Queryable) => Promise<T>,
  /** Told when even ROLLBACK failed: the connection is broken and must not go back to the pool. */
  onBroken: (err: Error) => void,
): Promise<T> {
  const socket = (client as unknown as { connection: { stream: Socket } }).connection.stream;
  let unanswered: Array<Promise<unknown>> = [];
  let corked = false;
  // Holds what is sent until the next statement that needs its answer: one write for both.
  const hold = () => {
    if (!corked) socket.cork();
    corked = true;
  };
  const send = (text: string, params?: unknown[]) => {
    const result = client.query(prepared(text, params));
    result.catch(ignore); // its error is thrown where it is awaited (below), never unhandled
    return result;
  };
  /** Sends `text` with whatever is held, and returns its answer after those held before it. */
  const sendAndWait = async (text: string, params?: unknown[]) => {
    const result = send(text, params);
    if (corked) socket.uncork();
    corked = false;
    const before = unanswered;
    unanswered = [];
    await Promise.all(before);
    return result;
  };
  hold();
  unanswered.push(send(begin));
  try {
    const value = await fn({
      query: async (text, params) => (await sendAndWait(text, params)).rows,
      exec: async (text) => void (await sendAndWait(text)),
      defer: (text, params) => {
        hold();
        unanswered.push(send(text, params));
      },
    });
    await sendAndWait('COMMIT');
    return value;
  } catch (err) {
    await sendAndWait('ROLLBACK').catch(onBroken);
    throw err;
  }
}
