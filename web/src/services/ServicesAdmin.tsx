import { useState } from 'react';
import { graphql, type NeedDomain, type QueryName, type ServiceKind } from '../graphql';
import { useI18n } from '../i18n';
import { Actions, CancelButton, type Action } from '../ui/Actions';
import { useCommand } from '../ui/data';
import { CheckboxGroup, CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { PagedView, usePaged } from '../ui/paging';
import { municipalityOptions, needDomains, spokenLanguages, useEnumOptions, useMunicipalities } from '../ui/reference';
import { Empty } from '../ui/states';
import { ServiceList, type ServiceData } from './ServiceList';

const Directory = graphql(`
  query ServiceDirectory($municipality: String, $domain: NeedDomain, $first: Int, $after: String) {
    services(municipality: $municipality, domain: $domain, includeHidden: true, first: $first, after: $after) {
      totalCount endCursor hasNextPage
      nodes { id origin kind name municipality { code name } national address openingHours phone languages domains note hidden hiddenReason source version }
    }
  }
`);

const Add = graphql(`mutation AddService($input: AddServiceInput!) { addService(input: $input) { service { id } errors { ...UserErrorFields } } }`);
const Edit = graphql(`mutation EditService($input: EditServiceInput!) { editService(input: $input) { service { id version } errors { ...UserErrorFields } } }`);
const SetHidden = graphql(`mutation SetServiceHidden($input: SetServiceHiddenInput!) { setServiceHidden(input: $input) { service { id version hidden } errors { ...UserErrorFields } } }`);

// An entry shows here, on the mentors' phones and on case pages.
const directoryViews: QueryName[] = ['ServiceDirectory', 'PersonServices'];

const kinds = ['SOCIAL_SERVICE', 'SHELTER', 'NIGHT_SHELTER', 'SOUP_KITCHEN', 'FOOD_BANK', 'NVA', 'PMLP', 'REHABILITATION', 'MUTUAL_HELP_GROUP', 'LEGAL_AID', 'OTHER'] as const;

type Entry = ServiceData & { hiddenReason: string | null; source: string | null; version: number };

/** The organisation's services directory: the platform's entries (correct or hide them here, for this organisation only) and its own. */
export function ServicesAdmin() {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const [municipality, setMunicipality] = useState('riga');
  const pages = usePaged(Directory, { municipality, domain: null, first: 50 }, (p) => p.services);
  return (
    <Page title={t('services.adminTitle')} intro={t('services.adminIntro')}>
      <Panel title={t('services.add')}><ServiceForm municipality={municipality} /></Panel>
      <Panel title={t('services.title')}>
        <SelectField name="municipality" label={t('services.municipality')} value={municipality} options={municipalityOptions(municipalities.data)} onChange={setMunicipality} />
        <PagedView pages={pages} connection={(p) => p.services}>
          {(list) => list.length === 0 ? <Empty>{t('services.none')}</Empty>
            : <ServiceList services={list} extra={(s) => <EntryActions entry={s as Entry} />} />}
        </PagedView>
      </Panel>
    </Page>
  );
}

function EntryActions({ entry: e }: { entry: Entry }) {
  const { t } = useI18n();
  const actions: Action[] = [
    ['edit', e.origin === 'OWN' ? t('services.edit') : t('services.correct'), (d) => <ServiceForm entry={e} onDone={d} />],
    ['hide', e.hidden ? t('services.show') : t('services.hide'), (d) => <HideForm entry={e} onDone={d} />],
  ];
  return (
    <>
      {e.hiddenReason && <p className="small muted">{e.hiddenReason}</p>}
      {e.source && <p className="small muted">{t('services.source')}: {e.source}</p>}
      <Actions actions={actions} />
    </>
  );
}

/** Adds an own entry, or (with `entry`) edits one — a platform entry is corrected for this organisation only. */
function ServiceForm({ entry, municipality: initialMunicipality, onDone }: { entry?: Entry; municipality?: string; onDone?: () => void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const kindOptions = useEnumOptions('ServiceKind', kinds);
  const domainOptions = useEnumOptions('NeedDomain', needDomains);
  const [kind, setKind] = useState<string>(entry?.kind ?? 'SHELTER');
  const [name, setName] = useState(entry?.name ?? '');
  const [municipality, setMunicipality] = useState(entry?.municipality?.code ?? initialMunicipality ?? 'riga');
  const [address, setAddress] = useState(entry?.address ?? '');
  const [openingHours, setOpeningHours] = useState(entry?.openingHours ?? '');
  const [phone, setPhone] = useState(entry?.phone ?? '');
  const [languages, setLanguages] = useState<string[]>(entry?.languages ?? []);
  const [domains, setDomains] = useState<string[]>(entry?.domains ?? []);
  const [note, setNote] = useState(entry?.note ?? '');
  const [key, setKey] = useState(newKey);
  const add = useCommand(Add, (r) => r.addService, { refreshes: directoryViews });
  const edit = useCommand(Edit, (r) => r.editService, { refreshes: directoryViews });
  const command = entry ? edit : add;
  const details = {
    kind: kind as ServiceKind, name, municipality: municipality || null, address: address || null, openingHours: openingHours || null,
    phone: phone || null, languages, domains: domains as NeedDomain[], note: note || null,
  };
  const submit = async () => {
    if (entry) {
      if (await edit.run({ input: { ...details, serviceId: entry.id, expectedVersion: entry.version } })) onDone?.();
    } else if (await add.run({ input: { ...details, idempotencyKey: key } })) {
      setName(''); setAddress(''); setOpeningHours(''); setPhone(''); setNote(''); setKey(newKey());
    }
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={entry ? t('save') : t('services.add')}
      extraActions={onDone && <CancelButton onClick={onDone} />} className="grid-form">
      <SelectField name="kind" label={t('services.kind')} value={kind} options={kindOptions} onChange={setKind} />
      <TextField name="name" label={t('services.name')} value={name} onChange={setName} required />
      {entry?.origin !== 'PLATFORM' && entry?.origin !== 'CORRECTED' && (
        <SelectField name="municipality" label={t('services.municipality')} value={municipality} options={municipalityOptions(municipalities.data)} onChange={setMunicipality} />
      )}
      <TextField name="address" label={t('services.address')} value={address} onChange={setAddress} />
      <TextField name="openingHours" label={t('services.openingHours')} value={openingHours} onChange={setOpeningHours} />
      <TextField name="phone" type="tel" label={t('services.phone')} value={phone} onChange={setPhone} />
      <CheckboxGroup name="domains" legend={t('services.domains')} options={domainOptions} value={domains} onChange={setDomains} columns />
      <CheckboxGroup name="languages" legend={t('services.languages')} options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
        value={languages} onChange={setLanguages} columns />
      <TextArea name="note" label={t('services.note')} value={note} onChange={setNote} />
    </CommandForm>
  );
}

function HideForm({ entry: e, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const command = useCommand(SetHidden, (r) => r.setServiceHidden, { refreshes: directoryViews });
  const submit = async () => {
    if (await command.run({ input: { serviceId: e.id, expectedVersion: e.version, hidden: !e.hidden, reason: reason || null } })) onDone();
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={e.hidden ? t('services.show') : t('services.hide')} extraActions={<CancelButton onClick={onDone} />}>
      {!e.hidden && <TextField name="reason" label={t('services.hideReason')} value={reason} onChange={setReason} />}
    </CommandForm>
  );
}
