import type { ReactNode, Ref } from 'react';
import { Icon } from './Icon';

type Variant = 'error' | 'warning' | 'info' | 'success';
const ICON: Record<Variant, string> = { error: 'error', warning: 'warning', info: 'info', success: 'success' };

interface Props {
  variant: Variant;
  heading?: ReactNode;
  children?: ReactNode;
  /** 'alert' for errors that need attention now, 'status' for polite news. */
  role?: 'alert' | 'status';
  className?: string;
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
}

/** The design system's alert box with its icon, heading and text. */
export function Alert({ variant, heading, children, role, className, tabIndex, ref }: Props) {
  return (
    <div ref={ref} className={`alert alert-${variant}${className ? ` ${className}` : ''}`} role={role} tabIndex={tabIndex}>
      <Icon name={ICON[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
