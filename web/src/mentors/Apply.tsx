import { useState } from 'react';
import { Link } from 'wouter';
import { graphql, type DayPart, type Gender, type NeedDomain, type Weekday } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand } from '../ui/data';
import { Checkbox, CheckboxGroup, CommandForm, newKey, SelectField, TextArea, TextField } from '../ui/form';
import { Page } from '../ui/Page';
import { genders, municipalityOptions, needDomains, spokenLanguages, useEnumOptions, useMunicipalities } from '../ui/reference';

const Submit = graphql(`
  mutation SubmitMentorApplication($input: SubmitMentorApplicationInput!) {
    submitMentorApplication(input: $input) { received mentorId errors { ...UserErrorFields } }
  }
`);

const days: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const parts: DayPart[] = ['MORNING', 'AFTERNOON', 'EVENING'];

/** The public application form: anyone may offer to become a peer mentor, without an account. */
export function Apply({ organisationId }: { organisationId: string }) {
  const { t, te } = useI18n();
  const municipalities = useMunicipalities();
  const genderOptions = useEnumOptions('Gender', genders);
  const specialityOptions = useEnumOptions('NeedDomain', needDomains);
  const [f, setF] = useState({
    name: '', email: '', phone: '', languages: ['lv'] as string[], municipalities: [] as string[], gender: 'UNDISCLOSED', birthYear: '',
    incarceration: false, remissionYears: '', specialities: [] as string[], availability: [] as string[], capacity: '2', motivation: '',
  });
  const [key] = useState(newKey);
  // The public form's applicant confirms by e-mail; an application the NGO's own staff enter is in the queue at once.
  const [done, setDone] = useState<{ mentorId: string | null } | null>(null);
  const command = useCommand(Submit, (r) => r.submitMentorApplication, { refreshes: [] });
  const set = <K extends keyof typeof f>(k: K) => (v: (typeof f)[K]) => setF({ ...f, [k]: v });

  const submit = async () => {
    const payload = await command.run({
      input: {
        organisationId,
        idempotencyKey: key,
        profile: {
          name: f.name, email: f.email, phone: f.phone || null, languages: f.languages, municipalities: f.municipalities,
          gender: f.gender as Gender, birthYear: Number.parseInt(f.birthYear, 10) || 0, incarceration: f.incarceration,
          remissionYears: f.remissionYears === '' ? null : Number.parseInt(f.remissionYears, 10),
          specialities: f.specialities as NeedDomain[],
          availability: f.availability.map((s) => { const [day, part] = s.split(':'); return { day: day as Weekday, part: part as DayPart }; }),
          capacity: Number.parseInt(f.capacity, 10) || null, motivation: f.motivation,
        },
      },
    });
    if (payload?.received) setDone({ mentorId: payload.mentorId });
  };

  if (done?.mentorId) {
    return (
      <Page title={t('apply.entered')} wide={false}>
        <div className="card"><p><Link href={`/mentors/${done.mentorId}`}>{t('apply.enteredLink', { name: f.name })}</Link></p></div>
      </Page>
    );
  }
  if (done) {
    return <Page title={t('apply.thanks')} wide={false}><div className="card"><p>{t('apply.checkEmail', { email: f.email.trim() })}</p></div></Page>;
  }

  return (
    <Page title={t('apply.title')} intro={t('apply.intro')}>
      <div className="card">
        <CommandForm command={command} onSubmit={submit} submitLabel={t('apply.submit')} className="grid-form">
          <TextField name="name" label={t('refer.name')} value={f.name} onChange={set('name')} autoComplete="name" />
          <TextField name="email" type="email" inputMode="email" label={t('users.email')} value={f.email} onChange={set('email')} autoComplete="email" />
          <TextField name="phone" type="tel" inputMode="tel" label={t('apply.phone')} value={f.phone} onChange={set('phone')} autoComplete="tel" />
          <TextField name="birthYear" type="number" inputMode="numeric" label={t('refer.birthYear')} value={f.birthYear} onChange={set('birthYear')} />
          <SelectField name="gender" label={t('refer.gender')} value={f.gender} options={genderOptions} onChange={set('gender')} />
          <TextField name="capacity" type="number" inputMode="numeric" min={1} max={5} label={t('apply.capacity')} hint={t('apply.capacityHint')} value={f.capacity} onChange={set('capacity')} />
          <CheckboxGroup name="languages" legend={t('refer.languages')} options={spokenLanguages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
            value={f.languages} onChange={set('languages')} columns />
          <CheckboxGroup name="specialities" legend={t('apply.specialities')} hint={t('apply.specialitiesHint')} options={specialityOptions}
            value={f.specialities} onChange={set('specialities')} columns />
          <details className="wide" open={f.municipalities.length === 0 || undefined}>
            <summary>{t('apply.municipalitiesChosen', { count: String(f.municipalities.length) })}</summary>
            <CheckboxGroup name="municipalities" legend={t('apply.municipalities')} options={municipalityOptions(municipalities.data)}
              value={f.municipalities} onChange={set('municipalities')} columns />
          </details>
          <CheckboxGroup name="availability" legend={t('apply.availability')} columns
            options={days.flatMap((d) => parts.map((p) => ({ value: `${d}:${p}`, label: `${te('Weekday', d)} · ${te('DayPart', p)}` })))}
            value={f.availability} onChange={set('availability')} />
          <fieldset className="field wide">
            <legend>{t('apply.livedExperience')}</legend>
            <p className="hint">{t('apply.livedHint')}</p>
            <Checkbox name="incarceration" label={t('apply.incarceration')} checked={f.incarceration} onChange={set('incarceration')} />
            <TextField name="remissionYears" type="number" inputMode="numeric" min={0} label={t('apply.remission')} value={f.remissionYears} onChange={set('remissionYears')} />
          </fieldset>
          <TextArea name="motivation" label={t('apply.motivation')} value={f.motivation} onChange={set('motivation')} rows={5} />
        </CommandForm>
      </div>
    </Page>
  );
}
