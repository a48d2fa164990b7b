import { useState } from 'react';
import { Link } from 'wouter';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { linkSecret } from './link';

const RequestReset = graphql(`mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { ok errors { ...UserErrorFields } } }`);

const Reset = graphql(`mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { ok errors { ...UserErrorFields } } }`);

/** "Forgot your password?": the answer is the same whether or not the address has an account, so it says nothing about who has one. */
export function ForgotPassword() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const command = useCommand(RequestReset, (r) => r.requestPasswordReset, { refreshes: [] });

  const submit = async () => {
    if (!email.trim()) return command.setErrors([{ code: 'REQUIRED', field: 'email', message: '' }]);
    const payload = await command.run({ email: email.trim() });
    if (payload?.ok) setSent(email.trim());
  };

  return (
    <Page title={t('forgot.title')} intro={sent ? undefined : t('forgot.intro')} wide={false}>
      <div className="card">
        {sent ? (
          <div className="notice" role="status" data-testid="reset-requested">
            <p>{t('forgot.sent', { email: sent })}</p>
            <p>{t('forgot.sentHint')}</p>
          </div>
        ) : (
          <CommandForm command={command} onSubmit={submit} submitLabel={t('forgot.submit')}>
            <TextField name="email" type="email" inputMode="email" label={t('signIn.email')} value={email} onChange={setEmail} autoComplete="username" />
          </CommandForm>
        )}
        <p><Link href="/">{t('forgot.backToSignIn')}</Link></p>
      </div>
    </Page>
  );
}

/** The e-mailed link `<PublicUrl>/reset-password#rst_…`: choose a new password; every session of the account ends. */
export function ResetPassword({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [token] = useState(linkSecret);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const command = useCommand(Reset, (r) => r.resetPassword, { refreshes: [] });
  const invalid = !token || command.errors.some((e) => e.code === 'INVALID_RESET_TOKEN');

  const submit = async () => {
    if (password !== repeat) return command.setErrors([{ code: 'PASSWORDS_DIFFER', field: 'repeat', message: '' }]);
    if (await command.run({ input: { token, newPassword: password } })) onDone();
  };

  return (
    <Page title={t('reset.title')} intro={t('reset.intro')} wide={false}>
      <div className="card">
        {!token ? (
          <p className="form-error" role="alert">{t('error.INVALID_RESET_TOKEN')}</p>
        ) : (
          <CommandForm command={command} onSubmit={submit} submitLabel={t('reset.submit')}>
            <TextField name="newPassword" type="password" label={t('invitation.password')} hint={t('invitation.passwordHint')}
              value={password} onChange={setPassword} autoComplete="new-password" />
            <TextField name="repeat" type="password" label={t('invitation.repeat')} value={repeat} onChange={setRepeat} autoComplete="new-password" />
          </CommandForm>
        )}
        {invalid && <p><Link href="/forgot-password">{t('reset.askAgain')}</Link></p>}
      </div>
    </Page>
  );
}
