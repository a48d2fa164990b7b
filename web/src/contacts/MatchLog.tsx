import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type ContactTimelineQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { hasAnyRole } from '../session/roles';
import { useSession } from '../session/session';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { usePaged } from '../ui/paging';
import { Empty, Failure, Loading } from '../ui/states';
import { ContactAttemptForm } from './ContactAttemptForm';
import { LogContactForm } from './LogContactForm';
import { MyMatches } from './MyPeople';
import { PathHeadline, PersonPath } from './PersonPath';
import { meetingViews } from './outbox';
import { OutboxStatus } from './OutboxStatus';
import { ClosureSection } from '../monitoring/ClosureSection';

const Timeline = graphql(`
  query ContactTimeline($matchId: ID!, $first: Int, $after: String) {
    contactTimeline(matchId: $matchId, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes {
        id happenedAt durationMinutes mode place topics privateNote concern concernAcknowledgedAt retracted retractedReason
        versions { at reason } comments { id text at }
      }
    }
  }
`);

const MatchHeader = graphql(`query MatchHeader($id: ID!) { match(id: $id) { id stage client { id name } mentor { id name } } }`);

const Attempts = graphql(`query ContactAttempts($matchId: ID!) { contactAttempts(matchId: $matchId) { id attemptedAt outcome note } }`);

const Retract = graphql(`
  mutation RetractContact($matchId: ID!, $contactId: ID!, $reason: String!) {
    retractContact(matchId: $matchId, contactId: $contactId, reason: $reason) { result { contact { id } } errors { ...UserErrorFields } }
  }
`);

const Comment = graphql(`
  mutation CommentOnContact($matchId: ID!, $contactId: ID!, $text: String!, $commentId: ID) {
    commentOnContact(matchId: $matchId, contactId: $contactId, text: $text, commentId: $commentId) { result { contact { id } } errors { ...UserErrorFields } }
  }
`);

type Contact = ContactTimelineQuery['contactTimeline']['nodes'][number];

/** One match's meetings: log one (mentor or coordinator), read the history with versions and feedback. */
export function MatchLog({ matchId }: { matchId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const coordinator = hasAnyRole(user.roles, ['Coordinator', 'OrgAdmin']);
  const mine = useGql(MyMatches, undefined, { enabled: !coordinator });
  const header = useGql(MatchHeader, { id: matchId }, { enabled: coordinator });
  const own = mine.data?.myMatches.find((m) => m.matchId === matchId);
  const name = coordinator ? header.data?.match?.client?.name : own?.clientName;
  // A mentor logs and changes meetings only on an active match; paused or ended, the log is read-only.
  const readOnly = !coordinator && own !== undefined && own.stage !== 'ACTIVE';

  const [attempting, setAttempting] = useState(false);
  return (
    <Page title={name ? t('log.title', { name }) : t('log.titlePlain')} documentTitle={t('log.titlePlain')}
      actions={<Link href={coordinator ? '/engagement' : '/me'} className="button secondary small">{t('back')}</Link>}>
      <OutboxStatus />
      {coordinator && <ClosureSection matchId={matchId} />}
      {readOnly
        ? <p className="notice" role="note">{own?.stage === 'PAUSED' ? t('me.paused') : t('me.ended')}</p>
        : <>
          <Panel title={t('log.new')}><LogContactForm key={matchId} matchId={matchId} path={own} /></Panel>
          {attempting
            ? <Panel title={t('attempt.title')}><ContactAttemptForm matchId={matchId} onDone={() => setAttempting(false)} /></Panel>
            : <p><button type="button" className="secondary" data-testid="could-not-meet" onClick={() => setAttempting(true)}>{t('attempt.open')}</button></p>}
        </>}
      {/* A usual meeting still saves with one tap, without scrolling; right below it, the path it may have moved: the
          next step, what could get help refused, the deadlines and the documents (the person's card at /me starts with them). */}
      {own && <div className="person-path"><PathHeadline match={own} /><PersonPath match={own} /></div>}
      <Panel title={t('attempt.history')}><AttemptList matchId={matchId} /></Panel>
      <Panel title={t('log.history')}><History matchId={matchId} coordinator={coordinator} readOnly={readOnly} /></Panel>
    </Page>
  );
}

/** Failed attempts to meet, newest first: the coordinator reads why the log is quiet. */
function AttemptList({ matchId }: { matchId: string }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const attempts = useGql(Attempts, { matchId });
  if (attempts.isPending) return <Loading />;
  if (attempts.isError) return <Failure error={attempts.error} retry={() => void attempts.refetch()} />;
  const list = attempts.data.contactAttempts;
  if (list.length === 0) return <Empty>{t('attempt.none')}</Empty>;
  return (
    <ul className="rows" data-testid="contact-attempts">
      {list.map((a) => (
        <li key={a.id} className="row column" data-outcome={a.outcome}>
          <p><span className="badge warn">{te('AttemptOutcome', a.outcome)}</span> {format.dateTime(a.attemptedAt)}</p>
          {a.note && <p className="small">{a.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function History({ matchId, coordinator, readOnly }: { matchId: string; coordinator: boolean; readOnly: boolean }) {
  const { t, tn } = useI18n();
  const pages = usePaged(Timeline, { matchId, first: 20 }, (p) => p.contactTimeline);
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <Failure error={pages.error} retry={() => void pages.refetch()} />;
  const contacts = pages.data.pages.flatMap((p) => p.contactTimeline.nodes);
  const total = pages.data.pages[0].contactTimeline.totalCount;
  if (contacts.length === 0) return <Empty>{t('log.none')}</Empty>;
  return (
    <>
      <p className="muted" data-testid="contact-count" data-count={total}>{tn('log.count', total)}</p>
      <ol className="contacts">{contacts.map((c) => <ContactItem key={c.id} matchId={matchId} contact={c} coordinator={coordinator} readOnly={readOnly} />)}</ol>
      {pages.hasNextPage && (
        <button type="button" className="secondary" aria-disabled={pages.isFetchingNextPage || undefined} onClick={() => void pages.fetchNextPage()}>
          {pages.isFetchingNextPage && <span className="spinner" aria-hidden="true" />}
          {t('loadMore')}
        </button>
      )}
    </>
  );
}

function ContactItem({ matchId, contact: c, coordinator, readOnly }: { matchId: string; contact: Contact; coordinator: boolean; readOnly: boolean }) {
  const { t, te, tn } = useI18n();
  const format = useFormat();
  const [action, setAction] = useState<'retract' | 'comment' | null>(null);
  return (
    <li className={c.retracted ? 'contact retracted' : 'contact'}>
      <p className="row-title">
        {format.dateTime(c.happenedAt)} · {te('ContactMode', c.mode)} · {tn('log.minutesCount', c.durationMinutes)}
        {c.concern !== 'NONE' && <> <span className={c.concern === 'URGENT' ? 'badge danger' : 'badge warn'}>{te('Concern', c.concern)}</span></>}
        {c.retracted && <> <span className="badge">{t('log.retracted')}</span></>}
      </p>
      {c.place && <p className="small">{c.place}</p>}
      {c.topics.length > 0 && <ul className="chips">{c.topics.map((d) => <li key={d}>{te('NeedDomain', d)}</li>)}</ul>}
      {c.privateNote && <p className="note">{c.privateNote}</p>}
      {c.retractedReason && <p className="small muted">{t('log.retractedBecause', { reason: c.retractedReason })}</p>}
      {c.versions.length > 1 && <p className="small muted">{tn('log.versions', c.versions.length)}</p>}
      {c.comments.map((m) => (
        <blockquote key={m.id} className="comment"><p>{m.text}</p><footer className="small muted">{t('log.feedback')} · {format.dateTime(m.at)}</footer></blockquote>
      ))}
      {!c.retracted && !readOnly && (
        <div className="row-actions">
          {coordinator && <button type="button" className="secondary small" aria-expanded={action === 'comment'} onClick={() => setAction(action === 'comment' ? null : 'comment')}>{t('log.comment')}</button>}
          <button type="button" className="secondary small" aria-expanded={action === 'retract'} onClick={() => setAction(action === 'retract' ? null : 'retract')}>{t('log.retract')}</button>
        </div>
      )}
      {action === 'retract' && <RetractForm matchId={matchId} contactId={c.id} onDone={() => setAction(null)} />}
      {action === 'comment' && <CommentForm matchId={matchId} contactId={c.id} onDone={() => setAction(null)} />}
    </li>
  );
}

function RetractForm({ matchId, contactId, onDone }: { matchId: string; contactId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(Retract, (r) => r.retractContact, { refreshes: meetingViews });
  return (
    <CommandForm command={command} submitLabel={t('log.retractSubmit')}
      onSubmit={async () => (await command.run({ matchId, contactId, reason })) && onDone()}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <TextField name="reason" label={t('log.retractReason')} value={reason} onChange={setReason} />
    </CommandForm>
  );
}

function CommentForm({ matchId, contactId, onDone }: { matchId: string; contactId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [commentId] = useState(() => crypto.randomUUID());
  const command = useCommand(Comment, (r) => r.commentOnContact, { refreshes: ['ContactTimeline'] });
  return (
    <CommandForm command={command} submitLabel={t('log.commentSubmit')}
      onSubmit={async () => (await command.run({ matchId, contactId, text, commentId })) && onDone()}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <TextField name="text" label={t('log.commentText')} value={text} onChange={setText} />
    </CommandForm>
  );
}
