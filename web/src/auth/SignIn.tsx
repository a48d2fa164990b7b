import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UserError } from '../api';
import { login, type User } from '../session/session';
import { useI18n } from '../i18n';
import { failureMessage, userErrorMessage } from './messages';

type Field = 'email' | 'password';
type Problem = { field: Field | null; text: string };

/** `startupError`: why the app could not ask the server who is signed in, shown until the next attempt. */
export function SignIn({ onSignedIn, startupError }: { onSignedIn: (user: User) => void; startupError: unknown }) {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // Raw errors are kept (not their text) so a language switch re-translates them.
  const [userErrors, setUserErrors] = useState<UserError[]>([]);
  const [required, setRequired] = useState<Field[]>([]);
  const [failure, setFailure] = useState<unknown>(startupError);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => emailInput.current?.focus(), []);

  const problems: Problem[] = [
    ...required.map((field) => ({ field, text: t(`signIn.required.${field}`) })),
    ...userErrors.map((e): Problem => ({
      field: e.field === 'email' || e.field === 'password' ? e.field : null,
      text: userErrorMessage(e, t, language),
    })),
  ];
  const fieldProblem = (field: Field) => problems.find((p) => p.field === field)?.text;
  const formProblems = problems.filter((p) => p.field === null).map((p) => p.text);
  if (failure !== null) formProblems.push(failureMessage(failure, t));

  const focusField = (field: Field | undefined) =>
    (field === 'email' ? emailInput : field === 'password' ? passwordInput : null)?.current?.focus();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = (['email', 'password'] as const).filter((f) => !(f === 'email' ? email.trim() : password));
    setRequired(missing);
    setUserErrors([]);
    setFailure(null);
    if (missing.length) return focusField(missing[0]);

    setBusy(true);
    try {
      const result = await login({ email: email.trim(), password });
      if (result.user) return onSignedIn(result.user);
      setUserErrors(result.errors);
      const field = result.errors.find((e) => e.field === 'email' || e.field === 'password')?.field;
      focusField(field === 'email' || field === 'password' ? field : undefined);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const emailProblem = fieldProblem('email');
  const passwordProblem = fieldProblem('password');
  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">{t('signIn.email')}</label>
          <input
            ref={emailInput}
            id="email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            aria-invalid={emailProblem ? true : undefined}
            aria-describedby={emailProblem ? 'email-error' : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          {emailProblem && <p id="email-error" className="field-error" role="alert"><span aria-hidden="true">⚠ </span>{emailProblem}</p>}
        </div>

        <div className="field">
          <label htmlFor="password">{t('signIn.password')}</label>
          <input
            ref={passwordInput}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={passwordProblem ? true : undefined}
            aria-describedby={passwordProblem ? 'password-error' : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
          {passwordProblem && <p id="password-error" className="field-error" role="alert"><span aria-hidden="true">⚠ </span>{passwordProblem}</p>}
        </div>

        {formProblems.map((text, i) => (
          <p key={`${i}:${text}`} className="form-error" role="alert">{text}</p>
        ))}

        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {t('signIn.submit')}
        </button>
        <p className="visually-hidden" role="status">{busy ? t('signIn.busy') : ''}</p>
      </form>
    </section>
  );
}
