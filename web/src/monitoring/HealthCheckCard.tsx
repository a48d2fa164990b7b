import { useState } from 'react';
import { enqueue, flush, useOutbox } from '../contacts/outbox';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { CommandForm, newKey } from '../ui/form';
import { RatingScale } from './RatingScale';

/**
 * The mentor's two-question check at 1, 3, 6 and 12 months, on their phone when one is open. The answer goes to the
 * phone's outbox first, like a meeting, with one idempotency key: answered offline it waits there and is sent when the
 * connection returns, once. While it waits (also after a reload) the card says so instead of asking again.
 */
export function HealthCheckCard({ matchId, milestone }: { matchId: string; milestone: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [goingWell, setGoingWell] = useState(0);
  const [supported, setSupported] = useState(0);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ code: string; message: string; field: string | null }[]>([]);
  const queued = useOutbox(user.id).find((q) => q.kind === 'health' && q.input.matchId === matchId && q.milestone === milestone);
  const title = t('health.title', { months: String(milestone) });

  if (queued && queued.status !== 'refused') {
    // Refused answers are explained (and dismissed) in the outbox list; the card then asks again.
    return (
      <section className="person-section health-check" data-testid="health-check" aria-label={title}>
        <h3>{title}</h3>
        <p className={queued.status === 'sent' ? 'success' : 'notice'} role="status" data-testid="health-check-status" data-status={queued.status}>
          {t(queued.status === 'sent' ? 'health.thanks' : 'health.queued')}
        </p>
      </section>
    );
  }
  const submit = async () => {
    const missing = [...(goingWell ? [] : ['goingWell']), ...(supported ? [] : ['supported'])];
    setErrors(missing.map((field) => ({ code: 'REQUIRED', field, message: '' })));
    if (missing.length) return;
    setBusy(true);
    try {
      await enqueue({ kind: 'health', milestone, input: { matchId, goingWell, supported, idempotencyKey: newKey() }, userId: user.id, queuedAt: new Date().toISOString() });
      await flush(user.id);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="person-section health-check" data-testid="health-check" aria-label={title}>
      <h3>{title}</h3>
      <CommandForm command={{ busy, errors, failure: null }} onSubmit={submit} submitLabel={t('health.submit')}>
        <RatingScale name="goingWell" legend={t('health.goingWell')} value={goingWell} onChange={setGoingWell} />
        <RatingScale name="supported" legend={t('health.supported')} value={supported} onChange={setSupported} />
      </CommandForm>
    </section>
  );
}
