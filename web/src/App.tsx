import { useEffect, useState } from 'react';
import { currentUser, logout, type User } from './api';
import { SignIn } from './auth/SignIn';
import { Home } from './home/Home';
import { useI18n } from './i18n';
import { LanguageSwitch } from './layout/LanguageSwitch';

type Session = { state: 'loading' } | { state: 'anonymous'; startupError: unknown } | { state: 'signedIn'; user: User };

export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<Session>({ state: 'loading' });

  useEffect(() => {
    let current = true; // StrictMode runs effects twice in development; only the last answer counts
    currentUser().then(
      (user) => current && setSession(user ? { state: 'signedIn', user } : { state: 'anonymous', startupError: null }),
      (error: unknown) => current && setSession({ state: 'anonymous', startupError: error }),
    );
    return () => {
      current = false;
    };
  }, []);

  const signOut = async () => {
    await logout();
    setSession({ state: 'anonymous', startupError: null });
  };

  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="bar">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {session.state === 'loading' && (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('loading')}
          </p>
        )}
        {session.state === 'anonymous' && (
          <SignIn startupError={session.startupError} onSignedIn={(user) => setSession({ state: 'signedIn', user })} />
        )}
        {session.state === 'signedIn' && <Home user={session.user} onSignOut={signOut} />}
      </main>
      <footer className="footer">
        <p>{t('tagline')}</p>
      </footer>
    </>
  );
}
