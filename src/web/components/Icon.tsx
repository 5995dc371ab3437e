import sprite from '@dkfds/img/all-svg-icons.svg?url';

/** An icon from the design system's sprite; decorative, so hidden from screen readers. */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ''}`} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
