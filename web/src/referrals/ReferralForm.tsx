import { useState } from 'react';
import { graphql, type ConsentScope, type Gender, type NeedDomain, type NeedLevel, type ReleaseType } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { CheckboxGroup, CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { genders, municipalityOptions, needDomains, spokenLanguages, useEnumOptions, useMunicipalities, usePrisons } from '../ui/reference';

const Destinations = graphql(`
  query ReferralDestinations($municipality: String!) { referralDestinations(municipality: $municipality) { organisationId name } }
`);

const Send = graphql(`
  mutation ReferToNgo($input: ReferToNgoInput!) {
    referToNgo(input: $input) { referral { id status } errors { ...UserErrorFields } }
  }
`);

const Amend = graphql(`
  mutation AmendReferral($input: AmendReferralInput!) {
    amendReferral(input: $input) { referral { id status } errors { ...UserErrorFields } }
  }
`);

/** What a referral says, as the form holds it (the needs as domain → level). */
export interface ReferralValues {
  name: string; gender: string; birthYear: string; languages: string[]; contact: string; prisonCode: string; expectedReleaseDate: string;
  releaseType: string; destinationMunicipality: string; needs: Record<string, string>; consentScopes: string[]; consentGivenOn: string;
  consentDocumentReference: string; note: string;
}

export const emptyReferral: ReferralValues = {
  name: '', gender: 'MALE', birthYear: '', languages: ['lv'], contact: '', prisonCode: '', expectedReleaseDate: '', releaseType: 'END_OF_SENTENCE',
  destinationMunicipality: '', needs: {}, consentScopes: ['PROCESSING', 'MENTOR_CONTACT'], consentGivenOn: '', consentDocumentReference: '', note: '',
};

const levels = ['LOW', 'MEDIUM', 'HIGH'] as const;
const scopes = ['PROCESSING', 'MENTOR_CONTACT', 'AGGREGATE_REPORTING', 'SHARE_WITH_SOCIAL_SERVICE', 'TRANSFER_TO_ANOTHER_NGO'] as const;
const releaseTypeValues = ['END_OF_SENTENCE', 'CONDITIONAL_EARLY_RELEASE', 'PRE_TRIAL_DETENTION', 'SHORT_CUSTODY', 'OTHER'] as const;

/**
 * The referrer's form: the person, the release, the destination and an NGO serving it (from the contracts in force), the
 * needs known so far and the consent they recorded. With `amend`, the same form answers the NGO's question.
 */
export function ReferralForm({ initial, amend, onDone }: { initial: ReferralValues; amend?: { referralId: string; expectedVersion: number }; onDone: () => void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  const prisons = usePrisons();
  const genderOptions = useEnumOptions('Gender', genders);
  const releaseTypes = useEnumOptions('ReleaseType', releaseTypeValues);
  const levelOptions = useEnumOptions('NeedLevel', levels);
  const scopeOptions = useEnumOptions('ConsentScope', scopes);
  const [form, setForm] = useState(initial);
  const [ngo, setNgo] = useState('');
  const [key] = useState(newKey);
  const destinations = useGql(Destinations, { municipality: form.destinationMunicipality }, { enabled: !amend && form.destinationMunicipality !== '' });
  const send = useCommand(Send, (r) => r.referToNgo, { refreshes: ['MyReferrals'] });
  const amendCommand = useCommand(Amend, (r) => r.amendReferral, { refreshes: ['MyReferrals'] });
  const command = amend ? amendCommand : send;
  const set = <K extends keyof ReferralValues>(field: K) => (value: ReferralValues[K]) => setForm({ ...form, [field]: value });

  const details = () => ({
    name: form.name,
    gender: form.gender as Gender,
    birthYear: Number.parseInt(form.birthYear, 10) || 0,
    languages: form.languages,
    contact: form.contact || null,
    prisonCode: form.prisonCode,
    expectedReleaseDate: form.expectedReleaseDate,
    releaseType: form.releaseType as ReleaseType,
    destinationMunicipality: form.destinationMunicipality,
    needs: Object.entries(form.needs).filter(([, level]) => level !== '').map(([domain, level]) => ({ domain: domain as NeedDomain, level: level as NeedLevel })),
    consentScopes: form.consentScopes as ConsentScope[],
    consentGivenOn: form.consentGivenOn,
    consentDocumentReference: form.consentDocumentReference,
    note: form.note || null,
  });

  const submit = async () => {
    const missing = (['expectedReleaseDate', 'consentGivenOn'] as const).filter((f) => !form[f]);
    if (missing.length) return command.setErrors(missing.map((field) => ({ code: 'REQUIRED', field, message: '' })));
    const done = amend
      ? await amendCommand.run({ input: { ...details(), referralId: amend.referralId, expectedVersion: amend.expectedVersion } })
      : await send.run({ input: { ...details(), ngoOrganisationId: ngo, idempotencyKey: key } });
    if (done?.referral) onDone();
  };

  const ngoOptions = (destinations.data?.referralDestinations ?? []).map((d) => ({ value: d.organisationId, label: d.name }));
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t(amend ? 'referrals.amendSubmit' : 'referrals.submit')} className="grid-form">
      <TextField name="name" label={t('refer.name')} value={form.name} onChange={set('name')} />
      <SelectField name="gender" label={t('refer.gender')} value={form.gender} options={genderOptions} onChange={set('gender')} />
      <TextField name="birthYear" type="number" inputMode="numeric" label={t('refer.birthYear')} value={form.birthYear} onChange={set('birthYear')} />
      <TextField name="contact" label={t('refer.contact')} hint={t('refer.contactHint')} value={form.contact} onChange={set('contact')} />
      <SelectField name="prisonCode" label={t('refer.prison')} value={form.prisonCode} placeholder={t('choose')}
        options={(prisons.data?.prisons ?? []).map((p) => ({ value: p.code, label: p.name }))} onChange={set('prisonCode')} />
      <TextField name="expectedReleaseDate" type="date" label={t('refer.expectedReleaseDate')} value={form.expectedReleaseDate} onChange={set('expectedReleaseDate')} />
      <SelectField name="releaseType" label={t('refer.releaseType')} value={form.releaseType} options={releaseTypes} onChange={set('releaseType')} />
      <SelectField name="destinationMunicipality" label={t('refer.destination')} value={form.destinationMunicipality} placeholder={t('choose')}
        options={municipalityOptions(municipalities.data)} onChange={(v) => { setNgo(''); set('destinationMunicipality')(v); }} />
      {!amend && (
        <SelectField name="ngoOrganisationId" label={t('referrals.ngo')} hint={form.destinationMunicipality && ngoOptions.length === 0 && !destinations.isLoading ? t('referrals.noNgo') : t('referrals.ngoHint')}
          value={ngo} placeholder={t('choose')} options={ngoOptions} onChange={setNgo} />
      )}
      <CheckboxGroup name="languages" legend={t('refer.languages')} options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
        value={form.languages} onChange={set('languages')} columns />
      <fieldset className="field">
        <legend>{t('referrals.needs')}</legend>
        <div className="grid-form">
          {needDomains.map((domain) => (
            <SelectField key={domain} name={`need-${domain}`} label={t(`enum.NeedDomain.${domain}`)} value={form.needs[domain] ?? ''} placeholder={t('referrals.needUnknown')}
              options={levelOptions} onChange={(level) => set('needs')({ ...form.needs, [domain]: level })} />
          ))}
        </div>
      </fieldset>
      <CheckboxGroup name="consentScopes" legend={t('referrals.consentScopes')} options={scopeOptions} value={form.consentScopes} onChange={set('consentScopes')} />
      <TextField name="consentGivenOn" type="date" label={t('referrals.consentGivenOn')} value={form.consentGivenOn} onChange={set('consentGivenOn')} />
      <TextField name="consentDocumentReference" label={t('referrals.consentDocument')} hint={t('referrals.consentDocumentHint')}
        value={form.consentDocumentReference} onChange={set('consentDocumentReference')} />
      <TextArea name="note" label={t('referrals.note')} value={form.note} onChange={set('note')} />
    </CommandForm>
  );
}
