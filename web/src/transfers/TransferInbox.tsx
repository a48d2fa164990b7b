import { useState } from 'react';
import { graphql, type IncomingTransfersQuery, type TransferDeclineReason } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey } from '../ui/form';
import { DeclineFields, InboxRow, NeedsSummary, openFirst } from '../ui/inbox';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';
import { transferTone } from './TransferStatus';

const Inbox = graphql(`
  query IncomingTransfers {
    transferInbox {
      id version status fromOrganisation offeredByName newMunicipality reason name birthYear languages prisonName releaseDate released
      needs { domain level } consentScopes declineReason newClientId offeredAt
    }
  }
`);

const AcceptTransfer = graphql(`
  mutation AcceptTransfer($input: AcceptTransferInput!) { acceptTransfer(input: $input) { transfer { id status newClientId } errors { ...UserErrorFields } } }
`);
const DeclineTransfer = graphql(`
  mutation DeclineTransfer($input: DeclineTransferInput!) { declineTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }
`);

type Incoming = IncomingTransfersQuery['transferInbox'][number];
const reasons = ['NO_CAPACITY', 'OUTSIDE_TERRITORY', 'NEEDS_NOT_SERVED', 'ALREADY_SUPPORTED', 'OTHER'] as const;
const refreshes = { refreshes: ['IncomingTransfers', 'Clients', 'UpcomingReleases', 'CoordinatorDesk'] as const };

function Accept({ transfer, onDone }: { transfer: Incoming; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(AcceptTransfer, (r) => r.acceptTransfer, refreshes);
  // One key per form: a double click or a retry after a lost answer never makes two cases.
  const [key] = useState(newKey);
  return (
    <CommandForm command={command} submitLabel={t('transfers.accept')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { transferId: transfer.id, expectedVersion: transfer.version, idempotencyKey: key } })) onDone(); }}>
      <p className="small">{t('transfers.acceptHint')}</p>
    </CommandForm>
  );
}

function Decline({ transfer, onDone }: { transfer: Incoming; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(DeclineTransfer, (r) => r.declineTransfer, refreshes);
  const [reason, setReason] = useState<TransferDeclineReason>('NO_CAPACITY');
  const [note, setNote] = useState('');
  return (
    <CommandForm command={command} submitLabel={t('transfers.decline')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => {
        if (await command.run({ input: { transferId: transfer.id, expectedVersion: transfer.version, reason, note: note || null } })) onDone();
      }}>
      <DeclineFields enumName="TransferDeclineReason" reasons={reasons} reason={reason} onReason={setReason} reasonLabel={t('transfers.declineReason')}
        note={note} onNote={setNote} noteLabel={t('transfers.noteForSender')} />
    </CommandForm>
  );
}

/** Cases other NGOs offer to this one, next to the referral inbox: what a referral would show, and the two answers. */
export function TransferInboxPanel() {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(Inbox, undefined);
  return (
    <Panel title={t('transfers.inboxTitle')}>
      <QueryView query={query}>
        {({ transferInbox }) => {
          const shown = openFirst(transferInbox, (x) => x.status === 'OFFERED');
          return shown.length === 0 ? <Empty>{t('transfers.inboxNone')}</Empty> : (
            <ul className="rows" data-testid="transfer-inbox">
              {shown.map((x) => (
                <InboxRow key={x.id} testId={`transfer-${x.id}`} name={x.name} caseId={x.newClientId} status={te('TransferStatus', x.status)} tone={transferTone(x.status)}>
                  <p className="small muted">{t('transfers.from', { organisation: x.fromOrganisation, person: x.offeredByName })} · {format.dateTime(x.offeredAt)}</p>
                  <p className="small">
                    {x.birthYear} · {x.prisonName ?? ''} · {t(x.released ? 'transfers.released' : 'transfers.releaseExpected', { date: format.date(x.releaseDate) })}
                  </p>
                  {x.needs.length > 0 && <p className="small"><NeedsSummary needs={x.needs} /></p>}
                  <p className="small">{t('transfers.reason')}: {x.reason}</p>
                  {x.declineReason && <p className="small muted">{te('TransferDeclineReason', x.declineReason)}</p>}
                  {x.status === 'OFFERED' && (
                    <Actions actions={[
                      ['accept', t('transfers.accept'), (done) => <Accept transfer={x} onDone={done} />],
                      ['decline', t('transfers.decline'), (done) => <Decline transfer={x} onDone={done} />],
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
