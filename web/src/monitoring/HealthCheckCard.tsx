import { useState } from 'react';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { CommandForm, newKey } from '../ui/form';
import { RatingScale } from './RatingScale';

// The mentor selects only their own answer back: the staff's monitoring types are refused to mentors.
const Answer = graphql(`
  mutation AnswerMatchHealthCheck($input: AnswerMatchHealthCheckInput!) {
    answerMatchHealthCheck(input: $input) { healthCheck { matchId milestone } errors { ...UserErrorFields } }
  }
`);

/** The mentor's two-question check at 1, 3, 6 and 12 months, on their phone when one is open. */
export function HealthCheckCard({ matchId, milestone }: { matchId: string; milestone: number }) {
  const { t } = useI18n();
  // One key per answer: a retry after a lost connection is recorded once.
  const [key] = useState(newKey);
  const [goingWell, setGoingWell] = useState(0);
  const [supported, setSupported] = useState(0);
  const [done, setDone] = useState(false);
  const command = useCommand(Answer, (r) => r.answerMatchHealthCheck, { refreshes: ['MyMatches'] });
  if (done) return <p className="success" role="status" data-testid="health-check-done">{t('health.thanks')}</p>;
  const submit = async () => {
    const missing = [...(goingWell ? [] : ['goingWell']), ...(supported ? [] : ['supported'])];
    if (missing.length) return command.setErrors(missing.map((field) => ({ code: 'REQUIRED', field, message: '' })));
    if (await command.run({ input: { matchId, goingWell, supported, idempotencyKey: key } })) setDone(true);
  };
  return (
    <section className="person-section health-check" data-testid="health-check" aria-label={t('health.title', { months: String(milestone) })}>
      <h3>{t('health.title', { months: String(milestone) })}</h3>
      <CommandForm command={command} onSubmit={submit} submitLabel={t('health.submit')}>
        <RatingScale name="goingWell" legend={t('health.goingWell')} value={goingWell} onChange={setGoingWell} />
        <RatingScale name="supported" legend={t('health.supported')} value={supported} onChange={setSupported} />
      </CommandForm>
    </section>
  );
}
