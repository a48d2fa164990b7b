import { useState } from 'react';
import { goalTitle } from '../clients/goalTitle';
import { graphql, type NeedDomain, type PersonServicesQuery, type QueryName } from '../graphql';
import { useI18n } from '../i18n';
import { Actions, CancelButton } from '../ui/Actions';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, SelectField } from '../ui/form';
import { useEnumOptions, needDomains } from '../ui/reference';
import { Empty } from '../ui/states';
import { ServiceList, type ServiceData } from './ServiceList';

export const PersonServicesQ = graphql(`
  query PersonServices($clientId: ID, $matchId: ID, $domain: NeedDomain) {
    personServices(clientId: $clientId, matchId: $matchId, domain: $domain) {
      clientId municipality { code name } domains
      services { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden }
      goals { id kind standard domain title followUp institution status services { id name } }
    }
  }
`);

const Attach = graphql(`mutation AttachServiceToGoal($input: GoalServiceInput!) {
  attachServiceToGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }`);
const Detach = graphql(`mutation DetachServiceFromGoal($input: GoalServiceInput!) {
  detachServiceFromGoal(input: $input) { change { clientVersion goal { id services { id } } } errors { ...UserErrorFields } } }`);

// The goal shows its services here, on the mentor's phone (MyMatches) and on the case page (ClientCase).
const goalViews: QueryName[] = ['PersonServices', 'MyMatches', 'ClientCase'];

type Person = NonNullable<PersonServicesQuery['personServices']>;
type Goal = Person['goals'][number];
const isOpenGoal = (g: Goal) => g.status === 'NOT_STARTED' || g.status === 'IN_PROGRESS';

/**
 * The services for the person's destination and needs, with tap-to-call and a map link; each can be attached to an open
 * goal (the mentor of an active match, or a coordinator), and shows the goals it is attached to. By the match on the
 * mentor's phone, by the case on the coordinator's page.
 */
export function PersonServices({ matchId, clientId, canAttach = true }: { matchId?: string; clientId?: string; canAttach?: boolean }) {
  const { t } = useI18n();
  const [domain, setDomain] = useState('');
  const domainOptions = useEnumOptions('NeedDomain', needDomains);
  const query = useGql(PersonServicesQ, { matchId: matchId ?? null, clientId: clientId ?? null, domain: (domain || null) as NeedDomain | null });
  const person = query.data?.personServices;
  if (!person) return null; // loading, offline, or not the caller's to see: the rest of the path stands on its own
  return (
    <div className="person-section" data-testid="person-services">
      <h3>{t('services.forPerson', { municipality: person.municipality.name })}</h3>
      <SelectField name="domain" label={t('services.domain')} value={domain} placeholder={t('services.personsNeeds')} options={domainOptions} onChange={setDomain} />
      {person.services.length === 0 ? <Empty>{t('services.none')}</Empty> : (
        <ServiceList services={person.services} extra={(s) => <Attachments person={person} service={s} canAttach={canAttach} />} />
      )}
    </div>
  );
}

function Attachments({ person, service, canAttach }: { person: Person; service: ServiceData; canAttach: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const attachedTo = person.goals.filter((g) => g.services.some((s) => s.id === service.id));
  const open = person.goals.filter((g) => isOpenGoal(g) && !attachedTo.includes(g));
  return (
    <>
      {attachedTo.length > 0 && (
        <ul className="attached small" data-testid="attached-goals">
          {attachedTo.map((g) => <li key={g.id}>{t('services.attachedTo', { goal: goalTitle(i18n, g) })}{canAttach && <DetachButton person={person} goal={g} service={service} />}</li>)}
        </ul>
      )}
      {canAttach && open.length > 0 && (
        <Actions actions={[['attach', t('services.attachToGoal'), (done) => <AttachForm person={person} goals={open} service={service} onDone={done} />]]} />
      )}
    </>
  );
}

function AttachForm({ person, goals, service, onDone }: { person: Person; goals: Goal[]; service: ServiceData; onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [goalId, setGoalId] = useState('');
  const command = useCommand(Attach, (r) => r.attachServiceToGoal, { refreshes: goalViews });
  const submit = async () => {
    if (!goalId) return command.setErrors([{ code: 'REQUIRED', field: 'goalId', message: '' }]);
    if (await command.run({ input: { clientId: person.clientId, goalId, serviceId: service.id } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('services.attach')} extraActions={<CancelButton onClick={onDone} />}>
      <SelectField name="goalId" label={t('services.attachTo', { name: service.name })} value={goalId} placeholder="—"
        options={goals.map((g) => ({ value: g.id, label: goalTitle(i18n, g) }))} onChange={setGoalId} />
    </CommandForm>
  );
}

function DetachButton({ person, goal, service }: { person: Person; goal: Goal; service: ServiceData }) {
  const i18n = useI18n();
  const command = useCommand(Detach, (r) => r.detachServiceFromGoal, { refreshes: goalViews });
  return (
    <>
      {' '}
      <button type="button" className="link small" aria-disabled={command.busy || undefined}
        onClick={() => void command.run({ input: { clientId: person.clientId, goalId: goal.id, serviceId: service.id } })}>
        {i18n.t('services.detach', { goal: goalTitle(i18n, goal) })}
      </button>
    </>
  );
}
