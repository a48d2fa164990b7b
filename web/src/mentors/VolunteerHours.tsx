import { useState } from 'react';
import { graphql, type VolunteerStatementFieldsFragment } from '../graphql';
import { useI18n } from '../i18n';
import { locales, rigaToday, useFormat } from '../i18n/format';
import { useGql } from '../ui/data';
import { TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';
import { userErrorMessage } from '../auth/messages';

graphql(`
  fragment VolunteerStatementFields on VolunteerStatementPayload {
    statement {
      mentorId from to meetings meetingMinutes meetingHours pdfPath
      groupActivities groupActivityMinutes supervisionMinutes trainingMinutes
      months { month meetings meetingMinutes supervisionSessions supervisionMinutes trainingModules trainingMinutes groupActivities groupActivityMinutes }
      supervision { on what }
      training { on what }
    }
    errors { code message field params { name value kind enumType } }
  }
`);

const ForMentor = graphql(`
  query VolunteerStatement($mentorId: ID!, $from: DateOnly!, $to: DateOnly!) {
    volunteerStatement(mentorId: $mentorId, from: $from, to: $to) { ...VolunteerStatementFields }
  }
`);

const Mine = graphql(`
  query MyVolunteerStatement($from: DateOnly!, $to: DateOnly!) {
    myVolunteerStatement(from: $from, to: $to) { ...VolunteerStatementFields }
  }
`);

/** From the first of January to today, Riga time: the period a thank-you letter usually covers. */
function usePeriod() {
  const today = rigaToday();
  return useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
}

/** The coordinator's view of one mentor's recorded work, on the mentor's profile. */
export function VolunteerHoursPanel({ mentorId }: { mentorId: string }) {
  const { t } = useI18n();
  const [period, setPeriod] = usePeriod();
  const query = useGql(ForMentor, { mentorId, ...period });
  return (
    <Panel title={t('hours.title')}>
      <PeriodFields period={period} onChange={setPeriod} />
      <QueryView query={query}>{(data) => <Statement payload={data.volunteerStatement} />}</QueryView>
    </Panel>
  );
}

/** The mentor's own hours on the phone, with the PDF to download. */
export function MyHours() {
  const { t } = useI18n();
  const [period, setPeriod] = usePeriod();
  const query = useGql(Mine, period);
  return (
    <Page title={t('hours.myTitle')}>
      <p className="muted">{t('hours.intro')}</p>
      <PeriodFields period={period} onChange={setPeriod} />
      <QueryView query={query}>{(data) => <Statement payload={data.myVolunteerStatement} />}</QueryView>
    </Page>
  );
}

type Period = { from: string; to: string };

function PeriodFields({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const { t } = useI18n();
  return (
    <form className="grid-form" onSubmit={(e) => e.preventDefault()} aria-label={t('hours.period')}>
      <TextField name="hoursFrom" type="date" label={t('hours.from')} value={period.from} onChange={(from) => from && onChange({ ...period, from })} />
      <TextField name="hoursTo" type="date" label={t('hours.to')} value={period.to} onChange={(to) => to && onChange({ ...period, to })} />
    </form>
  );
}

function Statement({ payload }: { payload: VolunteerStatementFieldsFragment }) {
  const { t, tn, language } = useI18n();
  const format = useFormat();
  const s = payload.statement;
  if (!s) return <p role="alert" className="error">{payload.errors.map((e) => userErrorMessage(e, t)).join(' ')}</p>;
  const hours = (minutes: number) => format.number(minutes / 60, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // A count, with its hours beside it where a length was recorded.
  const counted = (count: number, minutes: number) => (minutes > 0 ? `${count} · ${hours(minutes)}` : String(count));
  const month = (yyyyMm: string) =>
    new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${yyyyMm}-01T00:00:00Z`));
  return (
    <div data-testid="volunteer-statement">
      <p className="lead" data-testid="hours-total">{t('hours.total', { meetings: String(s.meetings), hours: hours(s.meetingMinutes) })}</p>
      <p data-testid="hours-activities">{tn('hours.activitiesTotal', s.groupActivities, { hours: hours(s.groupActivityMinutes) })}</p>
      <p data-testid="hours-learning">{t('hours.learningTotal', { supervision: hours(s.supervisionMinutes), training: hours(s.trainingMinutes) })}</p>
      <TableWrap label={t('hours.title')}>
        <table>
          <thead>
            <tr><th>{t('hours.month')}</th><th>{t('hours.meetings')}</th><th>{t('hours.hours')}</th><th>{t('hours.supervision')}</th><th>{t('hours.training')}</th><th>{t('hours.activities')}</th></tr>
          </thead>
          <tbody>
            {s.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{month(m.month)}</th><td>{m.meetings}</td><td>{hours(m.meetingMinutes)}</td><td>{counted(m.supervisionSessions, m.supervisionMinutes)}</td><td>{counted(m.trainingModules, m.trainingMinutes)}</td>
                <td>{counted(m.groupActivities, m.groupActivityMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {s.supervision.length > 0 && (
        <p className="small">{t('hours.supervisionList')}: {s.supervision.map((a) => `${format.date(a.on)} (${a.what})`).join(', ')}</p>
      )}
      {s.training.length > 0 && (
        <p className="small">{t('hours.trainingList')}: {s.training.map((a) => `${a.what} (${format.date(a.on)})`).join(', ')}</p>
      )}
      <p><a className="button secondary" href={s.pdfPath} download>{t('hours.downloadPdf')}</a></p>
      <p className="small muted">{t('hours.note')}</p>
    </div>
  );
}
