/** A timestamp as the API writes it (ISO 8601, UTC); PGlite and pg hand over a Date or a string. */
export const isoTimestamp = (t: Date | string) => new Date(t).toISOString();
