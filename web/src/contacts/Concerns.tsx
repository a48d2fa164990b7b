import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type OpenConcernsQuery } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, TextField } from '../ui/form';
import { Empty, QueryView } from '../ui/states';

const OpenConcerns = graphql(`
  query OpenConcerns {
    openConcerns { match { id client { id name } mentor { id name } } contact { id happenedAt mode privateNote concern } }
  }
`);

const Acknowledge = graphql(`
  mutation AcknowledgeConcern($matchId: ID!, $contactId: ID!, $note: String) {
    acknowledgeConcern(matchId: $matchId, contactId: $contactId, note: $note) { result { contact { id concernAcknowledgedAt } } errors { ...UserErrorFields } }
  }
`);

/** Urgent concerns a mentor raised, on the desk until a coordinator takes them up. */
export function ConcernAlerts() {
  const { t } = useI18n();
  const concerns = useGql(OpenConcerns, undefined, { refetchInterval: 60_000 });
  return (
    <QueryView query={concerns}>
      {({ openConcerns }) => openConcerns.length === 0 ? <Empty>{t('concerns.none')}</Empty> : (
        <ul className="rows" aria-live="polite">{openConcerns.map((c) => <Concern key={c.contact.id} concern={c} />)}</ul>
      )}
    </QueryView>
  );
}

function Concern({ concern: c }: { concern: OpenConcernsQuery['openConcerns'][number] }) {
  const { t, te } = useI18n();
  const format = useFormat();
  const [note, setNote] = useState('');
  const command = useCommand(Acknowledge, (r) => r.acknowledgeConcern, { refreshes: ['OpenConcerns', 'ContactTimeline', 'Engagement'] });
  return (
    <li className="row column alert-row">
      <p className="row-title">
        <span className="badge danger">{te('Concern', c.contact.concern)}</span>{' '}
        <Link href={`/matches/${c.match.id}`}>{c.match.client?.name ?? ''}</Link> · {c.match.mentor?.name ?? ''}
      </p>
      <p className="small">{format.dateTime(c.contact.happenedAt)} · {te('ContactMode', c.contact.mode)}</p>
      {c.contact.privateNote && <p className="note">{c.contact.privateNote}</p>}
      <CommandForm command={command} submitLabel={t('concerns.acknowledge')}
        onSubmit={() => void command.run({ matchId: c.match.id, contactId: c.contact.id, note: note || null })}>
        <TextField name="note" label={t('concerns.note')} value={note} onChange={setNote} />
      </CommandForm>
    </li>
  );
}
