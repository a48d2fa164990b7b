import { useMemo } from 'react';
import { useI18n, type Language } from './index';

/** Everyone works in Latvia: times are shown on Riga's clock whatever the device's zone. */
export const zone = 'Europe/Riga';

// English in Latvia: day-month order and a 24-hour clock, as en-GB writes them.
export const locales: Record<Language, string> = { lv: 'lv', en: 'en-GB', ru: 'ru' };

export interface Format {
  /** A calendar date (yyyy-MM-dd), which has no zone: shown as it is. */
  date(day: string): string;
  dateTime(instant: string | Date): string;
  time(instant: string | Date): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
  percent(fraction: number): string;
  list(items: string[]): string;
}

export function makeFormat(language: Language): Format {
  const locale = locales[language];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    date: (d) => day.format(new Date(`${d}T00:00:00Z`)),
    dateTime: (i) => moment.format(typeof i === 'string' ? new Date(i) : i),
    time: (i) => clock.format(typeof i === 'string' ? new Date(i) : i),
    number: (n, options) => new Intl.NumberFormat(locale, options).format(n),
    percent: (f) => percent.format(f),
    list: (items) => list.format(items),
  };
}

export function useFormat(): Format {
  const { language } = useI18n();
  return useMemo(() => makeFormat(language), [language]);
}

const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Riga as yyyy-MM-dd (the form inputs' and the API's date format). */
export function rigaToday(now: Date = new Date()): string {
  return rigaDay.format(now);
}

/** yyyy-MM-dd plus some days (calendar arithmetic, no zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The local date-time input's value (yyyy-MM-ddTHH:mm on Riga's clock) for an instant. */
export function rigaLocalInput(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant a Riga wall-clock time (yyyy-MM-ddTHH:mm) stands for, as ISO 8601 with Riga's offset then. */
export function rigaInstant(local: string): string {
  // Riga is UTC+2 or UTC+3: try both and keep the one that reads back as the same wall-clock time.
  for (const offset of ['+02:00', '+03:00']) {
    const candidate = new Date(`${local}:00${offset}`);
    if (!Number.isNaN(candidate.getTime()) && rigaLocalInput(candidate) === local) return candidate.toISOString();
  }
  return new Date(`${local}:00+02:00`).toISOString(); // the skipped hour of a spring-forward night
}
