import { ApiError, type UserError } from '../api';
import { isKey, type Language, type T } from '../i18n';

/** What to tell the person about a refused sign-in: our own words for the codes we know, the server's otherwise. */
export function userErrorMessage(error: UserError, t: T, language: Language): string {
  if (error.code === 'LOCKED_OUT') {
    const until = lockedUntil(error.message);
    return until ? t('error.LOCKED_OUT.until', { time: formatTime(until, language) }) : t('error.LOCKED_OUT');
  }
  const byField = `error.${error.code}.${error.field ?? ''}`;
  if (isKey(byField)) return t(byField);
  const byCode = `error.${error.code}`;
  return isKey(byCode) ? t(byCode) : error.message;
}

/** What to tell the person when a call failed as a whole. */
export function failureMessage(error: unknown, t: T): string {
  if (!(error instanceof ApiError) || error.kind === 'network') return t('error.network');
  if (error.kind === 'http') return t('error.server');
  const byCode = `error.${error.code ?? ''}`;
  return isKey(byCode) ? t(byCode) : error.message;
}

// The server may say until when the account is locked, as an ISO 8601 instant inside its message.
const isoInstant = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/;

function lockedUntil(message: string): Date | null {
  const match = isoInstant.exec(message);
  const date = match ? new Date(match[0]) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function formatTime(date: Date, language: Language): string {
  const sameDay = date.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(language, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
