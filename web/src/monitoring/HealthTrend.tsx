import { useI18n } from '../i18n';

export interface HealthPoint { source: 'MENTOR' | 'CLIENT'; milestone: number; goingWell: number; supported: number; rating: number }
export interface CheckInPoint { with: 'MENTOR' | 'CLIENT'; healthRating: number; on: string }

const milestones = [1, 3, 6, 12];

/**
 * The match's health over time: one row per side, a cell per milestone (1, 3, 6, 12 months) with its two answers, and
 * the direction against the side's previous check. Numbers, not colours only, so that it reads without colour too.
 */
export function HealthTrend({ health, testId }: { health: readonly HealthPoint[]; testId?: string }) {
  const { t, te } = useI18n();
  if (health.length === 0) return <p className="small muted" data-testid={testId}>{t('monitoring.noHealth')}</p>;
  return (
    <table className="compact" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('monitoring.source')}</th>
          {milestones.map((m) => <th key={m} scope="col">{t('monitoring.milestone', { months: String(m) })}</th>)}
        </tr>
      </thead>
      <tbody>
        {(['MENTOR', 'CLIENT'] as const).map((source) => {
          const points = health.filter((h) => h.source === source);
          return (
            <tr key={source}>
              <th scope="row">{te('CheckInParty', source)}</th>
              {milestones.map((m) => {
                const point = points.find((p) => p.milestone === m);
                const before = points.filter((p) => p.milestone < m).at(-1);
                const arrow = !point || !before ? '' : point.rating < before.rating ? ' ↓' : point.rating > before.rating ? ' ↑' : ' →';
                return (
                  <td key={m} className={point && point.rating <= 2 ? 'health-low' : undefined}
                    title={point ? t('monitoring.answers', { goingWell: String(point.goingWell), supported: String(point.supported) }) : undefined}>
                    {point ? `${point.goingWell} / ${point.supported}${arrow}` : '—'}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A one-line trend for a table cell: each side's ratings (the lower answer) in milestone order. */
export function HealthLine({ health }: { health: readonly HealthPoint[] }) {
  const { t, te } = useI18n();
  if (health.length === 0) return <>—</>;
  return (
    <>
      {(['MENTOR', 'CLIENT'] as const).map((source) => {
        const points = health.filter((h) => h.source === source).map((h) => h.rating);
        return points.length === 0 ? null : (
          <span key={source} className="nowrap" aria-label={t('monitoring.trendOf', { who: te('CheckInParty', source) })}>
            {te('CheckInParty', source)}: {points.join(' → ')}{' '}
          </span>
        );
      })}
    </>
  );
}
