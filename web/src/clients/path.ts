import type { MessageParam } from '../api';
import type { GoalStatus } from '../graphql';
import { renderMessage, periodName } from '../i18n/messages';
import type { T } from '../i18n';

/** A goal still to be taken (the others do not change any more). */
export function isOpen(g: { status: GoalStatus }): boolean {
  return g.status === 'NOT_STARTED' || g.status === 'IN_PROGRESS';
}

/** The next step: the open goal with the earliest deadline (the plan comes sorted by deadline, but a copy is sorted anyway). */
export function nextStep<G extends { status: GoalStatus; deadline: string }>(goals: readonly G[]): G | undefined {
  return goals.filter(isOpen).sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
}

/** An eligibility warning in the reader's language from its code and params; an unknown code shows as the code. */
export function warningText(t: T, w: { code: string; params: readonly MessageParam[] }): string {
  return renderMessage(t, `warning.${w.code}`, w.params) ?? w.code;
}

/** The statement months ("2026-08") named as months in the reader's language, joined as a list. */
export function monthNames(t: T, months: readonly { period: string }[], list: (items: string[]) => string): string {
  return list(months.map((m) => periodName(t, m.period)));
}
