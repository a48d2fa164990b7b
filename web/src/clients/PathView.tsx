import type { ReactNode } from 'react';
import type { MessageParam } from '../api';
import type { DocumentKind } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { monthNames, warningText } from './path';

// What the coordinator's case page and the mentor's phone both show of a person's path, read-only.

export interface WarningData { code: string; params: MessageParam[] }
export interface DocumentData { kind: DocumentKind; obtained: boolean; obtainedOn: string | null; months: { period: string }[] }

/** Eligibility warnings, each named from its code and params in the reader's language; nothing when there are none. */
export function Warnings({ warnings }: { warnings: readonly WarningData[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" role="note" aria-label={t('path.warnings')} data-testid="warnings">
      <ul>
        {warnings.map((w, i) => <li key={`${w.code}:${i}`} data-code={w.code}><span aria-hidden="true">⚠ </span>{warningText(t, w)}</li>)}
      </ul>
    </div>
  );
}

/** The documents checklist: obtained (when) or not yet; the statements with the months they must cover. */
export function Checklist({ documents, actions }: { documents: readonly DocumentData[]; actions?: (d: DocumentData) => ReactNode }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <ul className="rows checklist" data-testid="checklist">
      {documents.map((d) => (
        <li key={d.kind} className="row column" data-kind={d.kind} data-obtained={d.obtained}>
          <div className="row-main">
            <p>
              <span aria-hidden="true">{d.obtained ? '✓ ' : '○ '}</span>
              <span className="row-title">{te('DocumentKind', d.kind)}</span>{' '}
              {d.obtained
                ? <span className="badge ok">{d.obtainedOn ? t('path.obtainedOn', { date: format.date(d.obtainedOn) }) : te('GoalStatus', 'DONE')}</span>
                : <span className="badge">{t('path.missing')}</span>}
              {d.months.length > 0 && <><br /><span className="small muted">{t('path.statementMonths', { months: monthNames(t, d.months, (items) => format.list(items)) })}</span></>}
            </p>
            {actions?.(d)}
          </div>
        </li>
      ))}
    </ul>
  );
}
