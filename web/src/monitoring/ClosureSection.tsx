import { useState } from 'react';
import {
  graphql, type CheckInMode, type CheckInParty, type ClosureHelp, type MatchClosureQuery, type NoRematchReason, type QueryName, type Recommendation,
  type RematchChoice, type UnreachedReason,
} from '../graphql';
import { rigaLocalInput, useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CheckboxGroup, CommandForm, SelectField, TextArea, TextField } from '../ui/form';
import { Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';

const MatchClosureDoc = graphql(`
  query MatchClosure($matchId: ID!) {
    matchMonitoring(matchId: $matchId) {
      matchId
      closure { kind reason endedOn openedOn open overdueFrom completedOn
        conversations { with on mode helped helpedNote wouldRecommend } unreached { with reason } rematch noRematchReason }
    }
  }
`);

const Talk = graphql(`mutation RecordClosingConversation($input: ClosureStepInput!) { recordClosingConversation(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }`);
const Unreached = graphql(`mutation RecordClosingSideUnreached($input: ClosureStepInput!) { recordClosingSideUnreached(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }`);
const Rematch = graphql(`mutation DecideRematch($input: ClosureStepInput!) { decideRematch(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }`);
const Complete = graphql(`mutation CompleteMatchClosure($input: ClosureStepInput!) { completeMatchClosure(input: $input) { monitoring { matchId } errors { ...UserErrorFields } } }`);

/** A closure step changes the match's section and the desk's list of open closures. */
export const closureViews: QueryName[] = ['MatchClosure', 'ClosuresDue', 'CoordinatorDesk'];

type Closure = NonNullable<NonNullable<MatchClosureQuery['matchMonitoring']>['closure']>;
const sides: CheckInParty[] = ['MENTOR', 'CLIENT'];

/**
 * The closure step on the match's page (coordinators): the closing conversation with each side and its feedback, or why
 * a side could not be reached; the rematch decision; then complete. Nothing shows for an open match, or one that ended
 * before closure steps existed.
 */
export function ClosureSection({ matchId }: { matchId: string }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(MatchClosureDoc, { matchId });
  const closure = query.data?.matchMonitoring?.closure;
  if (!closure) return null;
  const overdue = closure.open && rigaLocalInput().slice(0, 10) >= closure.overdueFrom;
  return (
    <Panel title={t('closure.title')}>
      <div data-testid="closure" data-open={closure.open}>
        <p>
          <span className={closure.kind === 'PLANNED' ? 'badge success' : 'badge warn'}>{te('ClosureKind', closure.kind)}</span>
          {' '}{te('MatchEndReason', closure.reason)} · {t('closure.endedOn', { date: format.date(closure.endedOn) })}
          {' '}{closure.open
            ? <span className={overdue ? 'badge danger' : 'badge'}>{overdue ? t('closure.overdue') : t('closure.open')}</span>
            : <span className="badge success" role="status">{t('closure.completed', { date: format.date(closure.completedOn ?? '') })}</span>}
        </p>
        {closure.open && <p className="small muted">{t('closure.intro')}</p>}
        {sides.map((side) => <SideRow key={side} matchId={matchId} side={side} closure={closure} />)}
        <RematchRow matchId={matchId} closure={closure} />
        {closure.open && <CompleteForm matchId={matchId} />}
      </div>
    </Panel>
  );
}

function SideRow({ matchId, side, closure }: { matchId: string; side: CheckInParty; closure: Closure }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const [form, setForm] = useState<'talk' | 'unreached' | null>(null);
  const talk = closure.conversations.find((c) => c.with === side);
  const away = closure.unreached.find((u) => u.with === side);
  return (
    <section className="closure-side" data-testid={`closure-${side}`}>
      <h3>{te('CheckInParty', side)}</h3>
      {talk ? (
        <>
          <p>{t('closure.talkedOn', { date: format.date(talk.on) })} · {te('CheckInMode', talk.mode)} · {t('closure.recommends')}: {te('Recommendation', talk.wouldRecommend)}</p>
          {talk.helped.length > 0 && <ul className="chips">{talk.helped.map((h) => <li key={h}>{te('ClosureHelp', h)}</li>)}</ul>}
          {talk.helpedNote && <p className="note">{talk.helpedNote}</p>}
        </>
      ) : away ? <p><span className="badge warn">{t('closure.unreached')}</span> {te('UnreachedReason', away.reason)}</p>
        : <p className="muted">{t('closure.notYet')}</p>}
      {closure.open && form === null && (
        <p className="actions">
          <button type="button" className="secondary small" onClick={() => setForm('talk')}>{t('closure.recordTalk')}</button>
          {!talk && <button type="button" className="secondary small" onClick={() => setForm('unreached')}>{t('closure.couldNotReach')}</button>}
        </p>
      )}
      {form === 'talk' && <TalkForm matchId={matchId} side={side} onDone={() => setForm(null)} />}
      {form === 'unreached' && <UnreachedForm matchId={matchId} side={side} onDone={() => setForm(null)} />}
    </section>
  );
}

function TalkForm({ matchId, side, onDone }: { matchId: string; side: CheckInParty; onDone: () => void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(() => rigaLocalInput().slice(0, 10));
  const [mode, setMode] = useState<CheckInMode>('IN_PERSON');
  const [helped, setHelped] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [recommend, setRecommend] = useState<Recommendation>('YES');
  const command = useCommand(Talk, (r) => r.recordClosingConversation, { refreshes: closureViews });
  const modes = useEnumOptions('CheckInMode', ['IN_PERSON', 'PHONE', 'VIDEO', 'MESSAGE'] as const);
  const helps = useEnumOptions('ClosureHelp', ['REGULAR_MEETINGS', 'PRACTICAL_HELP', 'ACCOMPANIMENT_TO_OFFICES', 'EMOTIONAL_SUPPORT', 'LIVED_EXPERIENCE',
    'HOUSING', 'EMPLOYMENT', 'RECOVERY', 'OTHER'] as const);
  const recommendations = useEnumOptions('Recommendation', ['YES', 'NO', 'UNSURE'] as const);
  const submit = async () => {
    if (await command.run({ input: { matchId, with: side, on, mode, helped: helped as ClosureHelp[], helpedNote: note.trim() || null, wouldRecommend: recommend } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('closure.saveTalk')}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <TextField name="on" type="date" label={t('monitoring.on')} value={on} onChange={setOn} />
      <SelectField name="mode" label={t('monitoring.mode')} value={mode} options={modes} onChange={(v) => setMode(v as CheckInMode)} />
      <CheckboxGroup name="helped" legend={t('closure.helped')} options={helps} value={helped} onChange={setHelped} columns />
      <TextArea name="helpedNote" label={t('closure.helpedNote')} hint={t('closure.helpedNoteHint')} value={note} onChange={setNote} />
      <SelectField name="wouldRecommend" label={t('closure.wouldRecommend')} value={recommend} options={recommendations} onChange={(v) => setRecommend(v as Recommendation)} />
    </CommandForm>
  );
}

function UnreachedForm({ matchId, side, onDone }: { matchId: string; side: CheckInParty; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<UnreachedReason>('NO_RESPONSE');
  const command = useCommand(Unreached, (r) => r.recordClosingSideUnreached, { refreshes: closureViews });
  const reasons = useEnumOptions('UnreachedReason', ['NO_RESPONSE', 'DECLINED', 'REINCARCERATED', 'MOVED', 'SAFETY_CONCERN', 'OTHER'] as const);
  return (
    <CommandForm command={command} submitLabel={t('closure.saveUnreached')}
      onSubmit={async () => { if (await command.run({ input: { matchId, with: side, unreachedReason: reason } })) onDone(); }}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <SelectField name="unreachedReason" label={t('closure.unreachedReason')} value={reason} options={reasons} onChange={(v) => setReason(v as UnreachedReason)} />
    </CommandForm>
  );
}

function RematchRow({ matchId, closure }: { matchId: string; closure: Closure }) {
  const { t, te } = useI18n();
  const [choice, setChoice] = useState<RematchChoice>(closure.rematch ?? 'REMATCH');
  const [reason, setReason] = useState<NoRematchReason>(closure.noRematchReason ?? 'GOALS_MET');
  const command = useCommand(Rematch, (r) => r.decideRematch, { refreshes: closureViews });
  const choices = useEnumOptions('RematchChoice', ['REMATCH', 'NO_REMATCH', 'CLIENT_DECLINED'] as const);
  const reasons = useEnumOptions('NoRematchReason', ['GOALS_MET', 'NO_LONGER_NEEDED', 'UNREACHABLE', 'REINCARCERATED', 'MOVED', 'SAFETY_CONCERN', 'OTHER'] as const);
  return (
    <section className="closure-side" data-testid="closure-rematch">
      <h3>{t('closure.rematch')}</h3>
      {closure.rematch
        ? <p>{te('RematchChoice', closure.rematch)}{closure.noRematchReason && <> · {te('NoRematchReason', closure.noRematchReason)}</>}</p>
        : <p className="muted">{t('closure.notYet')}</p>}
      {closure.open && (
        <CommandForm command={command} submitLabel={t('closure.saveRematch')}
          onSubmit={() => command.run({ input: { matchId, rematch: choice, noRematchReason: choice === 'NO_REMATCH' ? reason : null } })}>
          <SelectField name="rematch" label={t('closure.rematchChoice')} value={choice} options={choices} onChange={(v) => setChoice(v as RematchChoice)} />
          {choice === 'NO_REMATCH' && <SelectField name="reason" label={t('closure.noRematchReason')} value={reason} options={reasons} onChange={(v) => setReason(v as NoRematchReason)} />}
        </CommandForm>
      )}
    </section>
  );
}

function CompleteForm({ matchId }: { matchId: string }) {
  const { t } = useI18n();
  const command = useCommand(Complete, (r) => r.completeMatchClosure, { refreshes: closureViews });
  return (
    <CommandForm command={command} submitLabel={t('closure.complete')} onSubmit={() => command.run({ input: { matchId } })}>
      <p className="small">{t('closure.completeHint')}</p>
    </CommandForm>
  );
}
