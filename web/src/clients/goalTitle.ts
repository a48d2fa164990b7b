import type { FollowUpKind, GoalKind, Institution, NeedDomain, StandardGoal } from '../graphql';
import type { I18n } from '../i18n';

type Titled = {
  kind: GoalKind; standard?: StandardGoal | null; domain?: NeedDomain | null; title: string;
  followUp?: FollowUpKind | null; institution?: Institution | null;
};

/** A goal named in the reader's language: standard, need and follow-up goals from their codes; only an own goal's title as written. */
export function goalTitle({ t, te }: Pick<I18n, 't' | 'te'>, g: Titled): string {
  if (g.kind === 'STANDARD' && g.standard) return te('StandardGoal', g.standard);
  if (g.kind === 'NEED' && g.domain) return t('goal.need', { domain: te('NeedDomain', g.domain) });
  if (g.kind === 'FOLLOW_UP' && g.followUp && g.institution) {
    return t('goal.followUp', { institution: te('Institution', g.institution), kind: te('FollowUpKind', g.followUp) });
  }
  return g.title;
}
