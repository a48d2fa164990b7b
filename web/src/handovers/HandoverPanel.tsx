import { useState } from 'react';
import { graphql, type ClientHandoversQuery, type HandoverStatus } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { Panel } from '../ui/Page';
import { Empty, QueryView } from '../ui/states';

const ClientHandovers = graphql(`
  query ClientHandovers($clientId: ID!) {
    clientHandovers(clientId: $clientId) { id version status expiresAt includeNotes handedOverAt endedAt socialWorkerName municipalityName decisions { id help decision reason decidedOn } }
    handoverRecipients(clientId: $clientId) { userId name organisationName }
  }
`);
const HandOver = graphql(`
  mutation HandOverToSocialService($input: HandOverToSocialServiceInput!) { handOverToSocialService(input: $input) { handover { id status } errors { ...UserErrorFields } } }
`);
const Extend = graphql(`
  mutation ExtendHandover($input: ExtendHandoverInput!) { extendHandover(input: $input) { handover { id expiresAt } errors { ...UserErrorFields } } }
`);
const Revoke = graphql(`
  mutation RevokeHandover($input: RevokeHandoverInput!) { revokeHandover(input: $input) { handover { id status } errors { ...UserErrorFields } } }
`);

type Handover = ClientHandoversQuery['clientHandovers'][number];
const refreshes = { refreshes: ['ClientHandovers', 'ClientCase'] as const };

export function handoverTone(status: HandoverStatus): string {
  return status === 'ACTIVE' ? 'badge ok' : status === 'EXPIRED' ? 'badge' : 'badge warn';
}

function NewHandover({ clientId, recipients, onDone }: { clientId: string; recipients: ClientHandoversQuery['handoverRecipients']; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(HandOver, (r) => r.handOverToSocialService, refreshes);
  const [worker, setWorker] = useState(recipients[0]?.userId ?? '');
  const [days, setDays] = useState('60');
  const [notes, setNotes] = useState(false);
  const [key] = useState(newKey);
  return (
    <CommandForm command={command} submitLabel={t('handover.handOver')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => {
        if (await command.run({ input: { clientId, socialWorkerUserId: worker, days: Number(days), includeNotes: notes, idempotencyKey: key } })) onDone();
      }}>
      <p className="small">{t('handover.hint')}</p>
      {recipients.length === 0 ? <p className="small muted">{t('handover.noRecipients')}</p> : (
        <SelectField name="socialWorkerUserId" label={t('handover.socialWorker')} value={worker} onChange={setWorker}
          options={recipients.map((r) => ({ value: r.userId, label: `${r.name} · ${r.organisationName}` }))} />
      )}
      <TextField name="days" label={t('handover.days')} hint={t('handover.daysHint')} type="number" min={1} max={180} inputMode="numeric" value={days} onChange={setDays} />
      <Checkbox name="includeNotes" label={t('handover.includeNotes')} checked={notes} onChange={setNotes} />
    </CommandForm>
  );
}

function ExtendForm({ handover, onDone }: { handover: Handover; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Extend, (r) => r.extendHandover, refreshes);
  const [days, setDays] = useState('30');
  return (
    <CommandForm command={command} submitLabel={t('handover.extend')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { handoverId: handover.id, days: Number(days), expectedVersion: handover.version } })) onDone(); }}>
      <TextField name="days" label={t('handover.extendDays')} type="number" min={1} max={180} inputMode="numeric" value={days} onChange={setDays} />
    </CommandForm>
  );
}

function RevokeForm({ handover, onDone }: { handover: Handover; onDone: () => void }) {
  const { t } = useI18n();
  const command = useCommand(Revoke, (r) => r.revokeHandover, refreshes);
  return (
    <CommandForm command={command} submitLabel={t('handover.revoke')} confirmation={t('handover.revokeConfirm')} extraActions={<CancelButton onClick={onDone} />}
      onSubmit={async () => { if (await command.run({ input: { handoverId: handover.id, expectedVersion: handover.version } })) onDone(); }}>
      <p className="small">{t('handover.revokeHint')}</p>
    </CommandForm>
  );
}

/** On the case page: the case's hand-overs to the municipal social service, their decisions, and a new one (with the person's consent). */
export function HandoverPanel({ clientId, consented }: { clientId: string; consented: boolean }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const query = useGql(ClientHandovers, { clientId });
  return (
    <Panel title={t('handover.title')}>
      <QueryView query={query}>
        {({ clientHandovers, handoverRecipients }) => (
          <>
            {clientHandovers.length === 0 ? <Empty>{t('handover.none')}</Empty> : (
              <ul className="rows" data-testid="handovers">
                {clientHandovers.map((h) => (
                  <li key={h.id} className="row" data-testid={`handover-${h.id}`}>
                    <div>
                      <p className="row-title">{h.socialWorkerName} · {h.municipalityName} <span className={handoverTone(h.status)}>{te('HandoverStatus', h.status)}</span></p>
                      <p className="small muted">
                        {t('handover.until', { date: format.dateTime(h.expiresAt) })}{h.includeNotes ? ` · ${t('handover.withNotes')}` : ''}
                      </p>
                      {h.decisions.map((d) => (
                        <p key={d.id} className="small">
                          {format.date(d.decidedOn)} · {te('HelpKind', d.help)} · {te('SocialServiceDecision', d.decision)}{d.reason ? ` (${te('RefusalReason', d.reason)})` : ''}
                        </p>
                      ))}
                      {h.status === 'ACTIVE' && (
                        <Actions actions={[
                          ['extend', t('handover.extend'), (done) => <ExtendForm handover={h} onDone={done} />],
                          ['revoke', t('handover.revoke'), (done) => <RevokeForm handover={h} onDone={done} />],
                        ]} />
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {consented
              ? <Actions actions={[['handOver', t('handover.handOver'), (done) => <NewHandover clientId={clientId} recipients={handoverRecipients} onDone={done} />]]} />
              : <p className="small muted">{t('handover.needsConsent')}</p>}
          </>
        )}
      </QueryView>
    </Panel>
  );
}
