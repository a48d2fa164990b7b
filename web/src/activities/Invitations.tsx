import { useState } from 'react';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CheckboxGroup, CommandForm, SelectField, TextField } from '../ui/form';
import { Empty, QueryView } from '../ui/states';
import { activityViews, type Activity } from './activityViews';

const Invitable = graphql(`
  query GroupActivityInvitable($activityId: ID!) {
    groupActivityInvitable(activityId: $activityId) { id kind name }
  }
`);
const Invite = graphql(`mutation InviteToGroupActivity($input: InviteToGroupActivityInput!) { inviteToGroupActivity(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);
const Withdraw = graphql(`mutation WithdrawGroupActivityInvitation($input: WithdrawGroupActivityInvitationInput!) { withdrawGroupActivityInvitation(input: $input) { activity { id version } errors { ...UserErrorFields } } }`);

/**
 * Invites several people at once: the server offers exactly those it would accept (approved mentors, clients who consent
 * to group activities) who hold no place yet; a name filter keeps a long list usable on a phone.
 */
export function InviteForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useI18n();
  const people = useGql(Invitable, { activityId: activity.id });
  const [find, setFind] = useState('');
  const [mentorIds, setMentorIds] = useState<string[]>([]);
  const [clientIds, setClientIds] = useState<string[]>([]);
  const invite = useCommand(Invite, (r) => r.inviteToGroupActivity, { refreshes: [...activityViews, 'GroupActivityInvitable'] });
  const submit = async () => {
    const ok = await invite.run({ input: { activityId: activity.id, expectedVersion: activity.version, mentorIds, clientIds } });
    if (ok) onDone();
  };
  const free = activity.capacity - activity.placesTaken;
  const chosen = mentorIds.length + clientIds.length;
  return (
    <QueryView query={people}>
      {({ groupActivityInvitable: offered }) => {
        const needle = find.trim().toLocaleLowerCase();
        // Those already ticked stay listed whatever the filter, so nothing chosen is hidden.
        const shown = (kind: 'MENTOR' | 'CLIENT', ticked: string[]) => offered
          .filter((p) => p.kind === kind && (!needle || p.name.toLocaleLowerCase().includes(needle) || ticked.includes(p.id)))
          .map((p) => ({ value: p.id, label: p.name }));
        const mentors = shown('MENTOR', mentorIds);
        const clients = shown('CLIENT', clientIds);
        if (offered.length === 0) return <><Empty>{t('activities.nobodyToInvite')}</Empty><CancelButton onClick={onDone} /></>;
        return (
          <CommandForm command={invite} onSubmit={submit} submitLabel={t('activities.inviteChosen', { count: String(chosen) })} extraActions={<CancelButton onClick={onDone} />}>
            <p className="small" data-testid="invite-free">{t('activities.freePlaces', { free: String(free), chosen: String(chosen) })}</p>
            {offered.length > 8 && <TextField name="find" label={t('activities.findByName')} value={find} onChange={setFind} />}
            {mentors.length + clients.length === 0 && <Empty>{t('activities.noneFound')}</Empty>}
            {mentors.length > 0 && <CheckboxGroup name="mentorIds" legend={t('activities.mentors')} options={mentors} value={mentorIds} onChange={setMentorIds} />}
            {clients.length > 0 && <CheckboxGroup name="clientIds" legend={t('activities.clients')} hint={t('activities.clientHint')} options={clients}
              value={clientIds} onChange={setClientIds} />}
          </CommandForm>
        );
      }}
    </QueryView>
  );
}

/** Takes an invitation back before the activity begins: the place is freed and an invited mentor's calendar entry removed. */
export function WithdrawForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t, te } = useI18n();
  const holding = activity.invitees.filter((i) => i.answer === 'PENDING' || i.answer === 'GOING');
  const [invitee, setInvitee] = useState('');
  const withdraw = useCommand(Withdraw, (r) => r.withdrawGroupActivityInvitation, { refreshes: [...activityViews, 'GroupActivityInvitable'] });
  return (
    <CommandForm command={withdraw} submitLabel={t('activities.withdrawSubmit')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await withdraw.run({ input: { activityId: activity.id, expectedVersion: activity.version, inviteeId: invitee } })) onDone(); }}>
      <SelectField name="inviteeId" label={t('activities.withdrawWho')} hint={t('activities.withdrawHint')} value={invitee} placeholder={t('activities.choose')}
        options={holding.map((i) => ({ value: i.id, label: `${i.name} · ${te('InviteeKind', i.kind)}` }))} onChange={setInvitee} />
    </CommandForm>
  );
}
