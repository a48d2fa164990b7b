import type { MessageParam } from '../api';
import { useFormat } from '../i18n/format';
import { isKey, useI18n } from '../i18n';
import { renderMessage } from '../i18n/messages';

interface Factor { name: string; weight: number; value: number; contribution: number; reason?: string | null; params: MessageParam[] }

/** A score's factors: each named in the reader's language with its value and why (the server sends the reason as a code). */
export function Factors({ factors }: { factors: Factor[] }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <ul className="factors">
      {factors.map((f) => {
        const key = `factor.${f.name}`;
        const why = f.reason ? renderMessage(t, `reason.${f.reason}`, f.params) : null;
        return (
          <li key={f.name}>
            <span className="factor-name">{isKey(key) ? t(key) : f.name}</span>
            <meter min={0} max={1} value={f.value} aria-label={isKey(key) ? t(key) : f.name} />
            <span className="small">{format.percent(f.value)} × {format.number(f.weight, { maximumFractionDigits: 2 })}</span>
            {why && <span className="small muted">{why}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** Why a mentor cannot be proposed: each constraint named, and what about it failed (counts, status, place). */
export function FailedConstraints({ failed }: { failed: { name: string; params: MessageParam[] }[] }) {
  const { t } = useI18n();
  return (
    <ul className="failed">
      {failed.map((c) => {
        const key = `constraint.${c.name}`;
        const why = renderMessage(t, `${key}.why`, c.params);
        return (
          <li key={c.name}>
            <strong>{isKey(key) ? t(key) : c.name}</strong>{why && <span className="small muted"> — {why}</span>}
          </li>
        );
      })}
    </ul>
  );
}
