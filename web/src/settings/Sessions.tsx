import { useState } from 'react';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useCommand, useGql } from '../ui/data';
import { Failure, QueryView } from '../ui/states';
import { userErrorMessage } from '../auth/messages';

const MySessions = graphql(`query MySessions { mySessions { id createdAt lastSeenAt expiresAt client current } }`);

const EndSession = graphql(`mutation EndSession($sessionId: ID!) { endSession(sessionId: $sessionId) { ended errors { ...UserErrorFields } } }`);

const SignOutEverywhere = graphql(`mutation SignOutEverywhere { signOutEverywhere { ended errors { ...UserErrorFields } } }`);

/** A browser's own name for itself is long; the browser and system it names are enough to recognise it. */
function browserName(client: string | null, unknown: string): string {
  if (!client) return unknown;
  const browser = /(Edg|OPR|Firefox|Chrome|Chromium|Safari)\/[\d.]+/.exec(client)?.[1]?.replace('Edg', 'Edge').replace('OPR', 'Opera');
  const system = /(Android|iPhone|iPad|Windows|Mac OS X|Linux|CrOS)/.exec(client)?.[1]?.replace('Mac OS X', 'macOS').replace('CrOS', 'ChromeOS');
  return [browser, system].filter(Boolean).join(' · ') || client.slice(0, 60);
}

/** The person's signed-in browsers: end any other one, or all of them (this one too). */
export function Sessions() {
  const { t } = useI18n();
  const format = useFormat();
  const { signedOut } = useSession();
  const sessions = useGql(MySessions, undefined);
  const end = useCommand(EndSession, (r) => r.endSession, { refreshes: ['MySessions'] });
  const everywhere = useCommand(SignOutEverywhere, (r) => r.signOutEverywhere, { refreshes: [] });
  const [ending, setEnding] = useState<string | null>(null);

  const endOne = async (id: string) => {
    if (end.busy) return;
    setEnding(id);
    await end.run({ sessionId: id });
    setEnding(null);
  };
  const endAll = async () => {
    if (everywhere.busy) return;
    if (await everywhere.run({})) await signedOut('sessions.signedOutEverywhere');
  };

  return (
    <>
      <p className="muted">{t('sessions.intro')}</p>
      <QueryView query={sessions}>
        {({ mySessions }) => (
          <ul className="rows" data-testid="sessions">
            {mySessions.map((s) => (
              <li key={s.id} className="row">
                <div>
                  <p className="row-title">
                    {browserName(s.client, t('sessions.unknownBrowser'))} {s.current && <span className="badge ok">{t('sessions.current')}</span>}
                  </p>
                  <p className="muted small">
                    {t('sessions.times', { signedIn: format.dateTime(s.createdAt), seen: format.dateTime(s.lastSeenAt), ends: format.dateTime(s.expiresAt) })}
                  </p>
                </div>
                {!s.current && (
                  <button type="button" className="secondary small" aria-disabled={end.busy || undefined} onClick={() => void endOne(s.id)}>
                    {ending === s.id && <span className="spinner" aria-hidden="true" />}
                    {t('sessions.end')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {end.errors.length > 0 && <p className="form-error" role="alert">{end.errors.map((e) => userErrorMessage(e, t)).join(' ')}</p>}
      {end.failure != null && <Failure error={end.failure} />}
      {everywhere.failure != null && <Failure error={everywhere.failure} />}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={() => void endAll()} aria-disabled={everywhere.busy || undefined}>
          {everywhere.busy && <span className="spinner" aria-hidden="true" />}
          {t('sessions.signOutEverywhere')}
        </button>
      </div>
      <p className="small muted">{t('sessions.tokensNote')}</p>
    </>
  );
}
