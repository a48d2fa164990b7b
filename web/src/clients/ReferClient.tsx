import { useState } from 'react';
import { useLocation } from 'wouter';
import { graphql, type Gender, type ReleaseType } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { Checkbox, CheckboxGroup, CommandForm, newKey, SelectField, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { genders, municipalityOptions, spokenLanguages, useEnumOptions, useMunicipalities, usePrisons } from '../ui/reference';

const Refer = graphql(`
  mutation ReferClient($input: ReferClientInput!) {
    referClient(input: $input) { client { id } errors { ...UserErrorFields } }
  }
`);

/** A referral from a prison or probation office: the case opens with a support plan dated from the release. */
export function ReferClient() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const prisons = usePrisons();
  const genderOptions = useEnumOptions('Gender', genders);
  const releaseTypes = useEnumOptions('ReleaseType', ['END_OF_SENTENCE', 'CONDITIONAL_EARLY_RELEASE', 'PRE_TRIAL_DETENTION', 'SHORT_CUSTODY', 'OTHER'] as const);
  const [form, setForm] = useState({
    name: '', gender: 'MALE', birthYear: '', languages: ['lv'] as string[], contact: '', prisonCode: '', expectedReleaseDate: '',
    releaseType: 'END_OF_SENTENCE', destinationMunicipality: '', referrerName: '', referrerContact: '', released: false, alreadyReleasedOn: '',
  });
  const [notADuplicate, setNotADuplicate] = useState(false);
  const [key] = useState(newKey);
  const command = useCommand(Refer, (r) => r.referClient, { refreshes: ['Clients', 'UpcomingReleases', 'CoordinatorDesk'] });
  const set = <K extends keyof typeof form>(field: K) => (value: (typeof form)[K]) => setForm({ ...form, [field]: value });
  const duplicate = command.errors.some((e) => e.code === 'LIKELY_DUPLICATE');

  const submit = async () => {
    if (!form.expectedReleaseDate) return command.setErrors([{ code: 'REQUIRED', field: 'expectedReleaseDate', message: '' }]);
    const payload = await command.run({
      input: {
        name: form.name,
        gender: form.gender as Gender,
        birthYear: Number.parseInt(form.birthYear, 10) || 0,
        languages: form.languages,
        contact: form.contact || null,
        prisonCode: form.prisonCode,
        expectedReleaseDate: form.expectedReleaseDate,
        releaseType: form.releaseType as ReleaseType,
        destinationMunicipality: form.destinationMunicipality,
        referrerName: form.referrerName,
        referrerContact: form.referrerContact || null,
        alreadyReleasedOn: form.released && form.alreadyReleasedOn ? form.alreadyReleasedOn : null,
        notADuplicate,
        idempotencyKey: key,
      },
    });
    if (payload?.client) navigate(`/clients/${payload.client.id}`);
  };

  return (
    <Page title={t('refer.title')} intro={t('refer.intro')}>
      <div className="card">
        <CommandForm command={command} onSubmit={submit} submitLabel={t('refer.submit')} className="grid-form">
          <TextField name="name" label={t('refer.name')} value={form.name} onChange={set('name')} />
          <SelectField name="gender" label={t('refer.gender')} value={form.gender} options={genderOptions} onChange={set('gender')} />
          <TextField name="birthYear" type="number" inputMode="numeric" label={t('refer.birthYear')} value={form.birthYear} onChange={set('birthYear')} />
          <TextField name="contact" label={t('refer.contact')} hint={t('refer.contactHint')} value={form.contact} onChange={set('contact')} />
          <SelectField name="prisonCode" label={t('refer.prison')} value={form.prisonCode} placeholder={t('choose')}
            options={(prisons.data?.prisons ?? []).map((p) => ({ value: p.code, label: p.name }))} onChange={set('prisonCode')} />
          <TextField name="expectedReleaseDate" type="date" label={t('refer.expectedReleaseDate')} value={form.expectedReleaseDate} onChange={set('expectedReleaseDate')} />
          <SelectField name="releaseType" label={t('refer.releaseType')} value={form.releaseType} options={releaseTypes} onChange={set('releaseType')} />
          <SelectField name="destinationMunicipality" label={t('refer.destination')} value={form.destinationMunicipality} placeholder={t('choose')}
            options={municipalityOptions(municipalities.data)} onChange={set('destinationMunicipality')} />
          <TextField name="referrerName" label={t('refer.referrerName')} value={form.referrerName} onChange={set('referrerName')} />
          <TextField name="referrerContact" label={t('refer.referrerContact')} value={form.referrerContact} onChange={set('referrerContact')} />
          <CheckboxGroup name="languages" legend={t('refer.languages')} options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
            value={form.languages} onChange={set('languages')} columns />
          <div className="field">
            <Checkbox name="released" label={t('refer.alreadyReleased')} checked={form.released} onChange={set('released')} />
            {form.released && <TextField name="alreadyReleasedOn" type="date" label={t('refer.releasedOn')} value={form.alreadyReleasedOn} onChange={set('alreadyReleasedOn')} />}
          </div>
          {duplicate && <Checkbox name="notADuplicate" label={t('refer.notADuplicate')} checked={notADuplicate} onChange={setNotADuplicate} />}
        </CommandForm>
      </div>
    </Page>
  );
}
