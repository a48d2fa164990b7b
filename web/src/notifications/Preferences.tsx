import { graphql, type NotificationChannel, type NotificationKind } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { Failure, QueryView } from '../ui/states';

const Mine = graphql(`query MyNotificationPreferences { myNotificationPreferences { kind channel canSwitchOff } }`);
const Set = graphql(`
  mutation SetMyNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!) {
    setMyNotificationPreference(kind: $kind, channel: $channel) { errors { code message field params { name value kind enumType } } }
  }
`);

/** E-mail or nothing, per kind of message; safeguarding alerts and account messages always come. */
export function NotificationPreferences() {
  const { t, te } = useI18n();
  const preferences = useGql(Mine, undefined);
  const command = useCommand(Set, (r) => r.setMyNotificationPreference);
  const change = (kind: NotificationKind, channel: NotificationChannel) => void command.run({ kind, channel });
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
                    onChange={(e) => change(p.kind, e.target.checked ? 'EMAIL' : 'NONE')} />
                  <span>{te('NotificationKind', p.kind)}{!p.canSwitchOff && <span className="small muted"> — {t('preferences.always')}</span>}</span>
                </label>
              </li>
            ))}
          </ul>
          {command.failure != null && <Failure error={command.failure} />}
        </>
      )}
    </QueryView>
  );
}
