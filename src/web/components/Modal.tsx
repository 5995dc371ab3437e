import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface Props {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** Alert dialogs (e.g. the idle warning) have no close cross; Escape still calls onClose. */
  role?: 'dialog' | 'alertdialog';
  hideClose?: boolean;
}

/**
 * A modal dialog with the design system's look. It uses the native <dialog> element in modal
 * mode: the rest of the page becomes inert, focus stays inside, Escape closes. Render it only
 * while open; on close, focus returns to where it was.
 */
export function Modal({ title, onClose, children, footer, role = 'dialog', hideClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement as HTMLElement | null;
    dialog.showModal();
    // showModal() focuses the first focusable element (the close button); start where the user
    // acts instead: the first field, else the first action.
    dialog.querySelector<HTMLElement>('.modal-body :is(input, textarea, select), .modal-footer button, .modal-body button')?.focus();
    const cancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      returnTo?.focus?.();
    };
  }, []);

  return (
    <dialog ref={ref} className="fds-modal show-modal app-dialog" aria-labelledby={titleId} role={role === 'alertdialog' ? 'alertdialog' : undefined}>
      <div className="modal-content">
        <div className="modal-header">
          <h2 className="modal-title" id={titleId}>
            {title}
          </h2>
          {!hideClose && (
            <button type="button" className="modal-close function-link" onClick={onClose}>
              <Icon name="close" />
              {t('common.close')}
            </button>
          )}
        </div>
        <div className="modal-body">{children}</div>
        {footer && <div className="modal-footer">{footer}</div>}
      </div>
    </dialog>
  );
}
