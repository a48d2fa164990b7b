import { useState } from 'react';
import { graphql } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey, SelectField, TextArea } from '../ui/form';
import { Panel } from '../ui/Page';
import { municipalityOptions, useMunicipalities } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';
import { transferTone } from './TransferStatus';

const Outgoing = graphql(`
  query OutgoingTransfers($clientId: ID!) {
    outgoingTransfers(clientId: $clientId) { id version status ngoName newMunicipality reason declineReason declineNote offeredAt lastChangedAt }
  }
`);
const Destinations = graphql(`
  query TransferDestinations($municipality: String!) { transferDestinations(municipality: $municipality) { organisationId name } }
`);
const Preview = graphql(`
  query TransferPreview($clientId: ID!) {
    transferPreview(clientId: $clientId) {
      goals { status } documents { kind } eligibilityWarnings { code } needs { domain } consentScopes
      history { meetingsHeld goalsAchieved refusals { help } matchPeriods { from } }
    }
  }
`);
const Offer = graphql(`
  mutation TransferCase($input: TransferCaseInput!) { transferCase(input: $input) { transfer { id status } errors { ...UserErrorFields } } }
`);
const Withdraw = graphql(`
  mutation WithdrawTransfer($input: WithdrawTransferInput!) { withdrawTransfer(input: $input) { transfer { id status } errors { ...UserErrorFields } } }
`);

const refreshes = { refreshes: ['OutgoingTransfers', 'ClientCase', 'Clients', 'CoordinatorDesk'] as const };

/** What the package holds, in counts: the coordinator sees what leaves before it leaves, and what never does. */
function WhatIsSent({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const preview = useGql(Preview, { clientId });
  const p = preview.data?.transferPreview;
  if (!p) return null;
  return (
    <div className="small" data-testid="transfer-preview">
      <p>{t('transfers.sent')}</p>
      <ul>
        <li>{t('transfers.sentPerson')}</li>
        <li>{t('transfers.sentPlan', { goals: String(p.goals.length), done: String(p.history.goalsAchieved) })}</li>
        <li>{t('transfers.sentDocuments', { count: String(p.documents.length), warnings: String(p.eligibilityWarnings.length) })}</li>
        <li>{t('transfers.sentHistory', { meetings: String(p.history.meetingsHeld), refusals: String(p.history.refusals.length), periods: String(p.history.matchPeriods.length) })}</li>
      </ul>
      <p className="muted">{t('transfers.notSent')}</p>
    </div>
  );
}

function OfferForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const [municipality, setMunicipality] = useState('');
  const [ngo, setNgo] = useState('');
  const [reason, setReason] = useState('');
  const [key] = useState(newKey);
  const destinations = useGql(Destinations, { municipality }, { enabled: municipality !== '' });
  const command = useCommand(Offer, (r) => r.transferCase, refreshes);
  const ngoOptions = (destinations.data?.transferDestinations ?? []).map((d) => ({ value: d.organisationId, label: d.name }));
  return (
    <CommandForm command={command} submitLabel={t('transfers.offer')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => {
        if (await command.run({ input: { clientId, newMunicipality: municipality, ngoOrganisationId: ngo, reason, idempotencyKey: key } })) onDone();
      }}>
      <SelectField name="newMunicipality" label={t('transfers.newMunicipality')} value={municipality} placeholder={t('choose')}
        options={municipalityOptions(municipalities.data)} onChange={(v) => { setNgo(''); setMunicipality(v); }} />
      <SelectField name="ngoOrganisationId" label={t('transfers.ngo')}
        hint={municipality && ngoOptions.length === 0 && !destinations.isLoading ? t('transfers.noNgo') : undefined}
        value={ngo} placeholder={t('choose')} options={ngoOptions} onChange={setNgo} />
      <TextArea name="reason" label={t('transfers.reason')} value={reason} onChange={setReason} />
      <WhatIsSent clientId={clientId} />
    </CommandForm>
  );
}

function WithdrawForm({ transfer, onDone }: { transfer: { id: string; version: number }; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Withdraw, (r) => r.withdrawTransfer, refreshes);
  return (
    <CommandForm command={command} submitLabel={t('transfers.withdraw')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { transferId: transfer.id, expectedVersion: transfer.version } })) onDone(); }}>
      <p className="small">{t('transfers.withdrawHint')}</p>
    </CommandForm>
  );
}

/** On the case page: the case's transfers and where they stand, and "Transfer to another NGO" while the case is open. */
export function TransferCasePanel({ clientId, open }: { clientId: string; open: boolean }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(Outgoing, { clientId });
  return (
    <Panel title={t('transfers.title')}>
      <QueryView query={query}>
        {({ outgoingTransfers }) => {
          const pending = outgoingTransfers.some((x) => x.status === 'OFFERED');
          return (
            <>
              {outgoingTransfers.length === 0 ? <Empty>{t('transfers.none')}</Empty> : (
                <ul className="rows" data-testid="outgoing-transfers">
                  {outgoingTransfers.map((x) => (
                    <li key={x.id} className="row">
                      <div>
                        <p className="row-title">{x.ngoName} <span className={transferTone(x.status)}>{te('TransferStatus', x.status)}</span></p>
                        <p className="small muted">{format.dateTime(x.offeredAt)} · {x.reason}</p>
                        {x.declineReason && <p className="small">{te('TransferDeclineReason', x.declineReason)}{x.declineNote ? `: ${x.declineNote}` : ''}</p>}
                        {x.status === 'OFFERED' && (
                          <Actions actions={[['withdraw', t('transfers.withdraw'), (done) => <WithdrawForm transfer={x} onDone={done} />]]} />
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              {open && !pending && <Actions actions={[['transfer', t('transfers.start'), (done) => <OfferForm clientId={clientId} onDone={done} />]]} />}
            </>
          );
        }}
      </QueryView>
    </Panel>
  );
}
