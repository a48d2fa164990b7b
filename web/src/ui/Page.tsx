import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * The browser tab and history name the page and the app in the reader's language ("Mani cilvēki — Mentoring"). Pages
 * about one person pass a title without the name: a tab title ends up in browser history, which may be synced elsewhere.
 */
export function useDocumentTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${t('appName')}`;
    return () => {
      document.title = t('appName');
    };
  }, [title, t]);
}

/**
 * A page: its heading takes focus when the page opens, so keyboard and screen-reader users land at the start of
 * the new content after navigating, and it names the document (`documentTitle`, else the heading). It is not a landmark
 * of its own: <main> is that, and the panels inside are the regions.
 */
export function Page({ title, documentTitle, intro, actions, children, wide = true }: {
  title: string;
  documentTitle?: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className={wide ? 'page' : 'page narrow'}>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </div>
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
