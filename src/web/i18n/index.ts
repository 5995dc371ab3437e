import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from './da.json';
import leader from './leader.da.json';
import admin from './admin.da.json';
import covers from './covers.da.json';

// Danish first; English can be added as a second resource later.
void i18n.use(initReactI18next).init({
  resources: { da: { translation: { ...da, ...leader, ...admin, ...covers } } },
  lng: 'da',
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
