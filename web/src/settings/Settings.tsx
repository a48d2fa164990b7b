import { useState } from 'react';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { knownRole } from '../session/roles';
import { useSession } from '../session/session';
import { NotificationPreferences } from '../notifications/Preferences';
import { ChangePasswordForm } from './Password';
import { SecondFactorPanel } from './SecondFactorPanel';
import { Sessions } from './Sessions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

const Tokens = graphql(`query ApiTokens { apiTokens { id name createdAt expiresAt revokedAt } }`);

const CreateToken = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { apiToken { secret token { id name expiresAt } } errors { ...UserErrorFields } }
  }
`);

const RevokeToken = graphql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { apiToken { id revokedAt } errors { ...UserErrorFields } } }`);

/**
 * The signed-in person's own account (every role): who they are, their language, password, second factor, where they
 * are signed in, e-mail preferences and personal API tokens for scripts.
 */
export function Settings() {
  const { t } = useI18n();
  const { user } = useSession();
  return (
    <Page title={t('settings.title')}>
      <Panel title={t('settings.account')}>
        <dl className="facts">
          <dt>{t('home.email')}</dt><dd>{user.email}</dd>
          <dt>{t('home.organisation')}</dt><dd data-testid="user-organisation">{user.organisation?.name ?? t('home.noOrganisation')}</dd>
          <dt>{t('home.roles')}</dt>
          <dd><ul className="chips" data-testid="user-roles">{user.roles.map((r) => <li key={r}>{t(`role.${knownRole(r) ?? 'Mentor'}`)}</li>)}</ul></dd>
        </dl>
        <p className="muted">{t('settings.languageNote')}</p>
      </Panel>
      <Panel title={t('password.title')}><ChangePasswordForm /></Panel>
      <Panel title={t('secondFactor.title')}><SecondFactorPanel /></Panel>
      <Panel title={t('sessions.title')}><Sessions /></Panel>
      <Panel title={t('preferences.title')}><NotificationPreferences /></Panel>
      <Panel title={t('settings.tokens')}><ApiTokens /></Panel>
    </Page>
  );
}

function ApiTokens() {
  const { t } = useI18n();
  const format = useFormat();
  const tokens = useGql(Tokens, undefined);
  const create = useCommand(CreateToken, (r) => r.createApiToken, { refreshes: ['ApiTokens'] });
  const revoke = useCommand(RevokeToken, (r) => r.revokeApiToken, { refreshes: ['ApiTokens'] });
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async () => {
    setSecret(null);
    const payload = await create.run({ input: { name, expiresInDays: Number.parseInt(days, 10) || null } });
    if (payload?.apiToken) {
      setSecret(payload.apiToken.secret);
      setName('');
    }
  };

  return (
    <>
      <p className="muted">{t('settings.tokensIntro')}</p>
      <CommandForm command={create} onSubmit={submit} submitLabel={t('settings.createToken')} className="grid-form">
        <TextField name="name" label={t('settings.tokenName')} value={name} onChange={setName} />
        <TextField name="expiresInDays" type="number" inputMode="numeric" label={t('settings.tokenDays')} value={days} onChange={setDays} min={1} max={365} />
      </CommandForm>
      {secret && (
        <div className="notice" role="status">
          <label htmlFor="token-secret">{t('settings.tokenSecret')}</label>
          <input id="token-secret" readOnly value={secret} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <QueryView query={tokens}>
        {({ apiTokens }) => apiTokens.length === 0 ? <Empty>{t('settings.noTokens')}</Empty> : (
          <ul className="rows">
            {apiTokens.map((tok) => (
              <li key={tok.id} className="row">
                <div>
                  <p className="row-title">{tok.name} {tok.revokedAt && <span className="badge">{t('settings.revoked')}</span>}</p>
                  <p className="muted small">
                    {t('settings.created', { date: format.dateTime(tok.createdAt) })}
                    {tok.expiresAt && ` · ${t('settings.expires', { date: format.dateTime(tok.expiresAt) })}`}
                  </p>
                </div>
                {!tok.revokedAt && (
                  <button type="button" className="secondary small" aria-disabled={revoke.busy || undefined}
                    onClick={() => !revoke.busy && void revoke.run({ id: tok.id })}>
                    {t('settings.revoke', { name: tok.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </>
  );
}
