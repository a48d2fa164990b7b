import type { GoalKind, NeedDomain, StandardGoal } from '../graphql';
import type { I18n } from '../i18n';

/** A goal named in the reader's language: standard and need goals from their codes; only an own goal's title as written. */
export function goalTitle({ t, te }: Pick<I18n, 't' | 'te'>, g: { kind: GoalKind; standard?: StandardGoal | null; domain?: NeedDomain | null; title: string }): string {
  if (g.kind === 'STANDARD' && g.standard) return te('StandardGoal', g.standard);
  if (g.kind === 'NEED' && g.domain) return t('goal.need', { domain: te('NeedDomain', g.domain) });
  return g.title;
}
