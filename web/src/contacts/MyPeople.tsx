import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type MyMatchesQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { OutboxStatus } from './OutboxStatus';

export const MyMatches = graphql(`
  query MyMatches {
    myMatches { matchId version stage clientName releaseDate destinationMunicipality lastContactAt nextContactDue cadence riskFlags }
  }
`);

const Accept = graphql(`mutation AcceptMatch($input: MatchCommandInput!) { acceptMatch(input: $input) { match { id stage } errors { code message field } } }`);
const Decline = graphql(`mutation DeclineMatch($input: MatchCommandInput!) { declineMatch(input: $input) { match { id stage } errors { code message field } } }`);

/** The mentor's phone view: my people, what is due, and one tap to log a meeting. */
export function MyPeople() {
  const { t } = useI18n();
  const matches = useGql(MyMatches, undefined);
  return (
    <Page title={t('me.title')} intro={t('me.intro')}>
      <OutboxStatus />
      <QueryView query={matches}>
        {({ myMatches }) => myMatches.length === 0 ? <Empty>{t('me.empty')}</Empty> : (
          <ul className="cards">{myMatches.map((m) => <Person key={m.matchId} match={m} />)}</ul>
        )}
      </QueryView>
    </Page>
  );
}

function Person({ match: m }: { match: MyMatchesQuery['myMatches'][number] }) {
  const { t, te } = useI18n();
  const format = useFormat();
  return (
    <li className={`card person cadence-${m.cadence.toLowerCase()}`}>
      <h2>{m.clientName}</h2>
      <p className="small">
        <span className={m.cadence === 'OVERDUE' ? 'badge danger' : m.cadence === 'DUE' ? 'badge warn' : 'badge ok'}>{te('CadenceStatus', m.cadence)}</span>{' '}
        {te('MatchStage', m.stage)}
      </p>
      <dl className="facts compact">
        <dt>{t('me.nextDue')}</dt><dd>{format.date(m.nextContactDue)}</dd>
        <dt>{t('me.lastContact')}</dt><dd>{m.lastContactAt ? format.dateTime(m.lastContactAt) : t('me.noContact')}</dd>
        <dt>{t('me.release')}</dt><dd>{format.date(m.releaseDate)} · {m.destinationMunicipality}</dd>
        {m.riskFlags && m.riskFlags.length > 0 && <><dt>{t('case.riskFlags')}</dt><dd>{format.list(m.riskFlags.map((f) => te('RiskFlag', f)))}</dd></>}
      </dl>
      {m.stage === 'PROPOSED' ? <Proposal match={m} /> : (
        <Link href={`/me/${m.matchId}`} className="button primary">{t('me.log', { name: m.clientName })}</Link>
      )}
    </li>
  );
}

function Proposal({ match: m }: { match: MyMatchesQuery['myMatches'][number] }) {
  const { t } = useI18n();
  const accept = useCommand(Accept, (r) => r.acceptMatch);
  const decline = useCommand(Decline, (r) => r.declineMatch);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  if (declining) {
    return (
      <CommandForm command={decline} fields={['reason']} submitLabel={t('me.declineSubmit')}
        onSubmit={() => void decline.run({ input: { matchId: m.matchId, expectedVersion: m.version, reason } })}
        extraActions={<button type="button" className="secondary" onClick={() => setDeclining(false)}>{t('cancel')}</button>}>
        <TextField name="reason" label={t('me.declineReason')} value={reason} onChange={setReason} />
      </CommandForm>
    );
  }
  return (
    <CommandForm command={accept} fields={[]} submitLabel={t('me.accept')}
      onSubmit={() => void accept.run({ input: { matchId: m.matchId, expectedVersion: m.version } })}
      extraActions={<button type="button" className="secondary" onClick={() => setDeclining(true)}>{t('me.decline')}</button>}>
      <p className="muted">{t('me.proposed')}</p>
    </CommandForm>
  );
}
