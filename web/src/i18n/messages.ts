import type { MessageParam } from '../api';
import { isKey, translate, translatePlural, type PluralKey, type T } from './index';
import { locales, makeFormat } from './format';
import { knownRole } from '../session/roles';

/**
 * The server sends codes and parameters, never sentences for a screen: this renders one in the reader's language.
 * `key` is a catalogue key whose text has `{name}` placeholders; a key with plural forms (`key.one`, `key.other`, …)
 * is chosen by the parameter named `count`. A list is several parameters with the same name, joined as the language
 * joins lists. Returns null when the catalogue has no such key (the build's catalogue check keeps that from happening
 * for every code the server can send).
 */
export function renderMessage(t: T, key: string, params: readonly MessageParam[] = []): string | null {
  const language = t.language;
  const format = makeFormat(language);
  const values: Record<string, string> = {};
  for (const name of new Set(params.map((p) => p.name))) {
    values[name] = format.list(params.filter((p) => p.name === name).map((p) => paramText(t, p)));
  }
  let text: string | null = null;
  if (isKey(`${key}.other`)) {
    const count = Number(params.find((p) => p.name === 'count')?.value ?? params.filter((p) => p.name !== 'count').length);
    text = translatePlural(language, key as PluralKey, count, values);
  } else if (isKey(key)) {
    text = translate(language, key, values);
  }
  // A sentence whose values did not all come (an error kept from before it carried them) is not shown half-filled.
  return text !== null && !/\{\w+\}/.test(text) ? text : null;
}

function paramText(t: T, p: MessageParam): string {
  const format = makeFormat(t.language);
  switch (p.kind) {
    case 'NUMBER': return format.number(Number(p.value));
    case 'DATE': return format.date(p.value);
    case 'LANGUAGE': return known(t, `lang.${p.value}`) ?? p.value;
    case 'CONSTRAINT': return known(t, `constraint.${p.value}`) ?? p.value;
    case 'PERIOD': return periodName(t, p.value);
    case 'ENUM': {
      // Roles have one spelling in the catalogue (role.Coordinator); every other enum is enum.Type.VALUE.
      if (p.enumType === 'Role') return known(t, `role.${knownRole(p.value) ?? ''}`) ?? p.value;
      return known(t, `enum.${p.enumType ?? ''}.${p.value}`) ?? p.value;
    }
    default: return p.value;
  }
}

function known(t: T, key: string): string | null {
  return isKey(key) ? t(key) : null;
}

/** A period's name: "2026. gada novembris", "November 2026", "ноябрь 2026"; quarters "2026 Q4" in the language's words. */
export function periodName(t: T, period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('outcomes.quarter', { year: quarter[1], quarter: quarter[2] });
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const locale = locales[t.language];
  const name = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  // Russian adds "г." after the year and Latvian may abbreviate "gada" ("2026. g. novembris"): the names read in full.
  return name.replace(/\s*г\.$/, '').replace(/^(\d{4})\. g\. /, '$1. gada ');
}
