import { useState } from 'react';
import { graphql, type OrganisationKind } from '../graphql';
import { useFormat } from '../i18n/format';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { municipalityOptions, useEnumOptions, useMunicipalities } from '../ui/reference';
import { Empty, QueryView } from '../ui/states';
import { TableWrap } from '../ui/TableWrap';

const List = graphql(`
  query Organisations($kind: OrganisationKind) {
    organisations(kind: $kind) { id name kind registrationNumber registeredAt municipality { code name } }
  }
`);

const Create = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { organisation { id name } errors { ...UserErrorFields } }
  }
`);

const kinds = ['NGO', 'MUNICIPALITY', 'PRISON', 'PROBATION', 'PLATFORM'] as const;

/** Platform admins register the NGOs, municipalities, prisons and probation offices that use the platform. */
export function Organisations() {
  const { t, te } = useI18n();
  const format = useFormat();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const list = useGql(List, { kind: kind || null });
  const kindOptions = useEnumOptions('OrganisationKind', kinds);

  return (
    <Page title={t('organisations.title')} intro={t('organisations.intro')}>
      <Panel title={t('organisations.create')}><CreateOrganisation /></Panel>
      <Panel title={t('organisations.list')}>
        <div className="filters">
          <SelectField name="kindFilter" label={t('organisations.kind')} value={kind} placeholder={t('filter.all')}
            options={kindOptions} onChange={(v) => setKind(v as OrganisationKind | '')} />
        </div>
        <QueryView query={list}>
          {({ organisations }) => organisations.length === 0 ? <Empty>{t('organisations.empty')}</Empty> : (
            <TableWrap label={t('organisations.list')}>
              <table>
                <thead><tr><th scope="col">{t('organisations.name')}</th><th scope="col">{t('organisations.kind')}</th>
                  <th scope="col">{t('organisations.registrationNumber')}</th><th scope="col">{t('organisations.registeredAt')}</th></tr></thead>
                <tbody>
                  {organisations.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      <td>{te('OrganisationKind', o.kind)}{o.municipality ? ` · ${o.municipality.name}` : ''}</td>
                      <td>{o.registrationNumber ?? '—'}</td>
                      <td>{format.dateTime(o.registeredAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryView>
      </Panel>
    </Page>
  );
}

function CreateOrganisation() {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const kindOptions = useEnumOptions('OrganisationKind', kinds.filter((k) => k !== 'PLATFORM'));
  const empty = { kind: 'NGO', name: '', municipalityCode: '', registrationNumber: '' };
  const [form, setForm] = useState(empty);
  const [key, setKey] = useState(newKey);
  const [created, setCreated] = useState<string | null>(null);
  const command = useCommand(Create, (r) => r.createOrganisation, { refreshes: ['Organisations', 'OrganisationsForUsers'] });
  const set = (field: keyof typeof empty) => (value: string) => setForm({ ...form, [field]: value });

  const submit = async () => {
    setCreated(null);
    const payload = await command.run({
      input: {
        kind: form.kind as OrganisationKind,
        name: form.name,
        municipalityCode: form.kind === 'MUNICIPALITY' ? form.municipalityCode || null : null,
        registrationNumber: form.registrationNumber || null,
        idempotencyKey: key,
      },
    });
    if (payload?.organisation) {
      setCreated(payload.organisation.name);
      setForm(empty);
      setKey(newKey());
    }
  };

  return (
    <CommandForm command={command} onSubmit={submit}
      submitLabel={t('organisations.createSubmit')} className="grid-form">
      <SelectField name="kind" label={t('organisations.kind')} value={form.kind} options={kindOptions} onChange={set('kind')} />
      <TextField name="name" label={t('organisations.name')} value={form.name} onChange={set('name')} required />
      {form.kind === 'MUNICIPALITY' && (
        <SelectField name="municipalityCode" label={t('organisations.municipality')} value={form.municipalityCode} placeholder={t('choose')}
          options={municipalityOptions(municipalities.data)} onChange={set('municipalityCode')} />
      )}
      <TextField name="registrationNumber" label={t('organisations.registrationNumber')} value={form.registrationNumber} onChange={set('registrationNumber')} />
      {created && <p className="success" role="status">{t('organisations.created', { name: created })}</p>}
    </CommandForm>
  );
}
