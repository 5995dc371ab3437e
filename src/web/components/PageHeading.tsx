import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** The browser tab's title, when the heading is not plain text. */
  title?: string;
}

/**
 * The page's one h1. It sets the document title and takes focus when the page opens, so a
 * screen reader announces the new page after client-side navigation.
 */
export function PageHeading({ children, title }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} – ${t('common.app.name')}` : t('common.app.name');
  }, [text, t]);
  useEffect(() => {
    // Only after in-app navigation: on a fresh load focus belongs at the top of the document.
    if (window.history.state?.idx > 0) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
