import lv from './i18n/lv.json';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

// One catalogue per language with identical keys; Latvian is the default.
export type Language = 'lv' | 'en' | 'ru';
export type Key = keyof typeof lv;
const catalogues: Record<Language, Record<Key, string>> = { lv, en, ru };
export const languages: Language[] = ['lv', 'en', 'ru'];

const storageKey = 'mentoring.language';

export function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return saved === 'en' || saved === 'ru' || saved === 'lv' ? saved : 'lv';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
}

export function translate(language: Language, key: Key, values?: Record<string, string>): string {
  let text = catalogues[language][key] ?? catalogues.lv[key] ?? key;
  for (const [name, value] of Object.entries(values ?? {})) text = text.replace(`{${name}}`, value);
  return text;
}

export function hasKey(key: string): key is Key {
  return key in lv;
}
