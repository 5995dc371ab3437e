import commonDa from './common/da.json';
import commonEn from './common/en.json';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One namespace's texts: nested objects of strings, plurals as `key_one` / `key_other`. */
export type Messages = { [key: string]: string | Messages };

/**
 * Each web feature keeps its texts in its own folder, `features/<folder>/i18n/<language>.json`; shared words
 * and the frame's texts are the `common` namespace here. A namespace is the folder's name in camelCase and the
 * first part of every key: `features/access-log/i18n/da.json` holds `accessLog.caption`. A new feature's
 * files are picked up without registering them.
 */
const featureFiles = import.meta.glob<Messages>('../features/*/i18n/*.json', { eager: true, import: 'default' });

const camelCase = (folder: string) => folder.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function byLanguage(): Record<Language, Record<string, Messages>> {
  const out: Record<Language, Record<string, Messages>> = { da: { common: commonDa }, en: { common: commonEn } };
  for (const [path, messages] of Object.entries(featureFiles)) {
    const [, folder, language] = /\/features\/([^/]+)\/i18n\/(\w+)\.json$/.exec(path)!;
    if (!(LANGUAGES as readonly string[]).includes(language)) throw new Error(`Unknown language file ${path}`);
    out[language as Language][camelCase(folder)] = messages;
  }
  return out;
}

/** Every language's namespaces, e.g. `namespaces.en.citizens`. */
export const namespaces = byLanguage();
