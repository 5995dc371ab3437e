import { useEffect, useRef } from 'react';
import { onServerActivity } from '../../api/client';

/** Typing within this long counts as being at the tablet; after it, the idle count runs again. */
export const TYPING_WINDOW_MS = 3 * 60_000;
/** At most one keep-alive a minute (the server moves a session's expiry at most once a minute). */
export const KEEP_ALIVE_EVERY_MS = 60_000;
const CHECK_EVERY_MS = 10_000;

/**
 * Someone typing a long note sends no requests, yet is plainly active. While the user has typed
 * (keydown or input anywhere) within the last few minutes and the server has heard nothing for a
 * minute, `keepAlive` asks it (a cheap authenticated request), so the server's idle window follows
 * the typing. An abandoned tablet stops typing, so it is signed out as before — a dirty form alone
 * keeps nobody signed in.
 */
export function useTypingKeepAlive(keepAlive: () => Promise<unknown>): void {
  const keepAliveRef = useRef(keepAlive);
  keepAliveRef.current = keepAlive;

  useEffect(() => {
    let lastTyped = -Infinity;
    let lastServer = Date.now();
    let pending = false;
    const typed = () => (lastTyped = Date.now());
    const offServer = onServerActivity(() => (lastServer = Date.now()));
    document.addEventListener('keydown', typed, true);
    document.addEventListener('input', typed, true);
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (pending || now - lastTyped > TYPING_WINDOW_MS || now - lastServer < KEEP_ALIVE_EVERY_MS) return;
      pending = true;
      keepAliveRef
        .current()
        .catch(() => undefined)
        .finally(() => (pending = false));
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      offServer();
      document.removeEventListener('keydown', typed, true);
      document.removeEventListener('input', typed, true);
    };
  }, []);
}
