import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import lv from './lv.json';
import en from './en.json';
import ru from './ru.json';

// One catalogue per language, all with the Latvian keys; Latvian is the default.
export type Language = 'lv' | 'en' | 'ru';
export type Key = keyof typeof lv;
export const languages: readonly Language[] = ['lv', 'en', 'ru'];
export const languageNames: Record<Language, string> = { lv: 'Latviešu', en: 'English', ru: 'Русский' };

// The build (tsc) fails when a catalogue lacks a Latvian key (here) or has one Latvian lacks (below).
const catalogues: Record<Language, Record<Key, string>> = { lv, en, ru };
const extraInEnglish: Record<Exclude<keyof typeof en, Key>, never> = {};
const extraInRussian: Record<Exclude<keyof typeof ru, Key>, never> = {};
void extraInEnglish;
void extraInRussian;

export function isKey(key: string): key is Key {
  return Object.hasOwn(lv, key);
}

/** `{name}` placeholders are replaced by `values.name`. */
export function translate(language: Language, key: Key, values?: Record<string, string>): string {
  const text = catalogues[language][key];
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole) : text;
}

const storageKey = 'mentoring.language';

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(storageKey);
    return languages.find((l) => l === saved) ?? 'lv';
  } catch {
    return 'lv'; // storage blocked (private mode, policy): fall back to the default
  }
}

/** Translates a key; it knows its language, so a server message rendered with it (./messages.ts) formats numbers and plurals right. */
export type T = ((key: Key, values?: Record<string, string>) => string) & { readonly language: Language };

/** Plural forms are keys ending in .one, .few, .many, .other (as Intl.PluralRules names them; Russian needs all). */
type PluralBase<K extends string> = K extends `${infer B}.other` ? B : never;
export type PluralKey = PluralBase<Key>;
export type TN = (key: PluralKey, count: number, values?: Record<string, string>) => string;

export function translatePlural(language: Language, key: PluralKey, count: number, values?: Record<string, string>): string {
  const category = new Intl.PluralRules(language).select(count);
  const exact = `${key}.${category}`;
  const chosen = isKey(exact) ? exact : (`${key}.other` as Key);
  return translate(language, chosen, { count: new Intl.NumberFormat(language).format(count), ...values });
}

/** Translates a value of one of the schema's enums (`enum.NeedDomain.HOUSING`); an unknown value shows as it comes. */
function translateEnum(language: Language, type: string, value: string): string {
  const key = `enum.${type}.${value}`;
  return isKey(key) ? translate(language, key) : value;
}

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: T;
  tn: TN;
  te: (type: string, value: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(savedLanguage);
  const t = useMemo<T>(() => Object.assign((key: Key, values?: Record<string, string>) => translate(language, key, values), { language }), [language]);

  useEffect(() => {
    document.documentElement.lang = language; // the document's title is each page's (ui/Page.tsx)
    try {
      localStorage.setItem(storageKey, language);
    } catch {
      // not remembered; the switch still works for this page
    }
  }, [language]);

  const value = useMemo(
    () => ({
      language,
      setLanguage,
      t,
      tn: (key: PluralKey, count: number, values?: Record<string, string>) => translatePlural(language, key, count, values),
      te: (type: string, v: string) => translateEnum(language, type, v),
    }),
    [language, t],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
