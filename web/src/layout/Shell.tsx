import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { execute } from '../api';
import type { Language as SchemaLanguage } from '../graphql';
import { useI18n, type Language } from '../i18n';
import { SetMyLanguage, useSession } from '../session/session';
import { useSignOut } from '../session/SignOut';
import { areasFor } from './areas';
import { LanguageSwitch } from './LanguageSwitch';

/** The signed-in frame: brand, the areas the user's roles open, language, account and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { leaving, leave } = useSignOut();
  const [location] = useLocation();
  const [languageSaveFailed, setLanguageSaveFailed] = useState(false);

  // The choice applies at once; saving it on the account makes it follow the user to other devices and to the
  // messages sent to them. A failed save is said, not hidden.
  const remember = (language: Language) => {
    setLanguageSaveFailed(false);
    execute(SetMyLanguage, { language: language.toUpperCase() as SchemaLanguage }).then(
      (r) => setLanguageSaveFailed(r.setMyLanguage.errors.length > 0),
      () => setLanguageSaveFailed(true),
    );
  };


  const navigation = areasFor(user.roles);
  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="bar">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </Link>
        <div className="bar-end">
          {/* A session without roles (waiting for a second factor, paused mentor) may not save it; the choice still applies here. */}
          <LanguageSwitch onChosen={user.roles.length > 0 ? remember : undefined} />
          <Link href="/settings" className="account" aria-current={location === '/settings' ? 'page' : undefined}>
            <span className="visually-hidden">{t('nav.settings')}: </span>
            {user.displayName}
          </Link>
          <button type="button" className="lang signout" onClick={leave} aria-disabled={leaving || undefined}>
            {t('signOut')}
          </button>
        </div>
      </header>
      {navigation.length > 0 && (
        <nav className="areas" aria-label={t('nav.label')}>
          <ul>
            {navigation.map((area) => {
              const current = location === area.path || location.startsWith(`${area.path}/`);
              return (
                <li key={area.path}>
                  <Link href={area.path} aria-current={current ? 'page' : undefined}>{t(area.label)}</Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {languageSaveFailed && <p className="banner" role="alert">{t('language.notSaved')}</p>}
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="footer">
        <p>{t('tagline')}</p>
      </footer>
    </>
  );
}

/** The frame for people who are not signed in: brand and language only. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
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
      <main id="main" tabIndex={-1}>{children}</main>
      <footer className="footer">
        <p>{t('tagline')}</p>
      </footer>
    </>
  );
}
