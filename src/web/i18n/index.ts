import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, type Language } from './resources';

const STORAGE_KEY = 'mestring.language';

/**
 * Danish unless this browser's user chose English in the header. Deliberately no detection from the
 * browser's language or the address: staff share devices and the e2e journeys read the Danish texts.
 */
function chosenLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** Switches the interface's language and remembers the choice in this browser. */
export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage blocked: the choice holds until the page is reloaded.
  }
  void i18n.changeLanguage(language);
}

// Screen readers pronounce the page by <html lang>; registered first so that init's own choice sets it too
// (no document in the web tests that run in Node).
i18n.on('languageChanged', (language) => globalThis.document?.documentElement.setAttribute('lang', language));

// Namespaces are the first part of each key (t('citizens.title')), so all sit in i18next's one default namespace.
void i18n.use(initReactI18next).init({
  resources: {
    da: { translation: namespaces.da },
    en: { translation: namespaces.en },
  },
  lng: chosenLanguage(),
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
