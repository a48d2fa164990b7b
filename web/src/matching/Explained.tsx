import { useFormat } from '../i18n/format';
import { isKey, useI18n } from '../i18n';

/** A score's factors: each named in the reader's language with its value; the server's sentence says why (in English). */
export function Factors({ factors }: { factors: { name: string; weight: number; value: number; contribution: number; explanation: string }[] }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <ul className="factors">
      {factors.map((f) => {
        const key = `factor.${f.name}`;
        return (
          <li key={f.name}>
            <span className="factor-name">{isKey(key) ? t(key) : f.name}</span>
            <meter min={0} max={1} value={f.value} aria-label={isKey(key) ? t(key) : f.name} />
            <span className="small">{format.percent(f.value)} × {format.number(f.weight, { maximumFractionDigits: 2 })}</span>
            <span className="small muted" lang="en">{f.explanation}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function FailedConstraints({ failed }: { failed: { name: string; explanation: string }[] }) {
  const { t } = useI18n();
  return (
    <ul className="failed">
      {failed.map((c) => {
        const key = `constraint.${c.name}`;
        return (
          <li key={c.name}>
            <strong>{isKey(key) ? t(key) : c.name}</strong> <span className="small muted" lang="en">— {c.explanation}</span>
          </li>
        );
      })}
    </ul>
  );
}
