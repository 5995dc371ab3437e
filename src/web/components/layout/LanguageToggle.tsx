import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../i18n';

/** Offers the other language, named in that language ("English" / "Dansk"); the choice is kept in this browser. */
export function LanguageToggle() {
  const { i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => chooseLanguage(other)}>
      {other === 'en' ? 'English' : 'Dansk'}
    </button>
  );
}
