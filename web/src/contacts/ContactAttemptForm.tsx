import { useState } from 'react';
import type { AttemptOutcome } from '../graphql';
import { rigaInstant, rigaLocalInput } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { CommandForm, newKey, TextField } from '../ui/form';
import { enqueue, flush, useOutbox } from './outbox';

const outcomes: AttemptOutcome[] = ['NO_ANSWER', 'DID_NOT_COME', 'UNREACHABLE'];

/**
 * "Could not meet": a failed attempt, now by default, queued in the phone's outbox like a meeting (offline too) and
 * sent with its own idempotency key. The coordinator sees it on the match log; repeated attempts reach their digest.
 */
export function ContactAttemptForm({ matchId, onDone }: { matchId: string; onDone: () => void }) {
  const { t, te } = useI18n();
  const { user } = useSession();
  const [when, setWhen] = useState(() => rigaLocalInput());
  const [outcome, setOutcome] = useState<AttemptOutcome>('NO_ANSWER');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const status = useOutbox(user.id).find((q) => q.input.idempotencyKey === saved)?.status;
  const [errors, setErrors] = useState<{ code: string; message: string; field: string | null }[]>([]);

  const submit = async () => {
    const problems = when ? [] : [{ code: 'REQUIRED', field: 'attemptedAt', message: '' }];
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const input = { matchId, idempotencyKey: newKey(), attemptedAt: rigaInstant(when), outcome, note: note.trim() || null };
      await enqueue({ kind: 'attempt', input, userId: user.id, queuedAt: new Date().toISOString() });
      setSaved(input.idempotencyKey);
      await flush(user.id);
      setNote('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <CommandForm command={{ busy, errors, failure: null }} onSubmit={submit} submitLabel={t('attempt.submit')} busyLabel={t('log.busy')}
      className="attempt-form" extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <fieldset className="field">
        <legend>{t('attempt.outcome')}</legend>
        <div className="segmented">
          {outcomes.map((o) => (
            <label key={o} className={o === outcome ? 'segment on' : 'segment'}>
              <input type="radio" name="attemptOutcome" value={o} checked={o === outcome} onChange={() => setOutcome(o)} />
              <span>{te('AttemptOutcome', o)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField name="attemptedAt" type="datetime-local" label={t('attempt.when')} value={when} onChange={setWhen} />
      <TextField name="note" label={t('attempt.note')} value={note} onChange={setNote} />
      {status === 'sent' && <p className="success" role="status" data-testid="attempt-status" data-status={status}>{t('attempt.sent')}</p>}
      {status === 'waiting' && <p className="notice" role="status" data-testid="attempt-status" data-status={status}>{t('attempt.queued')}</p>}
      {status === 'refused' && <p className="form-error" role="status" data-testid="attempt-status" data-status={status}>{t('attempt.refused')}</p>}
    </CommandForm>
  );
}
