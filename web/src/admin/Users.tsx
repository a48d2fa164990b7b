import { useState } from 'react';
import { graphql, type Language as SchemaLanguage, type Role as SchemaRole } from '../graphql';
import { useFormat } from '../i18n/format';
import { languageNames, languages, useI18n } from '../i18n';
import { hasAnyRole, knownRole, roles, schemaRole } from '../session/roles';
import { useSession } from '../session/session';
import { useCommand, useGql } from '../ui/data';
import { CheckboxGroup, CommandForm, SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

const UsersQuery = graphql(`
  query Users($organisationId: ID) {
    users(organisationId: $organisationId) { id email displayName roles language active createdAt lastSignInAt }
  }
`);

const OrganisationsForAdmin = graphql(`query OrganisationsForUsers { organisations { id name kind } }`);

const Invite = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitation { token expiresAt user { id email } } errors { code message field } }
  }
`);

const ChangeRoles = graphql(`
  mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {
    changeUserRoles(userId: $userId, roles: $roles) { user { id roles } errors { code message field } }
  }
`);

/** Members of an organisation: invite people with roles, change roles. Platform admins pick the organisation. */
export function Users() {
  const { t } = useI18n();
  const { user } = useSession();
  const platform = hasAnyRole(user.roles, ['PlatformAdmin']);
  const [organisationId, setOrganisationId] = useState(platform ? '' : (user.organisation?.id ?? ''));
  const organisations = useGql(OrganisationsForAdmin, undefined, { enabled: platform });
  const target = organisationId || (user.organisation?.id ?? '');

  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {platform && (
        <div className="filters">
          <SelectField name="organisation" label={t('users.organisation')} value={organisationId} placeholder={user.organisation?.name ?? t('choose')}
            options={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))} onChange={setOrganisationId} />
        </div>
      )}
      <Panel title={t('users.invite')}><InviteForm organisationId={platform && organisationId ? organisationId : null} /></Panel>
      <Panel title={t('users.list')}><Members organisationId={target} platform={platform} /></Panel>
    </Page>
  );
}

function InviteForm({ organisationId }: { organisationId: string | null }) {
  const { t, language: uiLanguage } = useI18n();
  const format = useFormat();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [language, setLanguage] = useState<string>(uiLanguage);
  const [link, setLink] = useState<{ url: string; expiresAt: string; email: string } | null>(null);
  const command = useCommand(Invite, (r) => r.inviteUser);
  const roleOptions = roles.map((r) => ({ value: r, label: t(`role.${r}`) }));

  const submit = async () => {
    setLink(null);
    const payload = await command.run({
      input: {
        organisationId,
        email,
        displayName,
        roles: chosen.map((r) => schemaRole(knownRole(r)!)),
        language: language.toUpperCase() as SchemaLanguage,
      },
    });
    if (payload?.invitation) {
      const { token, expiresAt, user } = payload.invitation;
      setLink({ url: `${location.origin}/invitation?token=${encodeURIComponent(token)}`, expiresAt, email: user.email });
      setEmail('');
      setDisplayName('');
      setChosen([]);
    }
  };

  return (
    <>
      <CommandForm command={command} fields={['email', 'displayName', 'roles', 'language']} onSubmit={submit} submitLabel={t('users.inviteSubmit')}
        className="grid-form">
        <TextField name="email" type="email" label={t('users.email')} value={email} onChange={setEmail} inputMode="email" />
        <TextField name="displayName" label={t('users.displayName')} value={displayName} onChange={setDisplayName} />
        <SelectField name="language" label={t('users.language')} value={language} onChange={setLanguage}
          options={languages.map((l) => ({ value: l, label: languageNames[l] }))} />
        <CheckboxGroup name="roles" legend={t('users.roles')} options={roleOptions} value={chosen} onChange={setChosen} columns />
      </CommandForm>
      {link && (
        <div className="notice" role="status">
          <p>{t('users.invited', { email: link.email, date: format.dateTime(link.expiresAt) })}</p>
          <label htmlFor="invitation-link">{t('users.invitationLink')}</label>
          <input id="invitation-link" readOnly value={link.url} onFocus={(e) => e.target.select()} />
        </div>
      )}
    </>
  );
}

function Members({ organisationId, platform }: { organisationId: string; platform: boolean }) {
  const { t } = useI18n();
  const format = useFormat();
  const users = useGql(UsersQuery, { organisationId: platform && organisationId ? organisationId : null });
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <QueryView query={users}>
      {({ users: members }) => members.length === 0 ? <Empty>{t('users.empty')}</Empty> : (
        <ul className="rows">
          {members.map((m) => (
            <li key={m.id} className="row">
              <div>
                <p className="row-title">{m.displayName} {!m.active && <span className="badge warn">{t('users.pending')}</span>}</p>
                <p className="muted small">{m.email} · {m.lastSignInAt ? t('users.lastSignIn', { date: format.dateTime(m.lastSignInAt) }) : t('users.neverSignedIn')}</p>
                <ul className="chips">{m.roles.map((r) => <li key={r}>{t(`role.${knownRole(r) ?? 'Mentor'}`)}</li>)}</ul>
              </div>
              {editing === m.id
                ? <RoleEditor userId={m.id} name={m.displayName} current={m.roles} onDone={() => setEditing(null)} />
                : <button type="button" className="secondary small" onClick={() => setEditing(m.id)}>{t('users.changeRoles', { name: m.displayName })}</button>}
            </li>
          ))}
        </ul>
      )}
    </QueryView>
  );
}

function RoleEditor({ userId, name, current, onDone }: { userId: string; name: string; current: SchemaRole[]; onDone: () => void }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[]>(current.map((r) => knownRole(r)!).filter(Boolean));
  const command = useCommand(ChangeRoles, (r) => r.changeUserRoles);
  const submit = async () => {
    if (await command.run({ userId, roles: chosen.map((r) => schemaRole(knownRole(r)!)) })) onDone();
  };
  return (
    <CommandForm command={command} fields={['roles']} onSubmit={submit} submitLabel={t('save')}
      extraActions={<button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>}>
      <CheckboxGroup name="roles" legend={t('users.rolesOf', { name })} options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        value={chosen} onChange={setChosen} columns />
    </CommandForm>
  );
}
