import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { graphql, type ClientCaseQuery, type RiskFlag } from '../graphql';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { useFormat } from '../i18n/format';
import { isKey, useI18n, type T } from '../i18n';
import { useGql } from '../ui/data';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { PersonDataActions } from '../privacy/PersonDataActions';
import { HandoverPanel } from '../handovers/HandoverPanel';
import { CaseActions } from './CaseActions';
import { CasePath } from './CasePath';
import { StisMeetings } from './StisMeetings';
import { TransferCasePanel } from '../transfers/TransferCase';
import { Warnings } from './PathView';

const Case = graphql(`
  query ClientCase($id: ID!) {
    client(id: $id) {
      id version name gender birthYear languages contact expectedReleaseDate releasedOn releaseDate releaseType stage frozen
      consent consentGivenOn consentWithdrawn consentWithdrawnOn canBeMatched needsSource meetings lastMeetingOn closureReason referredAt
      referrerName referrerContact
      prison { code name } destinationMunicipality { code name } referringOrganisation { name }
      needs { domain level note }
      preferences { mentorGender livedExperienceWanted language }
      goals { id title kind domain standard deadline followsRelease status institution achievedOn dropReason dropReasonCarriedOver followsRefusal followUp refusedBy overdue }
      documents { kind obtained obtainedOn months { period } }
      warnings { code params { name value kind enumType } }
      applicationDeadline lastDeclaredResidenceMunicipality { code name } hasResidenceToDeclare
      refusals { id institution help reason refusedOn note noteCarriedOver goalId status followUpGoals closedOn closeNote }
      accompaniments { contactId institution help result on refusalId retracted }
      timeline { at kind detail }
    }
    matches(clientId: $id) { id stage pausedBecause proposedAt activeFrom endedOn mentor { id name } }
  }
`);

// Risk flags are for coordinators only (docs/security.md): asked separately, and only by them.
const Risk = graphql(`query ClientRisk($id: ID!) { client(id: $id) { id riskFlags } }`);

export type CaseData = NonNullable<ClientCaseQuery['client']> & { riskFlags: RiskFlag[] | null };

/** A person's case: the plan with its deadlines, needs, consent, release, matches and what happened. */
export function ClientCase({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const coordinator = hasAnyRole(user.roles, ['Coordinator']);
  const query = useGql(Case, { id: clientId });
  const risk = useGql(Risk, { id: clientId }, { enabled: coordinator });
  return (
    <QueryView query={query}>
      {({ client, matches }) => !client ? <Page title={t('notFound.title')}><p>{t('clients.notFound')}</p></Page> : (
        <CasePage client={{ ...client, riskFlags: coordinator ? (risk.data?.client?.riskFlags ?? []) : null }} matches={matches} />
      )}
    </QueryView>
  );
}

function CasePage({ client: c, matches }: { client: CaseData; matches: ClientCaseQuery['matches'] }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <Page title={c.name} documentTitle={t('pageTitle.case')}
      actions={c.canBeMatched && c.stage !== 'CLOSED' ? <Link href={`/clients/${c.id}/match`} className="button primary small">{t('desk.findMentor')}</Link> : undefined}>
      <p className="chips-line">
        <span className="badge">{te('ClientStage', c.stage)}</span>
        {c.frozen && <span className="badge warn">{t('clients.frozen')}</span>}
        {c.closureReason && <span className="badge">{te('CaseClosureReason', c.closureReason)}</span>}
      </p>
      {c.frozen && (
        <div className="banner" role="note" data-testid="consent-withdrawn">
          {c.consentWithdrawnOn && <p>{t('case.consentWithdrawnOn', { date: format.date(c.consentWithdrawnOn) })}</p>}
          <p>{t('case.frozenNote')}</p>
          {matches.some((m) => m.stage === 'PAUSED') && <p>{t('case.matchPausedByConsent')}</p>}
        </div>
      )}
      <Warnings warnings={c.warnings} />
      <div className="panels">
        <Panel title={t('case.facts')}>
          <dl className="facts" data-testid="case-facts">
            <dt>{t('case.release')}</dt>
            <dd>{format.date(c.releaseDate)} {c.releasedOn ? `(${t('case.released')})` : `(${t('case.expected')})`} · {te('ReleaseType', c.releaseType)}</dd>
            <dt>{t('refer.prison')}</dt><dd>{c.prison.name}</dd>
            <dt>{t('refer.destination')}</dt><dd>{c.destinationMunicipality.name}</dd>
            <dt>{t('refer.birthYear')}</dt><dd>{c.birthYear} · {te('Gender', c.gender)}</dd>
            <dt>{t('refer.languages')}</dt><dd>{format.list(c.languages.map((l) => langName(t, l)))}</dd>
            <dt>{t('refer.contact')}</dt><dd>{c.contact ?? '—'}</dd>
            <dt>{t('case.referrer')}</dt><dd>{[c.referringOrganisation?.name, c.referrerName, c.referrerContact].filter(Boolean).join(' · ')}</dd>
            <dt>{t('case.consent')}</dt>
            <dd>{c.consent.length ? `${format.list(c.consent.map((s) => te('ConsentScope', s)))} (${c.consentGivenOn ? format.date(c.consentGivenOn) : ''})`
              : c.consentWithdrawnOn ? t('case.consentWithdrawnOn', { date: format.date(c.consentWithdrawnOn) })
              : c.consentWithdrawn ? t('case.consentWithdrawn') : t('case.noConsent')}</dd>
            {c.riskFlags && <><dt>{t('case.riskFlags')}</dt><dd>{c.riskFlags.length ? format.list(c.riskFlags.map((f) => te('RiskFlag', f))) : t('case.none')}</dd></>}
            <dt>{t('case.preferences')}</dt>
            <dd>{[c.preferences.mentorGender && te('Gender', c.preferences.mentorGender),
              c.preferences.livedExperienceWanted != null && (c.preferences.livedExperienceWanted ? t('case.livedWanted') : t('case.livedNotWanted')),
              c.preferences.language && langName(t, c.preferences.language)].filter(Boolean).join(' · ') || t('case.none')}</dd>
            <dt>{t('case.meetings')}</dt><dd>{c.meetings}{c.lastMeetingOn ? ` · ${format.date(c.lastMeetingOn)}` : ''}</dd>
          </dl>
        </Panel>
        <Panel title={t('case.needs')}>
          {c.needs.length === 0 ? <Empty>{t('case.noNeeds')}</Empty> : (
            <ul className="rows">
              {c.needs.map((n) => (
                <li key={n.domain} className="row"><p><strong>{te('NeedDomain', n.domain)}</strong> · {te('NeedLevel', n.level)}{n.note ? ` — ${n.note}` : ''}</p></li>
              ))}
            </ul>
          )}
          {c.needsSource && <p className="small muted">{t('case.needsSource', { source: c.needsSource })}</p>}
        </Panel>
      </div>
      <CasePath client={c} />
      <StisMeetings clientId={c.id} />
      <HandoverPanel clientId={c.id} consented={c.consent.includes('SHARE_WITH_SOCIAL_SERVICE') && c.stage !== 'CLOSED'} />
      <Panel title={t('case.matches')}>
        {matches.length === 0 ? <Empty>{t('case.noMatches')}</Empty> : (
          <ul className="rows">
            {matches.map((m) => (
              <li key={m.id} className="row">
                <p><Link href={`/matches/${m.id}`}>{m.mentor?.name ?? '—'}</Link> · {te('MatchStage', m.stage)}
                  {m.stage === 'PAUSED' && m.pausedBecause ? ` (${te('PauseReason', m.pausedBecause)})` : ''} · {format.dateTime(m.proposedAt)}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={t('case.actions')}><CaseActions client={c} /></Panel>
      <TransferCasePanel clientId={c.id} open={c.stage !== 'CLOSED'} />
      <PersonDataActions personId={c.id} name={c.name} />
      <Panel title={t('case.timeline')}>
        <ol className="timeline">
          {c.timeline.map((e, i) => <TimelineItem key={i} at={format.dateTime(e.at)}>{te('ClientTimelineKind', e.kind)}</TimelineItem>)}
        </ol>
      </Panel>
    </Page>
  );
}

function TimelineItem({ at, children }: { at: string; children: ReactNode }) {
  return <li><strong>{at}</strong> · {children}</li>;
}

/** A language's name in the user's language; an unusual ISO 639 code shows as it is. */
export function langName(t: T, code: string): string {
  const key = `lang.${code}`;
  return isKey(key) ? t(key) : code;
}
