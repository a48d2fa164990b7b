import { useState, type FormEvent } from 'react';
import { ApiError, login, type Me, type UserError } from './api';
import { hasKey } from './i18n';
import type { T } from './App';

export function SignIn({ t, onSignedIn, startupFailure }: { t: T; onSignedIn: (me: Me) => void; startupFailure: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failure, setFailure] = useState<string | null>(startupFailure);

  const message = (e: UserError) => {
    const key = `error.${e.code}`;
    return hasKey(key) ? t(key, { message: e.message }) : e.message;
  };
  const fieldError = (field: string) => errors.find((e) => e.field === field);
  const formErrors = errors.filter((e) => !e.field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const result = await login(email, password);
      if (result.user) onSignedIn(result.user);
      else setErrors(result.errors);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  const emailError = fieldError('email');
  const passwordError = fieldError('password');
  return (
    <section className="card narrow">
      <h1>{t('signInTitle')}</h1>
      <p className="muted">{t('tagline')}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor="email">{t('email')}</label>
        <input id="email" type="email" autoComplete="username" value={email} required
          aria-invalid={!!emailError} aria-describedby={emailError ? 'email-error' : undefined}
          onChange={(e) => setEmail(e.target.value)} />
        {emailError && <p id="email-error" className="field-error" role="alert">{message(emailError)}</p>}

        <label htmlFor="password">{t('password')}</label>
        <input id="password" type="password" autoComplete="current-password" value={password} required
          aria-invalid={!!passwordError} aria-describedby={passwordError ? 'password-error' : undefined}
          onChange={(e) => setPassword(e.target.value)} />
        {passwordError && <p id="password-error" className="field-error" role="alert">{message(passwordError)}</p>}

        {formErrors.map((e) => <p key={e.code} className="form-error" role="alert">{message(e)}</p>)}
        {failure && <p className="form-error" role="alert">{failure}</p>}

        <button type="submit" disabled={busy} aria-busy={busy}>{busy ? t('signingIn') : t('signIn')}</button>
      </form>
    </section>
  );
}
