import type { Key } from '../i18n';
import { useI18n } from '../i18n';
import { TextField, useServerValues } from './form';

/**
 * A settings form of whole numbers, one field per name: the values as the server holds them (again after each save),
 * edited as text, and read back as numbers for the command. `labelKey` names each field's label in the catalogue.
 */
export function useNumberSettings<N extends string>(names: readonly N[], server: Record<N, number>, labelKey: (name: N) => Key) {
  const { t } = useI18n();
  const [form, setForm] = useServerValues(Object.fromEntries(names.map((n) => [n, String(server[n])])) as Record<N, string>);
  const numbers = () => Object.fromEntries(names.map((n) => [n, Number.parseInt(form[n], 10) || 0])) as Record<N, number>;
  const fields = names.map((n) => (
    <TextField key={n} name={n} type="number" inputMode="numeric" min={0} label={t(labelKey(n))} value={form[n]} onChange={(v) => setForm({ ...form, [n]: v })} />
  ));
  return { numbers, fields };
}
