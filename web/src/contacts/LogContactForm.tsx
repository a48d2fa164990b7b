import { useEffect, useState } from 'react';
import type { Concern, ContactMode, LogContactInput, NeedDomain } from '../graphql';
import { rigaInstant, rigaLocalInput } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { CheckboxGroup, CommandForm, newKey, TextArea, TextField } from '../ui/form';
import { needDomains, useEnumOptions } from '../ui/reference';
import { enqueue, flush, forgetDraft, useDraft, useOutbox } from './outbox';

const modes: ContactMode[] = ['IN_PERSON', 'PHONE', 'PRISON_VISIT', 'VIDEO', 'MESSAGE'];
const concerns: Concern[] = ['NONE', 'WORRY', 'URGENT'];
const quickDurations = [15, 30, 60, 90];

interface Form {
  when: string;
  minutes: string;
  mode: ContactMode;
  place: string;
  topics: string[];
  note: string;
  concern: Concern;
}

/** A usual meeting: now, an hour, in person, no concern. */
const blank = (): Form => ({ when: rigaLocalInput(), minutes: '60', mode: 'IN_PERSON', place: '', topics: [], note: '', concern: 'NONE' });

function fromDraft(draft: LogContactInput): Form {
  return {
    when: rigaLocalInput(new Date(draft.happenedAt)), minutes: String(draft.durationMinutes), mode: draft.mode, place: draft.place ?? '',
    topics: [...(draft.topics ?? [])], note: draft.privateNote ?? '', concern: draft.concern ?? 'NONE',
  };
}

/**
 * One short form, prefilled so that a usual meeting takes a tap: now, an hour, in person, no concern. The meeting
 * goes to the phone's outbox first and is sent from there, at once when online, later when not. What the form says
 * after saving is the meeting's status in the outbox (waiting, sent, refused), never a guess from navigator.onLine.
 */
export function LogContactForm({ matchId, onLogged }: { matchId: string; onLogged?: () => void }) {
  const { t } = useI18n();
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

  const submit = async () => {
    setSaved(null);
    const minutes = Number.parseInt(form.minutes, 10);
    const problems = [
      ...(!form.when ? [{ code: 'REQUIRED', field: 'happenedAt', message: '' }] : []),
      ...(!(minutes >= 1 && minutes <= 600) ? [{ code: 'VALIDATION', field: 'durationMinutes', message: '' }] : []),
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
        goalsProgressed: [],
        privateNote: form.note || null,
        concern: form.concern,
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
      {status === 'sent' && <p className="success" role="status" data-testid="log-status" data-status={status}>{t('log.sent')}</p>}
      {status === 'waiting' && <p className="notice" role="status" data-testid="log-status" data-status={status}>{t('log.queued')}</p>}
      {status === 'refused' && <p className="form-error" role="status" data-testid="log-status" data-status={status}>{t('log.refused')}</p>}
    </CommandForm>
  );
}
