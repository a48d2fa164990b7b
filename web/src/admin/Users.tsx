import { useState, type ReactNode } from 'react';
import { graphql, type Language as SchemaLanguage, type Role as SchemaRole, type UsersQuery as UsersData } from '../graphql';
import { useFormat } from '../i18n/format';
import { languageNames, languages, useI18n, type Key } from '../i18n';
import { hasAnyRole, knownRole, schemaRole, type Role } from '../session/roles';
import { useSession } from '../session/session';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand, useGql, type Command } from '../ui/data';
import { Checkbox, CheckboxGroup, CommandForm, SelectField, TextField, useServerValues } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { Empty, Loading, QueryView } from '../ui/states';

const UsersQuery = graphql(`
  query Users($organisationId: ID) {
    users(organisationId: $organisationId) {
      id email displayName roles language status invitationExpiresAt deactivatedAt createdAt lastSignInAt
    }
  }
`);

const OrganisationsForAdmin = graphql(`query OrganisationsForUsers { organisations { id name kind assignableRoles } }`);

// The server's rule (AccountRules) decides which roles a member of an organisation can be given; the app only offers them.
const OwnOrganisation = graphql(`query OwnOrganisationRoles { me { id organisation { id assignableRoles } } }`);

const Invite = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitation { expiresAt user { id email } } errors { ...UserErrorFields } }
  }
`);

const ChangeRoles = graphql(`
  mutation ChangeUserRoles($userId: ID!, $roles: [Role!]!) {
    changeUserRoles(userId: $userId, roles: $roles) { user { id roles } errors { ...UserErrorFields } }
  }
`);

const Resend = graphql(`
  mutation ResendInvitation($userId: ID!) { resendInvitation(userId: $userId) { user { id email invitationExpiresAt } errors { ...UserErrorFields } } }
`);

const Revoke = graphql(`mutation RevokeInvitation($userId: ID!) { revokeInvitation(userId: $userId) { user { id email } errors { ...UserErrorFields } } }`);

const Deactivate = graphql(`mutation DeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }`);

const Reactivate = graphql(`mutation ReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { user { id status } errors { ...UserErrorFields } } }`);

const Security = graphql(`query SecurityPolicy { securityPolicy { requireSecondFactor } me { id secondFactorEnabled } }`);

const UpdateSecurity = graphql(`
  mutation UpdateSecurityPolicy($requireSecondFactor: Boolean!) {
    updateSecurityPolicy(requireSecondFactor: $requireSecondFactor) { policy { requireSecondFactor } errors { ...UserErrorFields } }
  }
`);

type Member = UsersData['users'][number];
/** What happened, kept as a key and values so that a language switch re-translates it. */
type Notice = { key: Key; values: Record<string, string> };

/**
 * Members of an organisation: invite people (the invitation goes by e-mail), change roles, resend or withdraw an
 * invitation, deactivate a leaver and reactivate them; the organisation's second-factor rule. Platform admins pick
 * the organisation.
 */
export function Users() {
  const { t } = useI18n();
  const { user } = useSession();
  const platform = hasAnyRole(user.roles, ['PlatformAdmin']);
  const orgAdmin = hasAnyRole(user.roles, ['OrgAdmin']);
  const [organisationId, setOrganisationId] = useState(platform ? '' : (user.organisation?.id ?? ''));
  const organisations = useGql(OrganisationsForAdmin, undefined, { enabled: platform });
  const ownOrganisation = useGql(OwnOrganisation, undefined);
  const target = organisationId || (user.organisation?.id ?? '');
  // The account commands act in the admin's own organisation only.
  const own = orgAdmin && target === user.organisation?.id;
  const assignable = (platform && organisationId
    ? organisations.data?.organisations.find((o) => o.id === organisationId)?.assignableRoles
    : ownOrganisation.data?.me?.organisation?.assignableRoles)?.map((r) => knownRole(r)).filter((r) => r !== undefined);

  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {platform && (
        <div className="filters">
          <SelectField name="organisation" label={t('users.organisation')} value={organisationId} placeholder={user.organisation?.name ?? t('choose')}
            options={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))} onChange={setOrganisationId} />
        </div>
      )}
      <Panel title={t('users.invite')}>
        {assignable ? <InviteForm key={target} organisationId={platform && organisationId ? organisationId : null} assignable={assignable} /> : <Loading />}
      </Panel>
      <Panel title={t('users.list')}><Members organisationId={target} platform={platform} manage={own} assignable={assignable ?? []} /></Panel>
      {orgAdmin && <Panel title={t('security.title')}><SecurityPolicyForm /></Panel>}
    </Page>
  );
}

function InviteForm({ organisationId, assignable }: { organisationId: string | null; assignable: Role[] }) {
  const { t, language: uiLanguage } = useI18n();
  const format = useFormat();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [language, setLanguage] = useState<string>(uiLanguage);
  const [sent, setSent] = useState<{ expiresAt: string; email: string } | null>(null);
  const command = useCommand(Invite, (r) => r.inviteUser, { refreshes: ['Users', 'Notifications'] });
  const roleOptions = assignable.map((r) => ({ value: r, label: t(`role.${r}`) }));

  const submit = async () => {
    setSent(null);
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
      setSent({ expiresAt: payload.invitation.expiresAt, email: payload.invitation.user.email });
      setEmail('');
      setDisplayName('');
      setChosen([]);
    }
  };

  return (
    <>
      <CommandForm command={command} onSubmit={submit} submitLabel={t('users.inviteSubmit')}
        className="grid-form">
        <TextField name="email" type="email" label={t('users.email')} value={email} onChange={setEmail} inputMode="email" />
        <TextField name="displayName" label={t('users.displayName')} value={displayName} onChange={setDisplayName} />
        <SelectField name="language" label={t('users.language')} value={language} onChange={setLanguage}
          options={languages.map((l) => ({ value: l, label: languageNames[l] }))} />
        <CheckboxGroup name="roles" legend={t('users.roles')} options={roleOptions} value={chosen} onChange={setChosen} columns />
      </CommandForm>
      {sent && (
        <p className="success" role="status" data-testid="invitation-sent">
          {t('users.invitationMailed', { email: sent.email, date: format.dateTime(sent.expiresAt) })}
        </p>
      )}
    </>
  );
}

function Members({ organisationId, platform, manage, assignable }: { organisationId: string; platform: boolean; manage: boolean; assignable: Role[] }) {
  const { t } = useI18n();
  const format = useFormat();
  const { user } = useSession();
  const users = useGql(UsersQuery, { organisationId: platform && organisationId ? organisationId : null });
  const [notice, setNotice] = useState<Notice | null>(null);

  const actionsOf = (m: Member): Action[] => {
    const done = (close: () => void) => (key: Key, values: Record<string, string>) => {
      setNotice({ key, values });
      close();
    };
    const roleAction: Action = ['roles', t('users.changeRoles', { name: m.displayName }),
      (close) => <RoleEditor userId={m.id} name={m.displayName} current={m.roles} assignable={assignable} onDone={done(close)} onCancel={close} />];
    // Only an organisation's own admin changes its members (changeUserRoles and the rest act in the caller's organisation).
    if (!manage) return [];
    if (m.status === 'INVITED') {
      return [
        roleAction,
        ['resend', t('users.resend'), (close) => <ResendForm member={m} onDone={done(close)} onCancel={close} />],
        ['revoke', t('users.revoke'), (close) => <RevokeForm member={m} onDone={done(close)} onCancel={close} />],
      ];
    }
    if (m.status === 'DEACTIVATED') return [['reactivate', t('users.reactivate'), (close) => <ReactivateForm member={m} onDone={done(close)} onCancel={close} />]];
    if (m.id === user.id) return [roleAction]; // nobody deactivates themselves (the server says SELF_GRANT)
    return [roleAction, ['deactivate', t('users.deactivate'), (close) => <DeactivateForm member={m} onDone={done(close)} onCancel={close} />]];
  };

  const statusOf = (m: Member) => {
    if (m.status === 'INVITED') {
      const expired = m.invitationExpiresAt != null && new Date(m.invitationExpiresAt) <= new Date();
      return (
        <>
          <span className="badge warn">{t('users.pending')}</span>{' '}
          {m.invitationExpiresAt && (
            <span className="small muted">{t(expired ? 'users.invitationExpired' : 'users.invitationValid', { date: format.dateTime(m.invitationExpiresAt) })}</span>
          )}
        </>
      );
    }
    if (m.status === 'DEACTIVATED') {
      return (
        <>
          <span className="badge danger">{t('users.deactivated')}</span>{' '}
          {m.deactivatedAt && <span className="small muted">{t('users.deactivatedOn', { date: format.dateTime(m.deactivatedAt) })}</span>}
        </>
      );
    }
    return m.id === user.id ? <span className="badge">{t('users.you')}</span> : null;
  };

  return (
    <>
      {notice && <p className="success" role="status" data-testid="users-notice">{t(notice.key, notice.values)}</p>}
      <QueryView query={users}>
        {({ users: members }) => members.length === 0 ? <Empty>{t('users.empty')}</Empty> : (
          <ul className="rows">
            {members.map((m) => (
              <li key={m.id} className="row column" data-status={m.status}>
                <div>
                  <p className="row-title">{m.displayName} {statusOf(m)}</p>
                  <p className="muted small">{m.email} · {m.lastSignInAt ? t('users.lastSignIn', { date: format.dateTime(m.lastSignInAt) }) : t('users.neverSignedIn')}</p>
                  <ul className="chips">{m.roles.map((r) => <li key={r}>{t(`role.${knownRole(r) ?? 'Mentor'}`)}</li>)}</ul>
                </div>
                <Actions actions={actionsOf(m)} />
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </>
  );
}

/** The roles the organisation's members can be given (the server says which), the member's current ones ticked. */
function RoleEditor({ userId, name, current, assignable, onDone, onCancel }: {
  userId: string; name: string; current: SchemaRole[]; assignable: Role[]; onDone: Done; onCancel: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<string[]>(current.map((r) => knownRole(r)).filter((r) => r !== undefined && assignable.includes(r)) as string[]);
  const command = useCommand(ChangeRoles, (r) => r.changeUserRoles, { refreshes: ['Users'] });
  const submit = async () => {
    if (await command.run({ userId, roles: chosen.map((r) => schemaRole(knownRole(r)!)) })) onDone('users.rolesChanged', { name });
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} extraActions={<CancelButton onClick={onCancel} />}>
      <CheckboxGroup name="roles" legend={t('users.rolesOf', { name })} options={assignable.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        value={chosen} onChange={setChosen} columns />
    </CommandForm>
  );
}

type Done = (key: Key, values: Record<string, string>) => void;

/** A command on one account, after saying what it will do: the confirmation is this short form's button. */
function ConfirmForm({ command, text, submitLabel, onSubmit, onCancel }: {
  command: Command; text: ReactNode; submitLabel: string; onSubmit: () => unknown; onCancel: () => void;
}) {
  return (
    <CommandForm command={command} onSubmit={onSubmit} submitLabel={submitLabel} extraActions={<CancelButton onClick={onCancel} />}>
      <p>{text}</p>
    </CommandForm>
  );
}

function ResendForm({ member, onDone, onCancel }: { member: Member; onDone: Done; onCancel: () => void }) {
  const { t } = useI18n();
  const format = useFormat();
  const command = useCommand(Resend, (r) => r.resendInvitation, { refreshes: ['Users', 'Notifications'] });
  const submit = async () => {
    const payload = await command.run({ userId: member.id });
    if (payload?.user) {
      const until = payload.user.invitationExpiresAt;
      onDone('users.invitationMailed', { email: payload.user.email, date: until ? format.dateTime(until) : '' });
    }
  };
  return <ConfirmForm command={command} text={t('users.resendText', { email: member.email })} submitLabel={t('users.resend')} onSubmit={submit} onCancel={onCancel} />;
}

function RevokeForm({ member, onDone, onCancel }: { member: Member; onDone: Done; onCancel: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Revoke, (r) => r.revokeInvitation, { refreshes: ['Users'] });
  const submit = async () => {
    if (await command.run({ userId: member.id })) onDone('users.revoked', { email: member.email });
  };
  return <ConfirmForm command={command} text={t('users.revokeText', { email: member.email })} submitLabel={t('users.revokeConfirm')} onSubmit={submit} onCancel={onCancel} />;
}

function DeactivateForm({ member, onDone, onCancel }: { member: Member; onDone: Done; onCancel: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Deactivate, (r) => r.deactivateUser, { refreshes: ['Users'] });
  const submit = async () => {
    if (await command.run({ userId: member.id })) onDone('users.deactivatedNotice', { name: member.displayName });
  };
  return <ConfirmForm command={command} text={t('users.deactivateText', { name: member.displayName })} submitLabel={t('users.deactivateConfirm')} onSubmit={submit} onCancel={onCancel} />;
}

function ReactivateForm({ member, onDone, onCancel }: { member: Member; onDone: Done; onCancel: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Reactivate, (r) => r.reactivateUser, { refreshes: ['Users'] });
  const submit = async () => {
    if (await command.run({ userId: member.id })) onDone('users.reactivatedNotice', { name: member.displayName });
  };
  return <ConfirmForm command={command} text={t('users.reactivateText', { name: member.displayName })} submitLabel={t('users.reactivate')} onSubmit={submit} onCancel={onCancel} />;
}

/** The organisation's rule: administrators, coordinators and auditors sign in with a second factor. */
function SecurityPolicyForm() {
  const security = useGql(Security, undefined);
  return (
    <QueryView query={security}>
      {(d) => <SecurityPolicyEditor required={d.securityPolicy.requireSecondFactor} enrolled={d.me?.secondFactorEnabled ?? false} />}
    </QueryView>
  );
}

function SecurityPolicyEditor({ required, enrolled }: { required: boolean; enrolled: boolean }) {
  const { t } = useI18n();
  const { signedOut } = useSession();
  const [on, setOn] = useServerValues(required);
  const command = useCommand(UpdateSecurity, (r) => r.updateSecurityPolicy, { refreshes: ['SecurityPolicy', 'MySecondFactor'] });
  const submit = async () => {
    const saved = await command.run({ requireSecondFactor: on });
    // Without a second factor of one's own, this very session has just lost its roles: sign in again to set one up.
    if (saved && on && !enrolled) return void signedOut('security.signInToEnrol');
    return saved;
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')}>
      <p className="muted">{t('security.intro')}</p>
      <Checkbox name="requireSecondFactor" label={t('security.requireSecondFactor')} checked={on} onChange={setOn} />
      {on && !required && <p className="hint">{t('security.whatHappens')}</p>}
      {on && !required && !enrolled && <p className="form-error" role="note">{t('security.notEnrolledYourself')}</p>}
    </CommandForm>
  );
}
