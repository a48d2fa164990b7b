import { ApiError, type UserError } from '../api';
import { isKey, type T } from '../i18n';

/** What to tell the person about a refused command: our own words for the codes we know (per field first, then per code). */
export function userErrorMessage(error: UserError, t: T): string {
  const byField = `error.${error.code}.${error.field ?? ''}`;
  if (isKey(byField)) return t(byField);
  const byCode = `error.${error.code}`;
  return isKey(byCode) ? t(byCode) : error.message;
}

/** What to tell the person when a call failed as a whole. */
export function failureMessage(error: unknown, t: T): string {
  if (!(error instanceof ApiError) || error.kind === 'network') return t('error.network');
  // The one 5xx with something to say: a read of a person's file that could not be recorded is not shown.
  if (error.code === 'AUDIT_UNAVAILABLE') return t('error.AUDIT_UNAVAILABLE');
  // Any other 5xx explains nothing a person can act on, whatever its body says.
  if (error.kind === 'http' || error.status >= 500) return t('error.server');
  const byCode = `error.${error.code ?? ''}`;
  return isKey(byCode) ? t(byCode) : error.message;
}
