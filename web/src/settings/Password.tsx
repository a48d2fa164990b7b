import { useState } from 'react';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useSession } from '../session/session';
import { useCommand } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } errors { ...UserErrorFields } } }
`);

/** A new password (the current one is asked for); the person's other sessions end, this one continues. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const { user } = useSession();
  const [f, setF] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const command = useCommand(ChangePassword, (r) => r.changePassword, { refreshes: ['MySessions'] });

  const submit = async () => {
    if (f.newPassword !== f.repeat) return command.setErrors([{ code: 'PASSWORDS_DIFFER', field: 'repeat', message: '' }]);
    const changed = await command.run({ input: { currentPassword: f.currentPassword, newPassword: f.newPassword } });
    if (changed) setF({ currentPassword: '', newPassword: '', repeat: '' });
    return changed;
  };

  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('password.submit')}
      confirmation={t('password.changed')} className="grid-form">
      {/* The account's name, hidden, so that a password manager knows whose password changes. */}
      <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
      <TextField name="currentPassword" type="password" label={t('password.current')} value={f.currentPassword}
        onChange={(v) => setF({ ...f, currentPassword: v })} autoComplete="current-password" />
      <TextField name="newPassword" type="password" label={t('invitation.password')} hint={t('invitation.passwordHint')} value={f.newPassword}
        onChange={(v) => setF({ ...f, newPassword: v })} autoComplete="new-password" />
      <TextField name="repeat" type="password" label={t('invitation.repeat')} value={f.repeat} onChange={(v) => setF({ ...f, repeat: v })}
        autoComplete="new-password" />
    </CommandForm>
  );
}
