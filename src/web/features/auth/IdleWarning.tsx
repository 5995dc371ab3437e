import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onServerActivity } from '../../api/client';
import { Modal } from '../../components/Modal';
import { fetchSession } from './api';
import { useSession } from './session';
import { useTypingKeepAlive } from './useTypingKeepAlive';

const WARN_BEFORE_MS = 2 * 60_000;
/**
 * The server only moves a session's expiry when its last refresh is over a minute old, so the
 * real deadline may be up to a minute before the client's count: count a minute short.
 */
const SERVER_SLACK_MS = 60_000;

/**
 * Warns two minutes before the session would end for lack of activity, and signs out at the
 * end (drafts of notes stay in sessionStorage). "Fortsæt" asks the server, which renews it.
 * Activity is a request to the server, or typing (which sends a keep-alive now and then).
 */
export function IdleWarning({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const lastActivity = useRef(Date.now());
  const [now, setNow] = useState(Date.now());
  const [continuing, setContinuing] = useState(false);

  useEffect(() => onServerActivity(() => (lastActivity.current = Date.now())), []);
  useTypingKeepAlive(async () => {
    if (!(await fetchSession())) await signOut('expired');
  });
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const deadline = lastActivity.current + idleMinutes * 60_000 - SERVER_SLACK_MS;
  const left = deadline - now;

  useEffect(() => {
    if (left <= 0) void signOut('idle');
  }, [left, signOut]);

  if (left > WARN_BEFORE_MS || left <= 0) return null;

  const keepAlive = async () => {
    setContinuing(true);
    try {
      const session = await fetchSession();
      if (!session) await signOut('expired');
    } finally {
      setContinuing(false);
      setNow(Date.now());
    }
  };
  const seconds = Math.ceil(left / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <Modal
      title={t('auth.idle.title')}
      onClose={() => void keepAlive()}
      role="alertdialog"
      hideClose
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => void keepAlive()} disabled={continuing} autoFocus>
            {t('auth.idle.continue')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void signOut('loggedOut')}>
            {t('common.layout.logout')}
          </button>
        </>
      }
    >
      <p>{t('auth.idle.text', { clock })}</p>
      <p>{t('auth.idle.draftNote')}</p>
    </Modal>
  );
}
