import { createContext, useContext, useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { UserError } from '../api';
import { failureMessage, userErrorMessage } from '../auth/messages';
import { useI18n } from '../i18n';
import type { Command } from './data';

// The errors of the form being rendered, so each field finds its own without threading them through props.
const ErrorsContext = createContext<UserError[]>([]);

/** Server field names may be paths ("terms.endDate"); a form field matches by its last segment. */
function names(error: UserError, field: string): boolean {
  const name = error.field?.split('.').pop()?.toLowerCase();
  return name === field.toLowerCase();
}

/**
 * A form that runs a command: refused rules appear next to the fields they name (others above the button), the
 * first invalid field takes focus, and the button shows progress while the server works.
 */
export function CommandForm({ command, fields, onSubmit, submitLabel, busyLabel, children, extraActions, className }: {
  command: Command;
  /** The field names this form renders, so errors about other inputs are shown at form level. */
  fields: string[];
  onSubmit: () => void;
  submitLabel: string;
  busyLabel?: string;
  children: ReactNode;
  extraActions?: ReactNode;
  className?: string;
}) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const { errors, failure, busy } = command;
  const formLevel = errors.filter((e) => !fields.some((f) => names(e, f)));

  useEffect(() => {
    if (!errors.length && failure == null) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current?.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }, [errors, failure]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <ErrorsContext.Provider value={errors}>
      <form ref={form} onSubmit={submit} noValidate className={className}>
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
        <p className="visually-hidden" role="status">{busy ? (busyLabel ?? t('saving')) : ''}</p>
      </form>
    </ErrorsContext.Provider>
  );
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
  const error = useContext(ErrorsContext).find((e) => names(e, name));
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
  const error = useContext(ErrorsContext).find((e) => names(e, name));
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
  const error = useContext(ErrorsContext).find((e) => names(e, name));
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
