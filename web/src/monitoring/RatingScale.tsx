import { useI18n } from '../i18n';

/** 1 (bad) to 5 (good) as five large radio buttons: fits a 360 px phone, works with a keyboard and a screen reader. */
export function RatingScale({ name, legend, value, onChange }: { name: string; legend: string; value: number; onChange: (v: number) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <p className="hint small">{t('health.scale')}</p>
      <div className="segmented rating">
        {[1, 2, 3, 4, 5].map((r) => (
          <label key={r} className={r === value ? 'segment on' : 'segment'}>
            <input type="radio" name={name} value={r} checked={r === value} onChange={() => onChange(r)} />
            <span>{r}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
