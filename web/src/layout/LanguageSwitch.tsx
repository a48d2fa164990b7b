import { languageNames, languages, useI18n, type Language } from '../i18n';

/** LV / EN / RU as toggle buttons. `onChosen` lets a signed-in user's choice be remembered on their account. */
export function LanguageSwitch({ onChosen }: { onChosen?: (language: Language) => void }) {
  const { language, setLanguage, t } = useI18n();
  const choose = (l: Language) => {
    setLanguage(l);
    onChosen?.(l);
  };
  return (
    <div className="languages" role="group" aria-label={t('language')}>
      {languages.map((l) => (
        <button key={l} type="button" className="lang" lang={l} title={languageNames[l]} aria-pressed={l === language} onClick={() => choose(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
