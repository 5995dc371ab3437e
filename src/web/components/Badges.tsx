import { useTranslation } from 'react-i18next';

/** Red badge for a follow-up date that has passed. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-overdue">{t('common.overdue')}</span>;
}

/** A non-interactive label (the design system's tags are buttons by default). */
export function Tag({ children, variant }: { children: React.ReactNode; variant?: 'contact' | 'goal' | 'muted' }) {
  return <span className={`static-tag${variant ? ` static-tag--${variant}` : ''}`}>{children}</span>;
}
