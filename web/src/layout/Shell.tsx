import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { execute } from '../api';
import type { Language as SchemaLanguage } from '../graphql';
import { useI18n, type Language } from '../i18n';
import { SetMyLanguage, useSession } from '../session/session';
import { useSignOut } from '../session/SignOut';
import { areasFor } from './areas';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The signed-in frame: brand, the areas the user's roles open, language, account and sign-out. On a phone the header is
 * one line — brand and a menu button — and the rest opens below it (a disclosure, closed again by Escape or by going
 * somewhere); from 48rem up everything is shown and the button is not.
 */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { leaving, leave } = useSignOut();
  const [location] = useLocation();
  const [languageSaveFailed, setLanguageSaveFailed] = useState(false);
  // The menu is open at the address where it was opened: going somewhere closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location;
  const menuButton = useRef<HTMLButtonElement>(null);

  // The choice applies at once; saving it on the account makes it follow the user to other devices and to the
  // messages sent to them. A failed save is said, not hidden.
  const remember = (language: Language) => {
    setLanguageSaveFailed(false);
    execute(SetMyLanguage, { language: language.toUpperCase() as SchemaLanguage }).then(
      (r) => setLanguageSaveFailed(r.setMyLanguage.errors.length > 0),
      () => setLanguageSaveFailed(true),
    );
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpenAt(null);
    menuButton.current?.focus();
  };

  const navigation = areasFor(user.roles);
  return (
    <>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <div className="top" data-menu={menuOpen ? 'open' : 'closed'} onKeyDown={closeOnEscape}>
        <header className="bar">
          <Link href="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('appName')}</span>
          </Link>
          <button ref={menuButton} type="button" className="lang menu-button" aria-expanded={menuOpen}
            aria-controls={navigation.length > 0 ? 'app-menu app-areas' : 'app-menu'}
            onClick={() => setMenuOpenAt(menuOpen ? null : location)}>
            <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span> {t('nav.menu')}
          </button>
          <div className="bar-end" id="app-menu">
            {/* A session without roles (waiting for a second factor, paused mentor) may not save it; the choice still applies here. */}
            <LanguageSwitch onChosen={user.roles.length > 0 ? remember : undefined} />
            <Link href="/settings" className="account" aria-current={location === '/settings' ? 'page' : undefined}>
              <span className="visually-hidden">{t('nav.settings')}: </span>
              {user.displayName}
            </Link>
            <button type="button" className="lang signout" onClick={() => void leave()} aria-disabled={leaving || undefined}>
              {t('signOut')}
            </button>
          </div>
        </header>
        {navigation.length > 0 && (
          <nav className="areas" id="app-areas" aria-label={t('nav.label')}>
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
      </div>
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
