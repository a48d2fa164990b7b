import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A page: its heading takes focus when the page opens, so keyboard and screen-reader users land at the start of
 * the new content after navigating.
 */
export function Page({ title, intro, actions, children, wide = true }: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={wide ? 'page' : 'page narrow'} aria-labelledby={id}>
      <div className="page-head">
        <h1 id={id} ref={heading} tabIndex={-1}>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}

/** A titled block inside a page. */
export function Panel({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="card panel" aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
