import { useId } from 'react';
import { useI18n } from '../i18n';

export interface ChartFigure { key: string; label: string; value: string; previous: string }

/** The counts the e-mailed chart shows (Mentoring.Jobs OutcomeReport.ChartPng), in the same order. */
export const chartedKeys = ['referralsReceived', 'matchedBeforeRelease', 'activeMatches', 'contacts', 'releasedInPeriod'];

const colours = { previous: '#767676', current: '#2f6690' };
const rowHeight = 22, labelHeight = 20, gap = 14;

/** A count as the server shows it: a number, or null for "<5" (1–4, suppressed) and for empty. */
function amount(shown: string): number | null {
  return /^\d+$/.test(shown) ? Number(shown) : null;
}

/**
 * The summary's counts as horizontal bars, the previous period beside this one. An SVG (no canvas): its name and a
 * text alternative come from <title>/<desc>; the table below stays the full, exact fallback. Suppressed counts ("<5")
 * get no bar, only their "<5" label, so the chart never tells more than the table.
 */
export function OutcomeChart({ figures, period, previousPeriod }: { figures: ChartFigure[]; period: string; previousPeriod: string }) {
  const { t } = useI18n();
  const id = useId();
  const shown = chartedKeys.map((k) => figures.find((f) => f.key === k)).filter((f): f is ChartFigure => f != null);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.flatMap((f) => [amount(f.value) ?? 0, amount(f.previous) ?? 0]));
  const group = labelHeight + 2 * rowHeight + gap;
  const height = shown.length * group;
  const name = t('outcomes.chart', { period, previous: previousPeriod });
  const description = shown.map((f) => t('outcomes.chartItem', { label: f.label, value: f.value || '0', previous: f.previous || '0' })).join(' ');
  const bar = (text: string, y: number, fill: string) => {
    const n = amount(text);
    const width = n == null ? 0 : (n / max) * 80; // percent of the width, leaving room for the number
    return (
      <g>
        <rect x="0" y={y} width={`${width}%`} height={rowHeight - 6} fill={fill} />
        <text x={`${width}%`} dx={width > 0 ? 6 : 0} y={y + rowHeight - 10} fontSize="13" fill="currentColor">
          {text || '0'}
        </text>
      </g>
    );
  };
  return (
    <figure className="outcome-chart" style={{ margin: '1rem 0' }}>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={height} style={{ display: 'block', overflow: 'hidden' }}>
        <title id={`${id}-title`}>{name}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {shown.map((f, i) => {
          const top = i * group;
          return (
            <g key={f.key} aria-hidden="true">
              <text x="0" y={top + 14} fontSize="14" fontWeight="600" fill="currentColor">{f.label}</text>
              {bar(f.previous, top + labelHeight, colours.previous)}
              {bar(f.value, top + labelHeight + rowHeight, colours.current)}
            </g>
          );
        })}
      </svg>
      <figcaption className="small">
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem', marginInlineEnd: '1rem' }}>
          <span aria-hidden="true" style={{ width: '0.9rem', height: '0.9rem', background: colours.previous, display: 'inline-block' }} />{previousPeriod}
        </span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.3rem' }}>
          <span aria-hidden="true" style={{ width: '0.9rem', height: '0.9rem', background: colours.current, display: 'inline-block' }} />{period}
        </span>
      </figcaption>
    </figure>
  );
}
