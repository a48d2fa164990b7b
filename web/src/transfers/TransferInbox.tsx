import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type IncomingTransfersQuery, type TransferDeclineReason } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea } from '../ui/form';
import { Panel } from '../ui/Page';
import { useEnumOptions } from '../ui/reference';
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
  const options = useEnumOptions('TransferDeclineReason', reasons);
  const [reason, setReason] = useState<string>('NO_CAPACITY');
  const [note, setNote] = useState('');
  return (
    <CommandForm command={command} submitLabel={t('transfers.decline')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => {
        if (await command.run({ input: { transferId: transfer.id, expectedVersion: transfer.version, reason: reason as TransferDeclineReason, note: note || null } })) onDone();
      }}>
      <SelectField name="reason" label={t('transfers.declineReason')} value={reason} options={options} onChange={setReason} />
      <TextArea name="note" label={t('transfers.noteForSender')} value={note} onChange={setNote} />
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
          const shown = transferInbox.filter((x) => x.status === 'OFFERED').concat(transferInbox.filter((x) => x.status !== 'OFFERED').slice(0, 3));
          return shown.length === 0 ? <Empty>{t('transfers.inboxNone')}</Empty> : (
            <ul className="rows" data-testid="transfer-inbox">
              {shown.map((x) => (
                <li key={x.id} className="row" data-testid={`transfer-${x.id}`}>
                  <div>
                    <p className="row-title">
                      {x.newClientId ? <Link href={`/clients/${x.newClientId}`}>{x.name}</Link> : x.name}{' '}
                      <span className={transferTone(x.status)}>{te('TransferStatus', x.status)}</span>
                    </p>
                    <p className="small muted">{t('transfers.from', { organisation: x.fromOrganisation, person: x.offeredByName })} · {format.dateTime(x.offeredAt)}</p>
                    <p className="small">
                      {x.birthYear} · {x.prisonName ?? ''} · {t(x.released ? 'transfers.released' : 'transfers.releaseExpected', { date: format.date(x.releaseDate) })}
                    </p>
                    {x.needs.length > 0 && (
                      <p className="small">{x.needs.map((n) => `${te('NeedDomain', n.domain)} (${te('NeedLevel', n.level)})`).join(', ')}</p>
                    )}
                    <p className="small">{t('transfers.reason')}: {x.reason}</p>
                    {x.declineReason && <p className="small muted">{te('TransferDeclineReason', x.declineReason)}</p>}
                    {x.status === 'OFFERED' && (
                      <Actions actions={[
                        ['accept', t('transfers.accept'), (done) => <Accept transfer={x} onDone={done} />],
                        ['decline', t('transfers.decline'), (done) => <Decline transfer={x} onDone={done} />],
                      ]} />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </Panel>
  );
}
