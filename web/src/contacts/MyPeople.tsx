import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type MyMatchesQuery, type QueryName } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { OutboxStatus } from './OutboxStatus';
import { PathHeadline, PersonPath } from './PersonPath';
import { HealthCheckCard } from '../monitoring/HealthCheckCard';
import { UpcomingEvents } from '../activities/MyEvents';

// What the server gives a mentor of each person: no case file, and goals, needs, shared notes and risk flags only while
// the match shows case detail (proposed or active, consent standing).
export const MyMatches = graphql(`
  query MyMatches {
    myMatches {
      matchId version stage mentorAccepted clientName releaseDate destinationMunicipality { name } lastContactAt nextContactDue cadence endedOn
      goals { id title kind domain standard deadline status institution followUp achievedOn overdue }
      documents { kind obtained obtainedOn months { period } }
      warnings { code params { name value kind enumType } }
      needs { domain level note }
      riskFlags
      healthCheckDue
    }
  }
`);

// A mentor selects only myMatch: the staff-shaped match is refused to mentors.
const Accept = graphql(`mutation AcceptMatch($input: MatchCommandInput!) { acceptMatch(input: $input) { myMatch { matchId stage mentorAccepted } errors { ...UserErrorFields } } }`);
const Decline = graphql(`mutation DeclineMatch($input: MatchCommandInput!) { declineMatch(input: $input) { myMatch { matchId stage } errors { ...UserErrorFields } } }`);

// A proposal the mentor answers shows on their phone and on the coordinator's pages about the match and the person
// (a declined one leaves the person to match again).
const answeredProposalViews: QueryName[] = [
  'MyMatches', 'ProposedMatches', 'ClientMatching', 'ClientCase', 'MatchHeader', 'CoordinatorDesk', 'UpcomingReleases',
];

type MyMatch = MyMatchesQuery['myMatches'][number];

/** The mentor's phone view: my people, what is due, and one tap to log a meeting. */
export function MyPeople() {
  const { t } = useI18n();
  const matches = useGql(MyMatches, undefined);
  return (
    <Page title={t('me.title')} intro={t('me.intro')}>
      <OutboxStatus />
      <UpcomingEvents />
      <QueryView query={matches}>
        {({ myMatches }) => myMatches.length === 0 ? <Empty>{t('me.empty')}</Empty> : (
          <ul className="cards">{myMatches.map((m) => <Person key={m.matchId} match={m} />)}</ul>
        )}
      </QueryView>
    </Page>
  );
}

function Person({ match: m }: { match: MyMatch }) {
  const { t, te } = useI18n();
  const format = useFormat();

  // On hold (by the coordinator, or because the standing of the mentor or the person changed): only that it is.
  if (m.stage === 'PAUSED') {
    return (
      <li className="card person paused" data-stage={m.stage}>
        <h2>{m.clientName}</h2>
        <p className="small"><span className="badge warn">{te('MatchStage', m.stage)}</span></p>
        <p>{t('me.paused')}</p>
      </li>
    );
  }

  // Ended (listed for 30 days after): read-only, nothing of the case.
  if (m.stage === 'ENDED' || m.stage === 'DECLINED') {
    return (
      <li className="card person ended" data-stage={m.stage}>
        <h2>{m.clientName}</h2>
        <p className="small">
          <span className="badge">{te('MatchStage', m.stage)}</span>
          {m.endedOn && <> {format.date(m.endedOn)}</>}
        </p>
        <p className="muted">{t('me.ended')}</p>
      </li>
    );
  }

  const active = m.stage === 'ACTIVE';
  return (
    <li className={active ? `card person cadence-${m.cadence.toLowerCase()}` : 'card person'} data-stage={m.stage}>
      <h2>{m.clientName}</h2>
      <p className="small">
        {active
          ? <span className={m.cadence === 'OVERDUE' ? 'badge danger' : m.cadence === 'DUE' ? 'badge warn' : 'badge ok'}>{te('CadenceStatus', m.cadence)}</span>
          : <span className="badge">{te('MatchStage', m.stage)}</span>}
      </p>
      <PathHeadline match={m} />
      <dl className="facts compact">
        {active && <>
          <dt>{t('me.nextDue')}</dt><dd>{format.date(m.nextContactDue)}</dd>
          <dt>{t('me.lastContact')}</dt><dd>{m.lastContactAt ? format.dateTime(m.lastContactAt) : t('me.noContact')}</dd>
        </>}
        <dt>{t('me.release')}</dt><dd>{format.date(m.releaseDate)}</dd>
        <dt>{t('refer.destination')}</dt><dd>{m.destinationMunicipality.name}</dd>
        {m.riskFlags && m.riskFlags.length > 0 && <><dt>{t('case.riskFlags')}</dt><dd>{format.list(m.riskFlags.map((f) => te('RiskFlag', f)))}</dd></>}
      </dl>
      {active && m.healthCheckDue != null && <HealthCheckCard matchId={m.matchId} milestone={m.healthCheckDue} />}
      <PersonPath match={m} />
      <Needs needs={m.needs} />
      {active
        ? <Link href={`/me/${m.matchId}`} className="button primary">{t('me.log', { name: m.clientName })}</Link>
        : m.mentorAccepted ? <p className="notice" role="status">{t('me.waitingForPerson')}</p> : <Proposal match={m} />}
    </li>
  );
}

/** What the person needs help with and how much; a note only when the coordinator shared it. */
function Needs({ needs }: { needs: MyMatch['needs'] }) {
  const { t, te } = useI18n();
  const shown = needs.filter((n) => n.level !== 'NONE' || n.note);
  if (shown.length === 0) return null;
  return (
    <div className="person-section">
      <h3>{t('case.needs')}</h3>
      <ul className="rows" data-testid="my-needs">
        {shown.map((n) => (
          <li key={n.domain} className="row column">
            <p><strong>{te('NeedDomain', n.domain)}</strong> · {te('NeedLevel', n.level)}</p>
            {n.note && <p className="note small"><strong>{t('me.sharedNote')}:</strong> {n.note}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Proposal({ match: m }: { match: MyMatch }) {
  const { t } = useI18n();
  const accept = useCommand(Accept, (r) => r.acceptMatch, { refreshes: answeredProposalViews });
  const decline = useCommand(Decline, (r) => r.declineMatch, { refreshes: answeredProposalViews });
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  if (declining) {
    return (
      <CommandForm command={decline} submitLabel={t('me.declineSubmit')}
        onSubmit={() => void decline.run({ input: { matchId: m.matchId, expectedVersion: m.version, reason } })}
        extraActions={<button type="button" className="secondary" onClick={() => setDeclining(false)}>{t('cancel')}</button>}>
        <TextField name="reason" label={t('me.declineReason')} value={reason} onChange={setReason} />
      </CommandForm>
    );
  }
  return (
    <CommandForm command={accept} submitLabel={t('me.accept')}
      onSubmit={() => void accept.run({ input: { matchId: m.matchId, expectedVersion: m.version } })}
      extraActions={<button type="button" className="secondary" onClick={() => setDeclining(true)}>{t('me.decline')}</button>}>
      <p className="muted">{t('me.proposed')}</p>
    </CommandForm>
  );
}
