import { useEffect, useState } from 'react';
import { goalTitle } from '../clients/goalTitle';
import { isOpen } from '../clients/path';
import { institutions } from '../clients/PathActions';
import { helpKinds, refusalReasons } from '../clients/Refusals';
import type {
  AccompanimentResult, Concern, ContactMode, DocumentKind, HelpKind, Institution, LogContactInput, MyMatchesQuery, NeedDomain, RefusalReason,
} from '../graphql';
import { rigaInstant, rigaLocalInput } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { CheckboxGroup, CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { needDomains, useEnumOptions } from '../ui/reference';
import { enqueue, flush, forgetDraft, useDraft, useOutbox } from './outbox';

const modes: ContactMode[] = ['IN_PERSON', 'PHONE', 'PRISON_VISIT', 'VIDEO', 'MESSAGE'];
const concerns: Concern[] = ['NONE', 'WORRY', 'URGENT'];
const quickDurations = [15, 30, 60, 90];
const results: AccompanimentResult[] = ['HELP_GRANTED', 'REFUSED', 'PENDING'];

type MyMatch = MyMatchesQuery['myMatches'][number];
/** What the form offers of the person's path: their open goals and the documents still missing (the mentor's own match only). */
export interface PathChoices {
  goals: readonly MyMatch['goals'][number][];
  documents: readonly MyMatch['documents'][number][];
}

interface Accompaniment {
  institution: Institution;
  help: HelpKind | '';
  result: AccompanimentResult;
  reason: RefusalReason | '';
  note: string;
}

interface Form {
  when: string;
  minutes: string;
  mode: ContactMode;
  place: string;
  topics: string[];
  note: string;
  concern: Concern;
  goals: string[];
  documents: string[];
  accompaniments: Accompaniment[];
}

/** A usual meeting: now, an hour, in person, no concern. */
const blank = (): Form => ({
  when: rigaLocalInput(), minutes: '60', mode: 'IN_PERSON', place: '', topics: [], note: '', concern: 'NONE', goals: [], documents: [], accompaniments: [],
});

const newAccompaniment = (): Accompaniment => ({ institution: 'MUNICIPAL_SOCIAL_SERVICE', help: '', result: 'HELP_GRANTED', reason: '', note: '' });

function fromDraft(draft: LogContactInput): Form {
  return {
    when: rigaLocalInput(new Date(draft.happenedAt)), minutes: String(draft.durationMinutes), mode: draft.mode, place: draft.place ?? '',
    topics: [...(draft.topics ?? [])], note: draft.privateNote ?? '', concern: draft.concern ?? 'NONE',
    goals: [...(draft.goalsProgressed ?? [])], documents: [...(draft.documentsObtained ?? [])],
    accompaniments: (draft.accompaniments ?? []).map((a) => ({
      institution: a.institution, help: a.help ?? '', result: a.result, reason: a.refusalReason ?? '', note: a.note ?? '',
    })),
  };
}

/**
 * One short form, prefilled so that a usual meeting takes a tap: now, an hour, in person, no concern. The meeting
 * goes to the phone's outbox first and is sent from there, at once when online, later when not. What the form says
 * after saving is the meeting's status in the outbox (waiting, sent, refused), never a guess from navigator.onLine.
 */
export function LogContactForm({ matchId, path, onLogged }: { matchId: string; path?: PathChoices; onLogged?: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { user } = useSession();
  // A refused meeting the mentor chose to edit comes back here (also while the form is open), to be saved again as a new
  // meeting; the outbox forgets it once the form has it.
  const draft = useDraft(matchId);
  const [form, setForm] = useState(() => (draft ? fromDraft(draft) : blank()));
  const [filledFrom, setFilledFrom] = useState(draft);
  if (draft && draft !== filledFrom) {
    setFilledFrom(draft);
    setForm(fromDraft(draft));
  }
  useEffect(() => {
    if (draft) forgetDraft(matchId);
  }, [draft, matchId]);
  const [saved, setSaved] = useState<string | null>(null); // the idempotency key of the meeting just saved
  const outbox = useOutbox(user.id);
  const status = saved ? outbox.find((q) => q.input.idempotencyKey === saved)?.status : undefined;
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ code: string; message: string; field: string | null }[]>([]);
  const topicOptions = useEnumOptions('NeedDomain', needDomains);
  const institutionOptions = useEnumOptions('Institution', institutions);
  const helpOptions = useEnumOptions('HelpKind', helpKinds);
  const reasonOptions = useEnumOptions('RefusalReason', refusalReasons);
  const goalOptions = (path?.goals ?? []).filter(isOpen).map((g) => ({ value: g.id, label: goalTitle(i18n, g) }));
  const documentOptions = (path?.documents ?? []).filter((d) => !d.obtained).map((d) => ({ value: d.kind, label: i18n.te('DocumentKind', d.kind) }));
  const setAccompaniment = (i: number, change: Partial<Accompaniment>) =>
    setForm({ ...form, accompaniments: form.accompaniments.map((a, j) => (j === i ? { ...a, ...change } : a)) });

  const submit = async () => {
    setSaved(null);
    const minutes = Number.parseInt(form.minutes, 10);
    const problems = [
      ...(!form.when ? [{ code: 'REQUIRED', field: 'happenedAt', message: '' }] : []),
      ...(!(minutes >= 1 && minutes <= 600) ? [{ code: 'VALIDATION', field: 'durationMinutes', message: '' }] : []),
      // Checked here too: offline, the server's answer would come only later, after the mentor has left the form.
      ...form.accompaniments.filter((a) => a.result === 'REFUSED').flatMap((a) => [
        ...(!a.reason ? [{ code: 'REFUSAL_NEEDS_REASON', field: 'accompaniments.refusalReason', message: '' }] : []),
        ...(!a.help ? [{ code: 'REQUIRED', field: 'accompaniments.help', message: '' }] : []),
        ...(a.reason === 'OTHER' && a.note.trim().length < 3 ? [{ code: 'REQUIRED', field: 'accompaniments.note', message: '' }] : []),
      ]),
    ];
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const input = {
        matchId,
        idempotencyKey: newKey(),
        happenedAt: rigaInstant(form.when),
        durationMinutes: minutes,
        mode: form.mode,
        place: form.place || null,
        topics: form.topics as NeedDomain[],
        goalsProgressed: form.goals,
        privateNote: form.note || null,
        concern: form.concern,
        documentsObtained: form.documents as DocumentKind[],
        // Codes only: the server records a refusal (on the coordinator's desk) for a REFUSED result, with its reason.
        accompaniments: form.accompaniments.map((a) => ({
          institution: a.institution, help: a.help || null, result: a.result,
          refusalReason: a.result === 'REFUSED' && a.reason ? a.reason : null, note: a.note || null,
        })),
      };
      await enqueue({ input, userId: user.id, queuedAt: new Date().toISOString() });
      setSaved(input.idempotencyKey);
      await flush(user.id);
      setForm(blank());
      onLogged?.();
    } finally {
      setBusy(false);
    }
  };

  const radio = <T extends string>(name: string, legend: string, values: T[], type: string, value: T, onChange: (v: T) => void) => (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="segmented">
        {values.map((v) => (
          <label key={v} className={v === value ? 'segment on' : 'segment'}>
            <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
            <span>{t(`enum.${type}.${v}` as never)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <CommandForm command={{ busy, errors, failure: null }} onSubmit={submit}
      submitLabel={t('log.submit')} busyLabel={t('log.busy')} className="log-form">
      <TextField name="happenedAt" type="datetime-local" label={t('log.when')} value={form.when} onChange={(v) => setForm({ ...form, when: v })} />
      <div className="field">
        <TextField name="durationMinutes" type="number" inputMode="numeric" min={1} max={600} label={t('log.minutes')} value={form.minutes}
          onChange={(v) => setForm({ ...form, minutes: v })} />
        <div className="quick" role="group" aria-label={t('log.quickDurations')}>
          {quickDurations.map((m) => (
            <button key={m} type="button" className="chip-button" aria-pressed={form.minutes === String(m)} onClick={() => setForm({ ...form, minutes: String(m) })}>
              {t('log.minutesShort', { count: String(m) })}
            </button>
          ))}
        </div>
      </div>
      {radio('mode', t('log.mode'), modes, 'ContactMode', form.mode, (v) => setForm({ ...form, mode: v }))}
      {radio('concern', t('log.concern'), concerns, 'Concern', form.concern, (v) => setForm({ ...form, concern: v }))}
      {form.concern === 'URGENT' && <p className="form-error" role="note">{t('log.urgentNote')}</p>}
      <details>
        <summary>{t('log.more')}</summary>
        <TextField name="place" label={t('log.place')} value={form.place} onChange={(v) => setForm({ ...form, place: v })} />
        <CheckboxGroup name="topics" legend={t('log.topics')} options={topicOptions} value={form.topics} onChange={(v) => setForm({ ...form, topics: v })} columns />
        <TextArea name="privateNote" label={t('log.note')} hint={t('log.noteHint')} value={form.note} onChange={(v) => setForm({ ...form, note: v })} />
      </details>
      <details className="log-path" open={form.accompaniments.length > 0 || form.goals.length > 0 || form.documents.length > 0 || undefined}>
        <summary>{t('log.path')}</summary>
        {goalOptions.length > 0 && (
          <CheckboxGroup name="goalsProgressed" legend={t('log.goalsProgressed')} hint={t('log.goalsProgressedHint')} options={goalOptions} value={form.goals}
            onChange={(v) => setForm({ ...form, goals: v })} />
        )}
        {documentOptions.length > 0 && (
          <CheckboxGroup name="documentsObtained" legend={t('log.documentsObtained')} options={documentOptions} value={form.documents}
            onChange={(v) => setForm({ ...form, documents: v })} />
        )}
        {form.accompaniments.map((a, i) => (
          <fieldset key={i} className="field accompaniment" data-testid="accompaniment">
            <legend>{t('log.accompaniment')}</legend>
            <SelectField name={`accompaniments.${i}.institution`} label={t('log.accompaniedTo')} options={institutionOptions} value={a.institution}
              onChange={(v) => setAccompaniment(i, { institution: v as Institution })} />
            <SelectField name="accompaniments.help" label={t('log.helpAsked')} options={helpOptions} value={a.help} placeholder={t('log.helpNone')}
              onChange={(v) => setAccompaniment(i, { help: v as HelpKind | '' })} />
            {radio(`accompaniments.${i}.result`, t('log.result'), results, 'AccompanimentResult', a.result, (v) => setAccompaniment(i, { result: v }))}
            {a.result === 'REFUSED' && <>
              <SelectField name="accompaniments.refusalReason" label={t('log.refusalReason')} options={reasonOptions} value={a.reason} placeholder={t('log.choose')}
                onChange={(v) => setAccompaniment(i, { reason: v as RefusalReason | '' })} />
              <TextField name="accompaniments.note" label={t('log.refusalNote')} value={a.note} onChange={(v) => setAccompaniment(i, { note: v })} />
            </>}
            <button type="button" className="secondary small" onClick={() => setForm({ ...form, accompaniments: form.accompaniments.filter((_, j) => j !== i) })}>
              {t('log.removeAccompaniment')}
            </button>
          </fieldset>
        ))}
        {form.accompaniments.length < 5 && (
          <button type="button" className="secondary small" onClick={() => setForm({ ...form, accompaniments: [...form.accompaniments, newAccompaniment()] })}>
            {t('log.addAccompaniment')}
          </button>
        )}
      </details>
      {status === 'sent' && <p className="success" role="status" data-testid="log-status" data-status={status}>{t('log.sent')}</p>}
      {status === 'waiting' && <p className="notice" role="status" data-testid="log-status" data-status={status}>{t('log.queued')}</p>}
      {status === 'refused' && <p className="form-error" role="status" data-testid="log-status" data-status={status}>{t('log.refused')}</p>}
    </CommandForm>
  );
}
