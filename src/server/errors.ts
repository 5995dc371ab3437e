/** How an error treats the request's transaction. */
export interface AppErrorOptions {
  /**
   * Commit what the transaction did so far, then answer with this error (see `inTenant`). For an
   * answer that is itself a read worth keeping, such as the audited current record a 409 returns.
   * The caller must throw it before any write it does not want kept. Default: roll back.
   */
  commit?: boolean;
}

/** A failure the client caused or may act on; the error handler turns it into `{ error }`. */
export class AppError extends Error {
  /** Commit the request's transaction before answering (otherwise it rolls back). */
  readonly commit: boolean;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.commit = options.commit ?? false;
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError(400, 'invalid_input', message, fields);
export const unauthorized = () => new AppError(401, 'unauthenticated', 'Du skal logge ind.');
export const forbidden = (message = 'Du har ikke adgang til at gøre dette.') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'Siden') => new AppError(404, 'not_found', `${what} findes ikke.`);
/**
 * Optimistic-concurrency clash: `current` is the record as it is now, so the UI can show what changed.
 * The transaction commits (the audit row of that read is kept): throw it before writing anything.
 */
export const conflict = (message: string, current?: unknown) =>
  new AppError(409, 'conflict', message, undefined, current === undefined ? undefined : { current }, { commit: true });
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `For mange forsøg. Prøv igen om ${Math.ceil(retryAfterSeconds / 60)} minutter.`, undefined, {
    retryAfterSeconds,
  });
