import type { ReactNode } from 'react';

interface Props {
  /** The heading's id; the section is named by its heading. */
  id: string;
  heading: ReactNode;
  /** Extra classes beside `panel`. */
  className?: string;
  children: ReactNode;
}

/** A boxed section of a page, named by its heading (an h2 styled as h3, under the page's h1). */
export function Panel({ id, heading, className, children }: Props) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <h2 id={id} className="h3">
        {heading}
      </h2>
      {children}
    </section>
  );
}
