import { Fragment, useState } from 'react';
import { graphql, type ReportingCadence } from '../graphql';
import { rigaToday, useFormat } from '../i18n/format';
import { periodName } from '../i18n/messages';
import { userErrorMessage } from '../auth/messages';
import { useI18n } from '../i18n';
import { OutcomeChart } from './OutcomeChart';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, SelectField } from '../ui/form';
import { Empty, QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const Summary = graphql(`
  query OutcomeSummary($contractId: ID!, $period: String!) {
    outcomeSummary(contractId: $contractId, period: $period) {
      summary { period previousPeriod csvUrl figures { key label value previous } issues { at reason recipients contentHash } }
      errors { ...UserErrorFields }
    }
  }
`);

const Resend = graphql(`
  mutation ResendOutcomeSummary($input: ResendOutcomeSummaryInput!) {
    resendOutcomeSummary(input: $input) { summary { period } errors { ...UserErrorFields } }
  }
`);

/** The last twelve months (2026-10) or the last four quarters (2026-Q3), newest first, ending with the last complete one. */
function periods(cadence: ReportingCadence): string[] {
  const [year, month] = rigaToday().split('-').map(Number);
  const list: string[] = [];
  if (cadence === 'QUARTERLY') {
    let q = Math.floor((month - 1) / 3); // the current quarter's index; the previous one is the last complete
    let y = year;
    for (let i = 0; i < 4; i++) {
      if (q === 0) { q = 4; y -= 1; }
      list.push(`${y}-Q${q}`);
      q -= 1;
    }
    return list;
  }
  for (let i = 1; i <= 12; i++) {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    list.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return list;
}

/** The table's sections: a figure's key says which it belongs to (the server sends them in this order). */
export type FigureGroup = 'cases' | 'goals' | 'path' | 'refusals' | 'closures' | 'matches';

export function figureGroup(key: string): FigureGroup {
  if (key.startsWith('goal.')) return 'goals';
  if (key.startsWith('applicationsFiledWithinMonth') || key.startsWith('documentsBeforeRelease.') || key === 'accompaniments') return 'path';
  if (key.startsWith('refusals.')) return 'refusals';
  if (key.startsWith('closures.') || key === 'reincarceratedWithin12Months') return 'closures';
  if (key === 'medianMatchLengthDays' || key.startsWith('matchesLasting') || key.startsWith('matchesReaching') || key.endsWith('lannedClosures')
    || key === 'plannedClosurePercent') return 'matches';
  return 'cases';
}

/** A period's name in the reader's language (see periodName). */
export function usePeriodName(): (period: string) => string {
  const { t } = useI18n();
  return (period) => periodName(t, period);
}

/** A contract's outcome summary: the figures with the previous period beside each ("<5" for small counts), the CSV, resending. */
export function OutcomeSummary({ contractId, cadence }: { contractId: string; cadence: ReportingCadence }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const periodName = usePeriodName();
  const options = periods(cadence);
  const [period, setPeriod] = useState(options[0]);
  const summary = useGql(Summary, { contractId, period });
  const resend = useCommand(Resend, (r) => r.resendOutcomeSummary, { refreshes: ['OutcomeSummary', 'Notifications'] });
  const [resent, setResent] = useState(false);

  return (
    <div className="outcome">
      <div className="filters">
        <SelectField name={`period-${contractId}`} label={t('outcomes.period')} value={period} options={options.map((p) => ({ value: p, label: periodName(p) }))}
          onChange={(v) => { setPeriod(v); setResent(false); resend.reset(); }} />
      </div>
      <QueryView query={summary}>
        {({ outcomeSummary: { summary: s, errors } }) => !s ? <Empty>{errors[0] ? userErrorMessage(errors[0], t) : t('outcomes.none')}</Empty> : (
          <>
            <OutcomeChart figures={s.figures} period={periodName(s.period)} previousPeriod={periodName(s.previousPeriod)} />
            <TableWrap label={t('outcomes.figures', { period: periodName(s.period) })}>
              <table>
                <thead><tr><th scope="col">{t('outcomes.figure')}</th><th scope="col">{periodName(s.period)}</th><th scope="col">{periodName(s.previousPeriod)}</th></tr></thead>
                <tbody>
                  {s.figures.map((f, i) => (
                    <Fragment key={f.key}>
                      {(i === 0 || figureGroup(s.figures[i - 1].key) !== figureGroup(f.key)) && (
                        <tr className="group"><th scope="colgroup" colSpan={3}>{t(`outcomes.group.${figureGroup(f.key)}`)}</th></tr>
                      )}
                      <tr><th scope="row">{f.label}</th><td>{f.value || '—'}</td><td>{f.previous || '—'}</td></tr>
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <p className="small muted">{t('outcomes.smallCounts')}</p>
            <p><a className="button secondary small" href={s.csvUrl} download>{t('outcomes.csv')}</a></p>
            {s.issues.length === 0 ? <p className="muted">{t('outcomes.notSent')}</p> : (
              <>
                <ul className="timeline">
                  {s.issues.map((i) => (
                    <li key={`${i.at}:${i.contentHash}`}>
                      <strong>{format.dateTime(i.at)}</strong> · {te('IssueReason', i.reason)} · {t('outcomes.recipients', { count: String(i.recipients) })}
                    </li>
                  ))}
                </ul>
                {resent ? <p className="success" role="status">{t('outcomes.resent')}</p> : (
                  <CommandForm command={resend} submitLabel={t('outcomes.resend')}
                    onSubmit={async () => setResent((await resend.run({ input: { contractId, period: s.period } })) != null)}>
                    <span />
                  </CommandForm>
                )}
              </>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
