import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { UserError } from '../api';
import { login, type User } from '../session/session';
import { useI18n, type Key } from '../i18n';
import { useDocumentTitle } from '../ui/Page';
import { failureMessage, userErrorMessage } from './messages';

type Field = 'email' | 'password' | 'code';
type Problem = { field: Field | null; text: string };
const fields: readonly Field[] = ['email', 'password', 'code'];
const isField = (name: string | null): name is Field => fields.includes(name as Field);

/**
 * E-mail and password; for an account with a second factor the server then asks for a code (SECOND_FACTOR_REQUIRED)
 * and the same form shows a field for it and sends everything again.
 * `startupError`: why the app could not ask the server who is signed in, shown until the next attempt.
 * `notice`: why the person is here (e.g. their password was just reset).
 */
export function SignIn({ onSignedIn, startupError, notice }: { onSignedIn: (user: User) => void; startupError: unknown; notice?: Key }) {
  const { t } = useI18n();
  useDocumentTitle(t('signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  // Raw errors are kept (not their text) so a language switch re-translates them.
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [required, setRequired] = useState<Field[]>([]);
  const [failure, setFailure] = useState<unknown>(startupError);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  // Called from the submit handler only: a ref is never read while rendering.
  const focus = (field: Field) => ({ email: emailInput, password: passwordInput, code: codeInput })[field].current?.focus();

  useEffect(() => emailInput.current?.focus(), []);
  // Asked for a code: its field appears, and takes the focus.
  useEffect(() => {
    if (askCode) codeInput.current?.focus();
  }, [askCode]);

  const problems: Problem[] = [
    ...required.map((field) => ({ field, text: t(`signIn.required.${field}`) })),
    // The question for a code is answered by the code field itself, not shown as a fault.
    ...userErrors.filter((e) => e.code !== 'SECOND_FACTOR_REQUIRED').map((e): Problem => ({
      field: isField(e.field) ? e.field : null,
      text: userErrorMessage(e, t),
    })),
  ];
  const fieldProblem = (field: Field) => problems.find((p) => p.field === field)?.text;
  const formProblems = problems.filter((p) => p.field === null).map((p) => p.text);
  if (failure !== null) formProblems.push(failureMessage(failure, t));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const values: Record<Field, string> = { email: email.trim(), password, code: code.trim() };
    const missing = (askCode ? fields : fields.filter((f) => f !== 'code')).filter((f) => !values[f]);
    setRequired(missing);
    setUserErrors([]);
    setFailure(null);
    if (missing.length) return focus(missing[0]);

    setBusy(true);
    try {
      const result = await login({ email: values.email, password, code: askCode ? values.code : null });
      if (result.user) return onSignedIn(result.user);
      setUserErrors(result.errors);
      if (result.errors.some((e) => e.code === 'SECOND_FACTOR_REQUIRED')) {
        setAskCode(true); // the effect above focuses the code field once it is there
        if (askCode) focus('code');
        return;
      }
      // A wrong password (or e-mail) makes the code asked for moot: start again from the password.
      if (result.errors.some((e) => e.code === 'INVALID_CREDENTIALS')) {
        setAskCode(false);
        setCode('');
      }
      const field = result.errors.map((e) => e.field).find(isField);
      if (field) focus(field);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field) => {
    const problem = fieldProblem(field);
    return {
      id: field,
      name: field,
      required: true,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': [field === 'code' ? 'code-hint' : '', problem ? `${field}-error` : ''].join(' ').trim() || undefined,
    } as const;
  };
  const error = (field: Field) => {
    const problem = fieldProblem(field);
    return problem && <p id={`${field}-error`} className="field-error" role="alert"><span aria-hidden="true">⚠ </span>{problem}</p>;
  };

  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {notice && <p className="success" role="status">{t(notice)}</p>}
      <p className="muted">{t('signIn.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="email">{t('signIn.email')}</label>
          <input ref={emailInput} {...input('email')} type="email" inputMode="email" autoComplete="username" autoCapitalize="none" spellCheck={false}
            value={email} onChange={(e) => setEmail(e.target.value)} />
          {error('email')}
        </div>

        <div className="field">
          <label htmlFor="password">{t('signIn.password')}</label>
          <input ref={passwordInput} {...input('password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {error('password')}
        </div>

        {askCode && (
          <div className="field">
            <label htmlFor="code">{t('signIn.code')}</label>
            <p id="code-hint" className="hint">{t('signIn.codeHint')}</p>
            <input ref={codeInput} {...input('code')} type="text" inputMode="text" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false}
              maxLength={20} value={code} onChange={(e) => setCode(e.target.value)} />
            {error('code')}
          </div>
        )}

        {formProblems.map((text, i) => (
          <p key={`${i}:${text}`} className="form-error" role="alert">{text}</p>
        ))}

        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {t('signIn.submit')}
        </button>
        <p className="visually-hidden" role="status">{busy ? t('signIn.busy') : ''}</p>
      </form>
      <p><Link href="/forgot-password">{t('signIn.forgot')}</Link></p>
    </section>
  );
}
