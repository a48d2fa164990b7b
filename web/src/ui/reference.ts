import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { useGql } from './data';
import type { Option } from './form';

const Municipalities = graphql(`query Municipalities { municipalities { code name kind } }`);
const Prisons = graphql(`query Prisons { prisons { code name } }`);

/** Reference data changes rarely: fetched once per session. */
export function useMunicipalities() {
  return useGql(Municipalities, undefined, { staleTime: Infinity });
}

export function usePrisons() {
  return useGql(Prisons, undefined, { staleTime: Infinity });
}

export function municipalityOptions(data: { municipalities: { code: string; name: string }[] } | undefined): Option[] {
  return (data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }));
}

/** Options for every value of a schema enum, labelled in the user's language. */
export function useEnumOptions<T extends string>(type: string, values: readonly T[]): { value: T; label: string }[] {
  const { te } = useI18n();
  return values.map((value) => ({ value, label: te(type, value) }));
}

/** The languages people speak here, as ISO 639 codes the API accepts. */
export const spokenLanguages = ['lv', 'ru', 'en', 'ltg', 'uk', 'lt', 'pl', 'be', 'de'] as const;

export const needDomains = [
  'HOUSING', 'IDENTITY_DOCUMENTS', 'INCOME_AND_BENEFITS', 'EMPLOYMENT', 'HEALTH', 'ADDICTION', 'FAMILY_AND_CHILDREN',
  'FINANCES_AND_DEBT', 'LEGAL_AID', 'SOCIAL_SKILLS_AND_LEISURE', 'EDUCATION', 'MENTAL_HEALTH', 'BASIC_NEEDS',
] as const;

export const genders = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
