import { useState } from 'react';
import { Link } from 'wouter';
import type { Document } from '../api';
import { graphql, type ClientMatchingQuery, type MatchCommandInput, type MatchEndReason, type QueryName } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { Page, Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
import { Empty, Loading, QueryView } from '../ui/states';
import { FailedConstraints, Factors } from './Explained';

const Matching = graphql(`
  query ClientMatching($clientId: ID!) {
    client(id: $clientId) { id name canBeMatched releaseDate destinationMunicipality { name } needs { domain level note } }
    matchCandidates(clientId: $clientId, first: 10) {
      mentorId eligible score mentor { id name capacity } factors { name weight value contribution reason params { name value kind enumType } }
    }
    matches(clientId: $clientId) { id version stage mentorAccepted clientAgreedOn activeFrom endedOn endReason proposedAt score riskFlagsShared sharedNeedNotes pausedBecause mentor { id name } }
  }
`);

const WhyNot = graphql(`
  query WhyNotMentor($clientId: ID!, $mentorId: ID!) {
    matchCandidate(clientId: $clientId, mentorId: $mentorId) {
      eligible score failedConstraints { name params { name value kind enumType } } factors { name weight value contribution reason params { name value kind enumType } }
    }
  }
`);

const MentorSearch = graphql(`query MentorSearch($search: String) { mentors(filter: { search: $search }, first: 10) { nodes { id name status } } }`);

const Propose = graphql(`mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const Agree = graphql(`mutation RecordClientAgreement($input: MatchCommandInput!) { recordClientAgreement(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const Activate = graphql(`mutation ActivateMatch($input: MatchCommandInput!) { activateMatch(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const Pause = graphql(`mutation PauseMatch($input: MatchCommandInput!) { pauseMatch(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const Resume = graphql(`mutation ResumeMatch($input: MatchCommandInput!) { resumeMatch(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const ShareRisk = graphql(`mutation ShareRiskFlagsWithMentor($input: MatchCommandInput!) { shareRiskFlagsWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const ShareNeedNote = graphql(`mutation ShareNeedNoteWithMentor($input: MatchCommandInput!) { shareNeedNoteWithMentor(input: $input) { match { id } errors { ...UserErrorFields } } }`);
const End = graphql(`mutation EndMatch($input: MatchCommandInput!) { endMatch(input: $input) { match { id } errors { ...UserErrorFields } } }`);

// Where a match shows (the queries its commands refresh, ui/data.ts): the person's matching page (candidates too: a
// mentor's free capacity changes) and case, the proposals list, the mentor's phone, the match's log, engagement, the
// desk and the releases still to match.
export const matchViews: QueryName[] = [
  'ClientMatching', 'WhyNotMentor', 'ClientCase', 'ProposedMatches', 'MyMatches', 'MatchHeader', 'Engagement', 'CoordinatorDesk', 'UpcomingReleases',
];

type Match = ClientMatchingQuery['matches'][number];
type Need = NonNullable<ClientMatchingQuery['client']>['needs'][number];

/** For one person: the mentors who fit, best first and why; "why not this mentor?"; and the person's matches. */
export function ClientMatching({ clientId }: { clientId: string }) {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const query = useGql(Matching, { clientId });
  return (
    <QueryView query={query}>
      {({ client, matchCandidates, matches }) => {
        const openMatch = matches.find((m) => m.stage !== 'ENDED' && m.stage !== 'DECLINED');
        return !client ? <Page title={t('notFound.title')}><p>{t('clients.notFound')}</p></Page> : (
        <Page title={t('matching.clientTitle', { name: client.name })} documentTitle={t('pageTitle.clientMatching')}
          intro={t('matching.clientIntro', { date: format.date(client.releaseDate), place: client.destinationMunicipality.name })}
          actions={<Link href={`/clients/${client.id}`} className="button secondary small">{t('matching.toCase')}</Link>}>
          {matches.length > 0 && (
            <Panel title={t('case.matches')}>
              <ul className="rows">{matches.map((m) => <MatchRow key={m.id} match={m} needs={client.needs} />)}</ul>
            </Panel>
          )}
          <Panel title={t('matching.candidates')}>
            {!client.canBeMatched && <p className="banner" role="note">{t('matching.noConsent')}</p>}
            {/* One open match at a time (the server refuses another): once proposed, the list stops offering. */}
            {openMatch && <p className="notice" role="note">{t('error.CLIENT_ALREADY_MATCHED')}</p>}
            {matchCandidates.length === 0 ? <Empty>{t('matching.noCandidates')}</Empty> : (
              <ol className="cards">
                {matchCandidates.map((c, i) => (
                  <li key={c.mentorId} className="card candidate">
                    <h3>{i + 1}. {c.mentor?.name ?? c.mentorId} <span className="badge ok">{format.percent(c.score)}</span></h3>
                    <p className="small muted">{tn('matching.capacity', c.mentor?.capacity ?? 0)}</p>
                    <Factors factors={c.factors} />
                    {openMatch?.mentor?.id === c.mentorId
                      ? <p><span className="badge ok" data-testid="candidate-stage">{te('MatchStage', openMatch.stage)}</span></p>
                      : !openMatch && <ProposeButton clientId={client.id} mentorId={c.mentorId} name={c.mentor?.name ?? ''} />}
                  </li>
                ))}
              </ol>
            )}
          </Panel>
          <Panel title={t('matching.whyNot')}><WhyNotPanel clientId={client.id} /></Panel>
        </Page>
        );
      }}
    </QueryView>
  );
}

function ProposeButton({ clientId, mentorId, name }: { clientId: string; mentorId: string; name: string }) {
  const { t } = useI18n();
  const [key] = useState(newKey);
  const command = useCommand(Propose, (r) => r.proposeMatch, { refreshes: [...matchViews, 'Notifications'] });
  return (
    <CommandForm command={command} submitLabel={t('matching.propose', { name })}
      onSubmit={() => void command.run({ input: { clientId, mentorId, idempotencyKey: key } })}>
      <span />
    </CommandForm>
  );
}

function WhyNotPanel({ clientId }: { clientId: string }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [mentorId, setMentorId] = useState('');
  const mentors = useGql(MentorSearch, { search: search.trim() || null });
  const judged = useGql(WhyNot, { clientId, mentorId }, { enabled: mentorId !== '' });
  return (
    <>
      <div className="filters">
        <TextField name="mentorSearch" label={t('matching.searchMentor')} value={search} onChange={setSearch} />
        <SelectField name="mentorId" label={t('matching.mentor')} value={mentorId} placeholder={t('choose')} onChange={setMentorId}
          options={(mentors.data?.mentors.nodes ?? []).map((m) => ({ value: m.id, label: `${m.name} (${te('MentorStatus', m.status)})` }))} />
      </div>
      {mentorId && (judged.isPending ? <Loading /> : judged.data?.matchCandidate && (
        <div aria-live="polite">
          {judged.data.matchCandidate.eligible
            ? <p className="success">{t('matching.eligible', { score: format.percent(judged.data.matchCandidate.score) })}</p>
            : <><p className="form-error">{t('matching.notEligible')}</p><FailedConstraints failed={judged.data.matchCandidate.failedConstraints} /></>}
          <Factors factors={judged.data.matchCandidate.factors} />
        </div>
      ))}
    </>
  );
}

function MatchRow({ match: m, needs }: { match: Match; needs: Need[] }) {
  const { t, te } = useI18n();
  const { user } = useSession();
  // Risk flags are for coordinators: only they decide to show them to the mentor.
  const coordinator = hasAnyRole(user.roles, ['Coordinator']);
  const format = useFormat();
  const input = { matchId: m.id, expectedVersion: m.version };
  const open = m.stage !== 'ENDED' && m.stage !== 'DECLINED';
  // Sharing starts only on a proposed or active match; on a paused one, only what is shared can be taken back.
  const notes = needs.filter((n) => n.note && (m.stage !== 'PAUSED' || m.sharedNeedNotes.includes(n.domain)));
  const list: Action[] = [
    ...(m.stage === 'PROPOSED' && !m.clientAgreedOn ? [['agree', t('matching.clientAgreed'), (d) => <Step doc={Agree} pick="recordClientAgreement" input={input} onDone={d} label={t('matching.clientAgreed')} />]] as Action[] : []),
    ...(m.stage === 'PROPOSED' ? [['activate', t('matching.activate'), (d) => <Step doc={Activate} pick="activateMatch" input={input} onDone={d} label={t('matching.activate')} />]] as Action[] : []),
    ...(m.stage === 'ACTIVE' ? [['pause', t('matching.pause'), (d) => <Step doc={Pause} pick="pauseMatch" input={input} onDone={d} label={t('matching.pause')} withReason />]] as Action[] : []),
    ...(m.stage === 'PAUSED' ? [['resume', t('matching.resume'), (d) => <Step doc={Resume} pick="resumeMatch" input={input} onDone={d} label={t('matching.resume')} />]] as Action[] : []),
    ...(open && coordinator && (m.stage !== 'PAUSED' || m.riskFlagsShared) ? [['share', m.riskFlagsShared ? t('matching.unshareRisk') : t('matching.shareRisk'), (d) => (
      <ShareRiskForm match={m} onDone={d} />
    )]] as Action[] : []),
    ...(open && coordinator && notes.length > 0 ? [['notes', t('matching.shareNotes'), (d) => <ShareNotesForm match={m} needs={notes} onDone={d} />]] as Action[] : []),
    ...(open ? [['end', t('matching.end'), (d) => <EndForm match={m} onDone={d} />]] as Action[] : []),
  ];
  return (
    <li className="row column">
      <p className="row-title">
        <Link href={`/matches/${m.id}`}>{m.mentor?.name ?? '—'}</Link> <span className="badge">{te('MatchStage', m.stage)}</span>
        {m.mentorAccepted && <> <span className="badge ok">{t('matching.mentorAccepted')}</span></>}
        {m.clientAgreedOn && <> <span className="badge ok">{t('matching.clientAgreedOn', { date: format.date(m.clientAgreedOn) })}</span></>}
        {m.pausedBecause && m.stage === 'PAUSED' && <> <span className="badge warn">{te('PauseReason', m.pausedBecause)}</span></>}
        {m.riskFlagsShared && <> <span className="badge warn">{t('matching.riskShared')}</span></>}
        {m.sharedNeedNotes.length > 0 && <> <span className="badge warn">{t('matching.notesShared', { domains: format.list(m.sharedNeedNotes.map((d) => te('NeedDomain', d))) })}</span></>}
      </p>
      <p className="small muted">{format.dateTime(m.proposedAt)} · {format.percent(m.score)}{m.endReason ? ` · ${te('MatchEndReason', m.endReason)}` : ''}</p>
      <Actions actions={list} />
    </li>
  );
}

// The match steps share one input and one payload shape; only the field name differs.
type StepPayload = { errors: { code: string; message: string; field: string | null }[] };
type StepDoc = Document<Record<string, StepPayload>, { input: MatchCommandInput }>;

function Step({ doc, pick, input, onDone, label, withReason = false }: {
  doc: StepDoc; pick: string; input: { matchId: string; expectedVersion: number }; onDone: () => void; label: string; withReason?: boolean;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(doc, (r) => r[pick], { refreshes: matchViews });
  const submit = async () => {
    if (await command.run({ input: { ...input, reason: reason || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={label} extraActions={<CancelButton onClick={onDone} />}>
      {withReason ? <TextField name="reason" label={t('case.reason')} value={reason} onChange={setReason} /> : <span />}
    </CommandForm>
  );
}

function ShareRiskForm({ match, onDone }: { match: Match; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(ShareRisk, (r) => r.shareRiskFlagsWithMentor, { refreshes: ['ClientMatching', 'MyMatches'] });
  const share = !match.riskFlagsShared;
  const submit = async () => {
    if (await command.run({ input: { matchId: match.id, expectedVersion: match.version, share } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={share ? t('matching.shareRisk') : t('matching.unshareRisk')}
      extraActions={<CancelButton onClick={onDone} />}>
      <p className="muted">{share ? t('matching.shareRiskNote') : t('matching.unshareRiskNote')}</p>
    </CommandForm>
  );
}

/** Which needs notes the mentor sees: one toggle per need that has a note. */
function ShareNotesForm({ match, needs, onDone }: { match: Match; needs: Need[]; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div className="share-notes">
      <p className="muted">{t('matching.shareNotesIntro')}</p>
      <ul className="rows">{needs.map((n) => <ShareNote key={n.domain} match={match} need={n} />)}</ul>
      <div className="form-actions"><button type="button" className="secondary" onClick={onDone}>{t('close')}</button></div>
    </div>
  );
}

function ShareNote({ match, need }: { match: Match; need: Need }) {
  const { t, te } = useI18n();
  const command = useCommand(ShareNeedNote, (r) => r.shareNeedNoteWithMentor, { refreshes: ['ClientMatching', 'MyMatches'] });
  const [done, setDone] = useState<'shared' | 'stopped' | null>(null);
  const domain = te('NeedDomain', need.domain);
  const shared = match.sharedNeedNotes.includes(need.domain);
  const submit = async () => {
    setDone(null);
    const share = !shared;
    if (await command.run({ input: { matchId: match.id, expectedVersion: match.version, domain: need.domain, share } })) setDone(share ? 'shared' : 'stopped');
  };
  return (
    <li className="row column" data-domain={need.domain}>
      <p>
        <strong>{domain}</strong> · {te('NeedLevel', need.level)}{' '}
        {shared && <span className="badge warn">{t('matching.noteSharedBadge')}</span>}
      </p>
      <p className="note small">{need.note}</p>
      <CommandForm command={command} onSubmit={() => void submit()}
        submitLabel={shared ? t('matching.unshareNote', { domain }) : t('matching.shareNote', { domain })}>
        {done ? <p className="success" role="status">{done === 'shared' ? t('matching.noteShared') : t('matching.noteUnshared')}</p> : <span />}
      </CommandForm>
    </li>
  );
}

function EndForm({ match, onDone }: { match: Match; onDone: () => void }) {
  const { t } = useI18n();
  const reasons = useEnumOptions('MatchEndReason', ['GOALS_MET', 'TERM_COMPLETED', 'CLIENT_DISENGAGED', 'MENTOR_UNAVAILABLE', 'REINCARCERATED', 'MOVED', 'SAFETY_CONCERN', 'OTHER'] as const);
  const [endReason, setEndReason] = useState('GOALS_MET');
  const [note, setNote] = useState('');
  const command = useCommand(End, (r) => r.endMatch, { refreshes: matchViews });
  const submit = async () => {
    if (await command.run({ input: { matchId: match.id, expectedVersion: match.version, endReason: endReason as MatchEndReason, note: note || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('matching.end')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="endReason" label={t('case.reason')} value={endReason} options={reasons} onChange={setEndReason} />
      <TextField name="note" label={t('case.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}
