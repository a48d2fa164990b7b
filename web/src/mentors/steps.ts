import type { VettingStep } from '../graphql';
import type { T } from '../i18n';

/** A vetting step named in the reader's language. */
export function stepName(t: T, step: { kind: VettingStep; module?: string | null }): string {
  return step.kind === 'TRAINING' ? t('vetting.step.TRAINING', { module: step.module ?? '' }) : t(`vetting.step.${step.kind}`);
}
