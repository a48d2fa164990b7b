import { graphql, type MatchingWeightsQuery, type ReminderRulesQuery, type VettingPolicyQuery } from '../graphql';
import { useI18n } from '../i18n';
import { useCommand, useGql } from '../ui/data';
import { Checkbox, CommandForm, TextArea, TextField, useServerValues } from '../ui/form';
import { Page, Panel } from '../ui/Page';
import { QueryView } from '../ui/states';
import { useNumberSettings } from '../ui/NumberSettings';
import { CheckInPolicyPanel } from '../monitoring/CheckInPolicyForm';
import { TrainingCataloguePanel } from '../mentors/TrainingCatalogue';

const PolicyQuery = graphql(`
  query VettingPolicy {
    vettingPolicy { version interviewRequired minimumReferences backgroundCheckValidityMonths requiredTrainingModules agreementRequired refresherTrainingMonths supervisionEveryMonths }
  }
`);

const UpdatePolicy = graphql(`
  mutation UpdateVettingPolicy($input: UpdateVettingPolicyInput!) {
    updateVettingPolicy(input: $input) { policy { version } errors { ...UserErrorFields } }
  }
`);

const RulesQuery = graphql(`
  query ReminderRules {
    reminderRules {
      version weeklyForDaysAfterRelease weeklyIntervalDays laterIntervalDays preReleaseIntervalDays remindAgainAfterDays
      escalateAfterDaysOverdue releaseSoonDays goalDeadlineDaysAhead vettingExpiryDaysAhead proposalUnansweredDays
      applicationDeadlineDaysAhead openRefusalReminderDays
    }
  }
`);

const UpdateRules = graphql(`
  mutation UpdateReminderRules($input: UpdateReminderRulesInput!) { updateReminderRules(input: $input) { rules { version } errors { ...UserErrorFields } } }
`);

const WeightsQuery = graphql(`
  query MatchingWeights { matchingWeights { version needCoverage livedExperienceFit ageProximity availabilityOverlap load preferredLanguage } }
`);

const UpdateWeights = graphql(`
  mutation UpdateMatchingWeights($input: MatchingWeightsInput!) {
    updateMatchingWeights(input: $input) { weights { version needCoverage } errors { ...UserErrorFields } }
  }
`);

/**
 * The NGO's rules: what vetting requires, when reminders go, how often staff check in on matches, and how matching weighs
 * its factors. Each form shows the values as the server holds them (also right after a save) and says a save was made until it is edited again.
 */
export function Policies() {
  const { t } = useI18n();
  const policy = useGql(PolicyQuery, undefined);
  const weights = useGql(WeightsQuery, undefined);
  const rules = useGql(RulesQuery, undefined);
  return (
    <Page title={t('policy.title')} intro={t('policy.intro')}>
      <Panel title={t('policy.vetting')}>
        <QueryView query={policy}>{(d) => <VettingPolicyForm policy={d.vettingPolicy} />}</QueryView>
      </Panel>
      <Panel title={t('policy.reminders')}>
        <QueryView query={rules}>{(d) => <ReminderRulesForm rules={d.reminderRules} />}</QueryView>
      </Panel>
      <CheckInPolicyPanel />
      <TrainingCataloguePanel />
      <Panel title={t('policy.weights')}>
        <QueryView query={weights}>{(d) => <WeightsForm weights={d.matchingWeights} />}</QueryView>
      </Panel>
    </Page>
  );
}

function VettingPolicyForm({ policy }: { policy: VettingPolicyQuery['vettingPolicy'] }) {
  const { t } = useI18n();
  const [form, setForm] = useServerValues({
    interviewRequired: policy.interviewRequired,
    minimumReferences: String(policy.minimumReferences),
    backgroundCheckValidityMonths: String(policy.backgroundCheckValidityMonths),
    requiredTrainingModules: policy.requiredTrainingModules.join('\n'),
    agreementRequired: policy.agreementRequired,
    refresherTrainingMonths: policy.refresherTrainingMonths == null ? '' : String(policy.refresherTrainingMonths),
    supervisionEveryMonths: policy.supervisionEveryMonths == null ? '' : String(policy.supervisionEveryMonths),
  });
  const command = useCommand(UpdatePolicy, (r) => r.updateVettingPolicy, {
    // What a mentor still lacks, and so who may be matched, is read against the policy.
    refreshes: ['VettingPolicy', 'MentorProfile', 'VettingBoard', 'Mentors', 'CoordinatorDesk', 'ClientMatching', 'WhyNotMentor'],
  });
  const submit = () =>
    command.run({
      input: {
        version: policy.version,
        interviewRequired: form.interviewRequired,
        minimumReferences: Number.parseInt(form.minimumReferences, 10),
        backgroundCheckValidityMonths: Number.parseInt(form.backgroundCheckValidityMonths, 10),
        requiredTrainingModules: form.requiredTrainingModules.split('\n').map((s) => s.trim()).filter(Boolean),
        agreementRequired: form.agreementRequired,
        refresherTrainingMonths: form.refresherTrainingMonths ? Number.parseInt(form.refresherTrainingMonths, 10) : null,
        supervisionEveryMonths: form.supervisionEveryMonths ? Number.parseInt(form.supervisionEveryMonths, 10) : null,
      },
    });
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')} className="grid-form">
      <Checkbox name="interviewRequired" label={t('policy.interviewRequired')} checked={form.interviewRequired}
        onChange={(v) => setForm({ ...form, interviewRequired: v })} />
      <Checkbox name="agreementRequired" label={t('policy.agreementRequired')} checked={form.agreementRequired}
        onChange={(v) => setForm({ ...form, agreementRequired: v })} />
      <TextField name="minimumReferences" type="number" inputMode="numeric" label={t('policy.minimumReferences')} value={form.minimumReferences}
        onChange={(v) => setForm({ ...form, minimumReferences: v })} />
      <TextField name="backgroundCheckValidityMonths" type="number" inputMode="numeric" label={t('policy.backgroundCheckValidityMonths')}
        value={form.backgroundCheckValidityMonths} onChange={(v) => setForm({ ...form, backgroundCheckValidityMonths: v })} />
      <TextField name="refresherTrainingMonths" type="number" inputMode="numeric" label={t('policy.refresherTrainingMonths')}
        hint={t('policy.refresherHint')} value={form.refresherTrainingMonths} onChange={(v) => setForm({ ...form, refresherTrainingMonths: v })} />
      <TextField name="supervisionEveryMonths" type="number" inputMode="numeric" label={t('policy.supervisionEveryMonths')}
        hint={t('policy.supervisionHint')} value={form.supervisionEveryMonths} onChange={(v) => setForm({ ...form, supervisionEveryMonths: v })} />
      <TextArea name="requiredTrainingModules" label={t('policy.requiredTrainingModules')} hint={t('policy.modulesHint')}
        value={form.requiredTrainingModules} onChange={(v) => setForm({ ...form, requiredTrainingModules: v })} />
    </CommandForm>
  );
}

const factorNames = ['needCoverage', 'livedExperienceFit', 'ageProximity', 'availabilityOverlap', 'load', 'preferredLanguage'] as const;

function WeightsForm({ weights }: { weights: MatchingWeightsQuery['matchingWeights'] }) {
  const { t } = useI18n();
  const [form, setForm] = useServerValues(Object.fromEntries(factorNames.map((f) => [f, String(weights[f])])) as Record<(typeof factorNames)[number], string>);
  const command = useCommand(UpdateWeights, (r) => r.updateMatchingWeights, { refreshes: ['MatchingWeights', 'ClientMatching', 'WhyNotMentor'] });
  const submit = () => {
    const input = Object.fromEntries(factorNames.map((f) => [f, Number.parseFloat(form[f].replace(',', '.'))])) as Record<(typeof factorNames)[number], number>;
    return command.run({ input: { version: weights.version, ...input } });
  };
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')} className="grid-form">
      <p className="hint wide">{t('policy.weightsHint')}</p>
      {factorNames.map((f) => (
        <TextField key={f} name={f} type="number" label={t(`weight.${f}`)} min={0} max={1} value={form[f]} onChange={(v) => setForm({ ...form, [f]: v })} />
      ))}
    </CommandForm>
  );
}

const ruleNames = [
  'weeklyForDaysAfterRelease', 'weeklyIntervalDays', 'laterIntervalDays', 'preReleaseIntervalDays', 'remindAgainAfterDays',
  'escalateAfterDaysOverdue', 'releaseSoonDays', 'goalDeadlineDaysAhead', 'vettingExpiryDaysAhead', 'proposalUnansweredDays',
  'applicationDeadlineDaysAhead', 'openRefusalReminderDays',
] as const;

function ReminderRulesForm({ rules }: { rules: ReminderRulesQuery['reminderRules'] }) {
  const { t } = useI18n();
  const { numbers, fields } = useNumberSettings(ruleNames, rules, (n) => `rule.${n}`);
  const command = useCommand(UpdateRules, (r) => r.updateReminderRules, {
    // When contact is next due follows the cadence rules (engagement, the desk's overdue list, the mentor's phone).
    refreshes: ['ReminderRules', 'Engagement', 'MyMatches', 'CoordinatorDesk', 'ApplicationDeadlines'],
  });
  const submit = () => command.run({ input: { version: rules.version, ...numbers() } });
  return (
    <CommandForm command={command} onSubmit={submit} submitLabel={t('save')} confirmation={t('saved')} className="grid-form">
      <p className="hint wide">{t('policy.remindersHint')}</p>
      {fields}
    </CommandForm>
  );
}
