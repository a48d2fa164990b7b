import { graphql, type MentorProfileQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { langName } from '../clients/ClientCase';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { PersonDataActions } from '../privacy/PersonDataActions';
import { MentorActions } from './MentorActions';
import { VolunteerHoursPanel } from './VolunteerHours';
import { renderMessage } from '../i18n/messages';
import { stepName } from './steps';
import { hours, SupervisionBadge } from './Supervision';

const Profile = graphql(`
  query MentorProfile($id: ID!) {
    mentor(id: $id) {
      id version name email phone languages gender birthYear specialities capacity motivation channel appliedAt status matchable
      municipalities { name } livedExperience { incarceration remissionYears } availability { day part }
      vettingChecklist { kind module done detail params { name value kind enumType } }
      interview references { refereeName relationship outcome receivedOn } backgroundCheck backgroundCheckExpiresOn
      training { module completedOn } agreementSignedOn approvedAt rejectionReason lastSupervisionOn supervisionSessions
      supervisor { id name } supervision { state dueOn lastOn } supervisionMinutes learningMinutes refreshers { name expiresOn expired }
      timeline { at kind }
    }
  }
`);

export type MentorData = NonNullable<MentorProfileQuery['mentor']>;

/** A mentor's profile: the vetting checklist against the NGO's policy, what can be done next, and the history. */
export function MentorProfile({ mentorId }: { mentorId: string }) {
  const { t } = useI18n();
  const query = useGql(Profile, { id: mentorId });
  return (
    <QueryView query={query}>
      {({ mentor }) => mentor ? <ProfilePage mentor={mentor} /> : <Page title={t('notFound.title')}><p>{t('vetting.notFound')}</p></Page>}
    </QueryView>
  );
}

function ProfilePage({ mentor: m }: { mentor: MentorData }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <Page title={m.name} documentTitle={t('pageTitle.mentor')}>
      <p className="chips-line">
        <span className={m.matchable ? 'badge ok' : 'badge'}>{te('MentorStatus', m.status)}</span>
        {m.matchable && <span className="badge ok">{t('vetting.matchable')}</span>}
        {m.supervision.state !== 'NOT_REQUIRED' && <SupervisionBadge supervision={m.supervision} />}
      </p>
      <div className="panels">
        <Panel title={t('vetting.checklist')}>
          <ul className="checklist" data-testid="checklist">
            {m.vettingChecklist.map((s, i) => (
              <li key={i} className={s.done ? 'done' : 'missing'}>
                <span aria-hidden="true">{s.done ? '✓' : '○'}</span> {stepName(t, s)}
                <span className="small muted"> — {renderMessage(t, `vetting.detail.${s.detail}`, s.params) ?? ''}</span>
                <span className="visually-hidden"> — {s.done ? t('vetting.done') : t('vetting.missing')}</span>
              </li>
            ))}
          </ul>
          <dl className="facts compact">
            <dt>{t('vetting.interview')}</dt><dd>{m.interview ? te('InterviewOutcome', m.interview) : '—'}</dd>
            <dt>{t('vetting.references')}</dt>
            <dd>{m.references.length ? m.references.map((r) => `${r.refereeName} (${te('ReferenceOutcome', r.outcome)})`).join(', ') : '—'}</dd>
            <dt>{t('vetting.backgroundCheck')}</dt>
            <dd>{m.backgroundCheck ? `${te('BackgroundCheckOutcome', m.backgroundCheck)}${m.backgroundCheckExpiresOn ? ` · ${t('vetting.validUntil', { date: format.date(m.backgroundCheckExpiresOn) })}` : ''}` : '—'}</dd>
            <dt>{t('vetting.training')}</dt><dd>{m.training.length ? m.training.map((x) => `${x.module} (${format.date(x.completedOn)})`).join(', ') : '—'}</dd>
            <dt>{t('vetting.agreement')}</dt><dd>{m.agreementSignedOn ? format.date(m.agreementSignedOn) : '—'}</dd>
            <dt>{t('vetting.supervision')}</dt><dd>{m.supervisionSessions}{m.lastSupervisionOn ? ` · ${format.date(m.lastSupervisionOn)}` : ''} · {t('supervision.hours', { hours: hours(m.supervisionMinutes) })}</dd>
            <dt>{t('supervision.supervisor')}</dt><dd data-testid="supervisor">{m.supervisor?.name ?? '—'}</dd>
            <dt>{t('supervision.learningHours')}</dt><dd>{hours(m.learningMinutes)}</dd>
            <dt>{t('supervision.refreshers')}</dt>
            <dd>{m.refreshers.map((r) => `${r.name}: ${t(r.expired ? 'supervision.expiredOn' : 'supervision.expiresOn', { date: format.date(r.expiresOn) })}`).join('; ') || '—'}</dd>
          </dl>
        </Panel>
        <Panel title={t('vetting.profile')}>
          <dl className="facts compact">
            <dt>{t('users.email')}</dt><dd>{m.email}</dd>
            <dt>{t('apply.phone')}</dt><dd>{m.phone ?? '—'}</dd>
            <dt>{t('refer.birthYear')}</dt><dd>{m.birthYear} · {te('Gender', m.gender)}</dd>
            <dt>{t('refer.languages')}</dt><dd>{format.list(m.languages.map((l) => langName(t, l)))}</dd>
            <dt>{t('apply.municipalities')}</dt><dd>{m.municipalities.map((x) => x.name).join(', ')}</dd>
            <dt>{t('apply.specialities')}</dt><dd>{format.list(m.specialities.map((s) => te('NeedDomain', s)))}</dd>
            <dt>{t('apply.livedExperience')}</dt>
            <dd>{[m.livedExperience.incarceration ? t('apply.incarceration') : null,
              m.livedExperience.remissionYears != null ? t('apply.remissionYears', { count: String(m.livedExperience.remissionYears) }) : null].filter(Boolean).join(' · ') || '—'}</dd>
            <dt>{t('apply.capacity')}</dt><dd>{m.capacity}</dd>
            <dt>{t('apply.availability')}</dt><dd>{m.availability.map((a) => `${te('Weekday', a.day)} ${te('DayPart', a.part)}`).join(', ') || '—'}</dd>
            <dt>{t('vetting.applied')}</dt><dd>{format.dateTime(m.appliedAt)} · {te('ApplicationChannel', m.channel)}</dd>
          </dl>
          <p className="note">{m.motivation}</p>
        </Panel>
      </div>
      {m.approvedAt && <VolunteerHoursPanel mentorId={m.id} />}
      <Panel title={t('case.actions')}><MentorActions mentor={m} /></Panel>
      <PersonDataActions personId={m.id} name={m.name} />
      <Panel title={t('case.timeline')}>
        <ol className="timeline">{m.timeline.map((e, i) => <li key={i}><strong>{format.dateTime(e.at)}</strong> · {te('MentorTimelineKind', e.kind)}</li>)}</ol>
      </Panel>
    </Page>
  );
}
