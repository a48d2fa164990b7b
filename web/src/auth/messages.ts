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
  // The one 5xx with something to say: a read of a person's file that could not be recorded is not shown.
  if (error.code === 'AUDIT_UNAVAILABLE') return t('error.AUDIT_UNAVAILABLE');
  // Any other 5xx explains nothing a person can act on, whatever its body says.
  if (error.kind === 'http' || error.status >= 500) return t('error.server');
  const byCode = `error.${error.code ?? ''}`;
  return isKey(byCode) ? t(byCode) : error.message;
}

// The server may say until when the account is locked, as a date and time inside its message:
// "… after 2026-11-23 06:45 UTC." or an ISO 8601 instant. No zone given means UTC.
const instant = /(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|[+-]\d{2}:?\d{2})?/;

export function lockedUntil(message: string): Date | null {
  const match = instant.exec(message);
  if (!match) return null;
  const [, day, time, zone = 'Z'] = match;
  const offset = zone === 'Z' || zone === 'UTC' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${day}T${time}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// English in Latvia: day-month order and a 24-hour clock, as en-GB writes them.
const locales: Record<Language, string> = { lv: 'lv', en: 'en-GB', ru: 'ru' };

function formatTime(date: Date, language: Language): string {
  const sameDay = date.toDateString() === new Date().toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locales[language], options).format(date);
}
