import { languageNames, languages, useI18n } from '../i18n';

/** LV / EN / RU as toggle buttons; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="languages" role="group" aria-label={t('language')}>
      {languages.map((l) => (
        <button key={l} type="button" className="lang" title={languageNames[l]} aria-pressed={l === language} onClick={() => setLanguage(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
