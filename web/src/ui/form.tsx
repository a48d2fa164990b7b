import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { UserError } from '../api';
import { failureMessage, userErrorMessage } from '../auth/messages';
import { useI18n } from '../i18n';
import type { Command } from './data';

/**
 * The form being rendered: its errors, so each field finds its own without threading them through props, and `claim`,
 * by which each field on screen says which name it shows errors for (everything no field claims is said above the button).
 */
interface FormContextValue {
  errors: UserError[];
  claim: (name: string) => () => void;
}
const FormContext = createContext<FormContextValue>({ errors: [], claim: () => () => {} });

/** Server field names may be paths ("terms.endDate"); a form field matches by its last segment. */
function names(error: UserError, field: string): boolean {
  const name = error.field?.split('.').pop()?.toLowerCase();
  return name === field.toLowerCase();
}

/** The error about this field, if any; while the field is on screen, the form leaves that error to it. */
function useFieldError(name: string): UserError | undefined {
  const { errors, claim } = useContext(FormContext);
  useLayoutEffect(() => claim(name), [claim, name]);
  return errors.find((e) => names(e, name));
}

/**
 * A form that runs a command: a refused rule appears next to the field it names when that field is on the form (with
 * aria-describedby), any other above the button; the first invalid field takes focus, and the button shows progress
 * while the server works. With `confirmation`, a save the server accepted is said (role=status) until the next edit:
 * `onSubmit` then returns the command's promise, whose non-null answer means accepted.
 */
export function CommandForm({ command, onSubmit, submitLabel, busyLabel, confirmation, children, extraActions, className }: {
  command: Command;
  onSubmit: () => unknown;
  submitLabel: string;
  busyLabel?: string;
  confirmation?: string;
  children: ReactNode;
  extraActions?: ReactNode;
  className?: string;
}) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const { errors, failure, busy } = command;
  const [claimed, setClaimed] = useState<ReadonlyMap<string, number>>(new Map());
  const [saved, setSaved] = useState(false);
  const claim = useCallback((name: string) => {
    const count = (by: number) => setClaimed((m) => new Map(m).set(name, (m.get(name) ?? 0) + by));
    count(1);
    return () => count(-1);
  }, []);
  const shown = [...claimed].filter(([, n]) => n > 0).map(([name]) => name);
  const formLevel = errors.filter((e) => !shown.some((f) => names(e, f)));

  useEffect(() => {
    if (!errors.length && failure == null) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }, [errors, failure]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const accepted = await onSubmit();
    if (confirmation && accepted != null && accepted !== false) setSaved(true);
  };

  const confirmed = saved && !busy && confirmation !== undefined;
  return (
    <FormContext.Provider value={{ errors, claim }}>
      <form ref={form} onSubmit={(e) => void submit(e)} onChange={() => setSaved(false)} noValidate className={className}>
        {children}
        {formLevel.map((e, i) => (
          <p key={`${i}:${e.code}`} className="form-error" role="alert" tabIndex={-1} data-code={e.code}>
            {userErrorMessage(e, t)}
          </p>
        ))}
        {failure != null && <p className="form-error" role="alert" tabIndex={-1}>{failureMessage(failure, t)}</p>}
        <div className="form-actions">
          <button type="submit" className="primary" aria-disabled={busy || undefined}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {submitLabel}
          </button>
          {extraActions}
        </div>
        <p className={confirmed ? 'success' : 'visually-hidden'} role="status" data-testid={confirmed ? 'saved' : undefined}>
          {busy ? (busyLabel ?? t('saving')) : confirmed ? confirmation : ''}
        </p>
      </form>
    </FormContext.Provider>
  );
}

/**
 * A form's values, starting from what the server holds and following it: after a save (or another admin's) the form
 * shows the values as the server now has them, without remounting (which would also forget the save's confirmation).
 */
export function useServerValues<T>(server: T): [T, (values: T) => void] {
  const fingerprint = JSON.stringify(server);
  const [values, setValues] = useState(server);
  const [from, setFrom] = useState(fingerprint);
  if (from !== fingerprint) {
    setFrom(fingerprint);
    setValues(server);
  }
  return [values, setValues];
}

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and its error. `children` renders the control with the given props. */
export function Field({ name, label, hint, children }: { name: string; label: string; hint?: string; children: (props: ControlProps) => ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const error = useFieldError(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {children({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p id={`${id}-error`} className="field-error" data-code={error.code}>
          <span aria-hidden="true">⚠ </span>{userErrorMessage(error, t)}
        </p>
      )}
    </div>
  );
}

type InputType = 'text' | 'email' | 'date' | 'number' | 'datetime-local' | 'tel' | 'password';

export function TextField({ name, label, hint, value, onChange, type = 'text', required, autoComplete, min, max, inputMode }: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  type?: InputType;
  required?: boolean;
  autoComplete?: string;
  min?: string | number;
  max?: string | number;
  inputMode?: 'numeric' | 'email' | 'tel' | 'text';
}) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(props) => (
        <input {...props} type={type} value={value} required={required} autoComplete={autoComplete ?? 'off'} min={min} max={max}
          inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function TextArea({ name, label, hint, value, onChange, rows = 3 }: {
  name: string; label: string; hint?: string; value: string; onChange: (value: string) => void; rows?: number;
}) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(props) => <textarea {...props} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ name, label, hint, value, onChange, options, placeholder }: {
  name: string; label: string; hint?: string; value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string;
}) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

/** Several choices as checkboxes in a fieldset (the legend names the group; the error follows it). */
export function CheckboxGroup({ name, legend, hint, options, value, onChange, columns = false }: {
  name: string; legend: string; hint?: string; options: Option[]; value: string[]; onChange: (value: string[]) => void; columns?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const error = useFieldError(name);
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset className="field" aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
      aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      <div className={columns ? 'choices columns' : 'choices'}>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="checkbox" name={name} value={o.value} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && <p id={`${id}-error`} className="field-error" data-code={error.code}><span aria-hidden="true">⚠ </span>{userErrorMessage(error, t)}</p>}
    </fieldset>
  );
}

export function Checkbox({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useI18n();
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="field">
      <label className="choice">
        <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        <span>{label}</span>
      </label>
      {error && <p id={`${id}-error`} className="field-error" data-code={error.code}><span aria-hidden="true">⚠ </span>{userErrorMessage(error, t)}</p>}
    </div>
  );
}

/** A client-generated key, so that a retried command is applied once. */
export function newKey(): string {
  return crypto.randomUUID();
}
