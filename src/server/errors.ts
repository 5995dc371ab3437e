/** A failure the client caused or may act on; the error handler turns it into `{ error }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError(400, 'invalid_input', message, fields);
export const unauthorized = () => new AppError(401, 'unauthenticated', 'Du skal logge ind.');
export const forbidden = (message = 'Du har ikke adgang til at gøre dette.') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'Siden') => new AppError(404, 'not_found', `${what} findes ikke.`);
/** Optimistic-concurrency clash: `current` is the record as it is now, so the UI can show what changed. */
export const conflict = (message: string, current?: unknown) =>
  new AppError(409, 'conflict', message, undefined, current === undefined ? undefined : { current });
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `For mange forsøg. Prøv igen om ${Math.ceil(retryAfterSeconds / 60)} minutter.`, undefined, {
    retryAfterSeconds,
  });
