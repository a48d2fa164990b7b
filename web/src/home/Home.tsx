import { useEffect, useRef, useState } from 'react';
import { knownRole, type User } from '../api';
import { failureMessage } from '../auth/messages';
import { useI18n } from '../i18n';

export function Home({ user, onSignOut }: { user: User; onSignOut: () => Promise<void> }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // Arriving here (after signing in) moves focus to the page's heading, so a screen reader announces it.
  useEffect(() => heading.current?.focus(), []);

  const signOut = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSignOut();
    } catch (e) {
      setFailure(e);
      setBusy(false);
    }
  };

  const roleName = (role: string) => {
    const known = knownRole(role);
    return known ? t(`role.${known}`) : role;
  };

  return (
    <section className="card" aria-labelledby="home-title">
      <h1 id="home-title" ref={heading} tabIndex={-1}>
        {t('home.welcome', { name: user.displayName })}
      </h1>
      <dl className="facts">
        <dt>{t('home.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('home.organisation')}</dt>
        <dd data-testid="user-organisation">{user.organisation?.name ?? t('home.noOrganisation')}</dd>
        <dt>{t('home.roles')}</dt>
        <dd>
          {user.roles.length ? (
            <ul className="chips" data-testid="user-roles">
              {user.roles.map((role) => (
                <li key={role}>{roleName(role)}</li>
              ))}
            </ul>
          ) : (
            <span data-testid="user-roles">{t('home.noRoles')}</span>
          )}
        </dd>
      </dl>
      <p className="muted">{t('home.intro')}</p>
      {failure !== null && <p className="form-error" role="alert">{failureMessage(failure, t)}</p>}
      <div className="actions">
        <button type="button" className="secondary" aria-disabled={busy || undefined} onClick={signOut}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {t('signOut')}
        </button>
        <p className="visually-hidden" role="status">{busy ? t('signOut.busy') : ''}</p>
      </div>
    </section>
  );
}
