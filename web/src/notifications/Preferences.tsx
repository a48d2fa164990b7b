import { useState } from 'react';
import { graphql, type NotificationChannel, type NotificationKind } from '../graphql';
import { userErrorMessage } from '../auth/messages';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { Failure, QueryView } from '../ui/states';

const Mine = graphql(`query MyNotificationPreferences { myNotificationPreferences { kind channel canSwitchOff } }`);
const Set = graphql(`
  mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
    setMyNotificationPreference(kind: $kind, channel: $channel) { errors { ...UserErrorFields } }
  }
`);

/** E-mail or nothing, per kind of message; safeguarding alerts and account messages always come. */
export function NotificationPreferences() {
  const { t, te } = useI18n();
  const preferences = useGql(Mine, undefined);
  const command = useCommand(Set, (r) => r.setMyNotificationPreference, { refreshes: ['MyNotificationPreferences'] });
  // Each tick saves at once; the box then shows what the server holds, and the save is said until the next tick.
  const [saved, setSaved] = useState(false);
  const change = async (kind: NotificationKind, channel: NotificationChannel) => {
    setSaved(false);
    setSaved((await command.run({ kind, channel })) != null);
  };
  return (
    <QueryView query={preferences}>
      {({ myNotificationPreferences }) => (
        <>
          <p className="muted">{t('preferences.intro')}</p>
          <ul className="rows">
            {myNotificationPreferences.map((p) => (
              <li key={p.kind} className="row">
                <label className="choice">
                  <input type="checkbox" checked={p.channel === 'EMAIL'} disabled={!p.canSwitchOff || command.busy}
                    onChange={(e) => void change(p.kind, e.target.checked ? 'EMAIL' : 'NONE')} />
                  <span>{te('NotificationKind', p.kind)}{!p.canSwitchOff && <span className="small muted"> — {t('preferences.always')}</span>}</span>
                </label>
              </li>
            ))}
          </ul>
          {command.errors.map((e) => <p key={e.code} className="form-error" role="alert">{userErrorMessage(e, t)}</p>)}
          {command.failure != null && <Failure error={command.failure} />}
          <p className={saved ? 'success' : 'visually-hidden'} role="status">{saved ? t('saved') : ''}</p>
        </>
      )}
    </QueryView>
  );
}
