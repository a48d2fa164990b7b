import { useCallback, useEffect, useState } from 'react';
import { ApiError, fetchMe, logout, refreshAntiforgery, type Me } from './api';
import { initialLanguage, languages, rememberLanguage, translate, type Key, type Language } from './i18n';
import { SignIn } from './SignIn';

export type T = (key: Key, values?: Record<string, string>) => string;

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const t: T = useCallback((key, values) => translate(language, key, values), [language]);

  useEffect(() => rememberLanguage(language), [language]);
  useEffect(() => {
    refreshAntiforgery().then(fetchMe).then(setMe).catch((e: unknown) => {
      setMe(null);
      setFailure(e instanceof ApiError ? e.message : t('error.network'));
    });
    // Runs once at start-up; the language does not change who is signed in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signOut = async () => {
    await logout();
    setMe(null);
  };

  return (
    <>
      <header className="bar">
        <span className="brand">{t('appName')}</span>
        <nav aria-label={t('language')} className="languages">
          {languages.map((l) => (
            <button key={l} type="button" className="lang" aria-pressed={l === language} onClick={() => setLanguage(l)}>
              {l.toUpperCase()}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {me === undefined && <p aria-busy="true">{t('loading')}</p>}
        {me === null && <SignIn t={t} onSignedIn={setMe} startupFailure={failure} />}
        {me && <Home me={me} t={t} onSignOut={signOut} />}
      </main>
    </>
  );
}

function Home({ me, t, onSignOut }: { me: Me; t: T; onSignOut: () => void }) {
  return (
    <section className="card">
      <h1>{t('welcome', { name: me.displayName })}</h1>
      <dl className="facts">
        <dt>{t('organisation')}</dt>
        <dd>{me.organisation?.name ?? '—'}</dd>
        <dt>{t('roles')}</dt>
        <dd data-testid="user-roles">{me.roles.map((r) => t(`role.${r}` as Key)).join(', ')}</dd>
      </dl>
      <p className="muted">{t('homeIntro')}</p>
      <button type="button" className="secondary" onClick={onSignOut}>{t('signOut')}</button>
    </section>
  );
}
