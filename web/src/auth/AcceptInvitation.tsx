import { useState } from 'react';
import { antiforgeryToken } from '../api';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { signedInUser, type User } from '../session/session';
import { useCommand } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { linkSecret } from './link';

const Accept = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user { id email displayName roles language secondFactorEnabled secondFactorRequired organisation { id name kind } }
      errors { ...UserErrorFields }
    }
  }
`);

/** The link in an invitation e-mail, `<PublicUrl>/invitation#inv_…`: the invited person chooses a password and is signed in. */
export function AcceptInvitation({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const { t } = useI18n();
  const [token] = useState(linkSecret);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const command = useCommand(Accept, (r) => r.acceptInvitation, { refreshes: [] });

  const submit = async () => {
    if (password !== repeat) {
      command.setErrors([{ code: 'PASSWORDS_DIFFER', field: 'repeat', message: '' }]);
      return;
    }
    const payload = await command.run({ input: { token, password } });
    if (payload?.user) {
      await antiforgeryToken(true).catch(() => undefined);
      onSignedIn(await signedInUser(payload.user));
    }
  };

  return (
    <Page title={t('invitation.title')} intro={t('invitation.intro')} wide={false}>
      <div className="card">
        {token ? (
          <CommandForm command={command} onSubmit={submit} submitLabel={t('invitation.submit')}>
            <TextField name="password" type="password" label={t('invitation.password')} hint={t('invitation.passwordHint')}
              value={password} onChange={setPassword} autoComplete="new-password" />
            <TextField name="repeat" type="password" label={t('invitation.repeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" />
          </CommandForm>
        ) : (
          <p className="form-error" role="alert">{t('error.INVALID_INVITATION')}</p>
        )}
      </div>
    </Page>
  );
}
