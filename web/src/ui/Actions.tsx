import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export type Action = [name: string, label: string, form: (onDone: () => void) => ReactNode];

/** One action at a time, each a short form behind its own button (the rest of the page stays readable). */
export function Actions({ actions }: { actions: Action[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const current = actions.find(([name]) => name === open);
  return (
    <>
      <div className="row-actions wrap">
        {actions.map(([name, label]) => (
          <button key={name} type="button" className="secondary small" aria-expanded={open === name} onClick={() => setOpen(open === name ? null : name)}>
            {label}
          </button>
        ))}
      </div>
      {current && <div className="action-form">{current[2](() => setOpen(null))}</div>}
    </>
  );
}

export function CancelButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return <button type="button" className="secondary" onClick={onClick}>{t('cancel')}</button>;
}
