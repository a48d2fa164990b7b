import { ApiError, type UserError } from '../api';
import { type T } from '../i18n';
import { renderMessage } from '../i18n/messages';

/** What to tell the person about a refused command: our own words for its code (per field first, then per code),
 *  with the server's parameters; never the server's English message. */
export function userErrorMessage(error: UserError, t: T): string {
  return renderMessage(t, `error.${error.code}.${error.field ?? ''}`, error.params)
    ?? renderMessage(t, `error.${error.code}`, error.params)
    ?? renderMessage(t, `error.${error.code}.plain`)
    ?? t('error.unknown', { code: error.code });
}

/** What to tell the person when a call failed as a whole. */
export function failureMessage(error: unknown, t: T): string {
  if (!(error instanceof ApiError) || error.kind === 'network') return t('error.network');
  // The one 5xx with something to say: a read of a person's file that could not be recorded is not shown.
  if (error.code === 'AUDIT_UNAVAILABLE') return t('error.AUDIT_UNAVAILABLE');
  // Any other 5xx explains nothing a person can act on, whatever its body says.
  if (error.kind === 'http' || error.status >= 500) return t('error.server');
  return renderMessage(t, `error.${error.code ?? ''}`) ?? t('error.unknown', { code: error.code ?? '' });
}
