import pino from 'pino';

/** Log lines are written in blocks of this many bytes (or after FLUSH_MS), not one write per line. */
const BLOCK_BYTES = 4096;
const FLUSH_MS = 1000;
const ERROR_LEVEL = 50;

/**
 * The server log's destination (stdout unless `dest` names a file or descriptor), buffered and
 * written asynchronously: a synchronous write per line cost a tenth of a busy server's CPU. An error
 * line is flushed at once, the rest within a second, and pino flushes what is left on exit; only
 * a hard kill loses the last second of info lines.
 */
export function bufferedLogging(dest: string | number = 1): Pick<pino.LoggerOptions, 'hooks'> & { stream: pino.DestinationStream } {
  const stream = pino.destination({ dest, sync: false, minLength: BLOCK_BYTES, periodicFlush: FLUSH_MS });
  return {
    stream,
    hooks: {
      logMethod(args, method, level) {
        method.apply(this, args);
        if (level >= ERROR_LEVEL) stream.flush(() => undefined); // a destroyed stream reports, not throws
      },
    },
  };
}
