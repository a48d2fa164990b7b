import { useState } from 'react';
import { graphql, type IncomingReferralsQuery, type ReferralDeclineReason } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CommandForm, TextArea } from '../ui/form';
import { DeclineFields, InboxRow, NeedsSummary, openFirst } from '../ui/inbox';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { statusTone } from './MyReferrals';

const Inbox = graphql(`
  query IncomingReferrals {
    referralInbox {
      id version status fromOrganisation referrerName question declineReason clientId sentAt
      details { name birthYear languages prisonName expectedReleaseDate releaseType destinationMunicipality needs { domain level note } consentDocumentReference note }
    }
  }
`);

const AcceptReferral = graphql(`
  mutation AcceptReferral($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status clientId } errors { ...UserErrorFields } } }
`);
const DeclineReferral = graphql(`
  mutation DeclineReferral($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id status } errors { ...UserErrorFields } } }
`);
const AskReferrer = graphql(`
  mutation RequestReferralInformation($input: RequestReferralInformationInput!) {
    requestReferralInformation(input: $input) { referral { id status } errors { ...UserErrorFields } }
  }
`);

type Incoming = IncomingReferralsQuery['referralInbox'][number];
const reasons = ['NO_CAPACITY', 'OUTSIDE_TERRITORY', 'NEEDS_NOT_SERVED', 'NO_CONSENT', 'ALREADY_SUPPORTED', 'OTHER'] as const;
const refreshes = { refreshes: ['IncomingReferrals', 'Clients', 'UpcomingReleases', 'CoordinatorDesk'] as const };

function Accept({ referral, onDone }: { referral: Incoming; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(AcceptReferral, (r) => r.acceptReferral, refreshes);
  const [notADuplicate, setNotADuplicate] = useState(false);
  const duplicate = command.errors.some((e) => e.code === 'LIKELY_DUPLICATE');
  return (
    <CommandForm command={command} submitLabel={t('inbox.accept')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { referralId: referral.id, expectedVersion: referral.version, notADuplicate } })) onDone(); }}>
      <p className="small">{t('inbox.acceptHint')}</p>
      {duplicate && <Checkbox name="notADuplicate" label={t('refer.notADuplicate')} checked={notADuplicate} onChange={setNotADuplicate} />}
    </CommandForm>
  );
}

function Decline({ referral, onDone }: { referral: Incoming; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(DeclineReferral, (r) => r.declineReferral, refreshes);
  const [reason, setReason] = useState<ReferralDeclineReason>('NO_CAPACITY');
  const [note, setNote] = useState('');
  return (
    <CommandForm command={command} submitLabel={t('inbox.decline')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => {
        if (await command.run({ input: { referralId: referral.id, expectedVersion: referral.version, reason, note: note || null } })) onDone();
      }}>
      <DeclineFields enumName="ReferralDeclineReason" reasons={reasons} reason={reason} onReason={setReason} reasonLabel={t('inbox.reason')}
        note={note} onNote={setNote} noteLabel={t('inbox.noteForReferrer')} />
    </CommandForm>
  );
}

function Ask({ referral, onDone }: { referral: Incoming; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(AskReferrer, (r) => r.requestReferralInformation, refreshes);
  const [question, setQuestion] = useState('');
  return (
    <CommandForm command={command} submitLabel={t('inbox.ask')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { referralId: referral.id, expectedVersion: referral.version, question } })) onDone(); }}>
      <TextArea name="question" label={t('inbox.question')} value={question} onChange={setQuestion} />
    </CommandForm>
  );
}

/** The NGO's referral inbox on the coordinator's desk: what a prison or probation office sent, and the three answers. */
export function ReferralInboxPanel() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(Inbox, undefined);
  return (
    <Panel title={t('inbox.title')}>
      <QueryView query={query}>
        {({ referralInbox }) => {
          const waiting = (r: Incoming) => r.status === 'RECEIVED' || r.status === 'MORE_INFORMATION_REQUESTED';
          const shown = openFirst(referralInbox, waiting);
          return shown.length === 0 ? <Empty>{t('inbox.none')}</Empty> : (
            <ul className="rows" data-testid="referral-inbox">
              {shown.map((r) => (
                <InboxRow key={r.id} testId={`incoming-${r.id}`} name={r.details.name} caseId={r.clientId} status={te('ReferralStatus', r.status)} tone={statusTone(r.status)}>
                  <p className="small muted">
                    {[r.fromOrganisation, r.referrerName, r.details.prisonName !== r.fromOrganisation ? r.details.prisonName : null] // a prison refers its own inmates: name it once
                      .filter(Boolean).join(' · ')} · {t('referrals.release', { date: format.date(r.details.expectedReleaseDate) })}
                  </p>
                  <p className="small">
                    {r.details.birthYear} · {te('ReleaseType', r.details.releaseType)} · <NeedsSummary needs={r.details.needs} />
                  </p>
                  {r.details.note && <p className="small">{r.details.note}</p>}
                  {r.status === 'MORE_INFORMATION_REQUESTED' && <p className="small muted">{t('referrals.question')}: {r.question}</p>}
                  {r.status === 'RECEIVED' && (
                    <Actions actions={[
                      ['accept', t('inbox.accept'), (done) => <Accept referral={r} onDone={done} />],
                      ['decline', t('inbox.decline'), (done) => <Decline referral={r} onDone={done} />],
                      ['ask', t('inbox.ask'), (done) => <Ask referral={r} onDone={done} />],
                    ]} />
                  )}
                </InboxRow>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </Panel>
  );
}
