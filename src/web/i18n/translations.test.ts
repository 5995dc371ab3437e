/// <reference types="node" />
// Reads the web sources from disk, so Node's types too (the web app itself has none).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, namespaces, type Messages } from './resources';

/** Every text's full key ('citizens.count_one') with its text, per language. */
function flatten(messages: Messages, prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}.${key}`, value);
    else flatten(value, `${prefix}.${key}`, out);
  }
  return out;
}

const texts = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const all = new Map<string, string>();
    for (const [ns, messages] of Object.entries(namespaces[lang])) flatten(messages, ns, all);
    return [lang, all];
  }),
) as Record<(typeof LANGUAGES)[number], Map<string, string>>;

const names = Object.keys(namespaces.da).sort();
const keysOf = (lang: (typeof LANGUAGES)[number], ns: string) => [...texts[lang].keys()].filter((k) => k.startsWith(`${ns}.`)).sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** A key the code uses is there as a text, or as the plural forms i18next picks from with `count`. */
const exists = (lang: (typeof LANGUAGES)[number], key: string) =>
  texts[lang].has(key) || (texts[lang].has(`${key}_one`) && texts[lang].has(`${key}_other`));

const thisFile = fileURLToPath(import.meta.url);
const webRoot = join(dirname(thisFile), '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/**
 * The keys written in the code, as far as they are known without running it: every quoted string that starts
 * with a namespace ('citizens.title', also menu entries and key tables), and the fixed start of a key built in a
 * template (`plans.status.${status}` → 'plans.status.').
 */
function keysInCode() {
  const ns = names.join('|');
  const literal = new RegExp(`(['"])((?:${ns})\\.[\\w.]+)\\1`, 'g');
  const prefix = new RegExp(`\`((?:${ns})\\.[\\w.]*\\.)\\$\\{`, 'g');
  const full = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(webRoot)) {
    if (file === thisFile) continue;
    const code = readFileSync(file, 'utf8');
    const where = file.slice(webRoot.length + 1);
    for (const m of code.matchAll(literal)) full.set(m[2], where);
    for (const m of code.matchAll(prefix)) prefixes.set(m[1], where);
  }
  return { full, prefixes };
}

describe('translations', () => {
  it('has the same namespaces in every language, one per feature folder with texts plus common', () => {
    for (const lang of LANGUAGES) expect(Object.keys(namespaces[lang]).sort()).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(['common', 'citizens', 'journal', 'plans', 'accessLog']));
  });

  it.each(names)('%s has every key in Danish and English, plural forms included', (ns) => {
    expect(keysOf('en', ns)).toEqual(keysOf('da', ns));
  });

  it('gives every plural both the one and the other form', () => {
    for (const lang of LANGUAGES) {
      for (const key of texts[lang].keys()) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        if (base !== key) expect([key, texts[lang].has(`${base}_one`) && texts[lang].has(`${base}_other`)]).toEqual([key, true]);
      }
    }
  });

  it('keeps every text non-empty and its {{placeholders}} the same in both languages', () => {
    for (const [key, da] of texts.da) {
      const en = texts.en.get(key) ?? '';
      expect([key, da.trim() !== '' && en.trim() !== '']).toEqual([key, true]);
      expect([key, placeholders(en)]).toEqual([key, placeholders(da)]);
    }
  });

  it('has a text in every language for every key the code uses', () => {
    const { full, prefixes } = keysInCode();
    // The scan finds the code's keys (a broken pattern would find none and pass vacuously).
    expect(full.size).toBeGreaterThan(400);
    expect(full.get('common.nav.myCitizens')).toBe('features/citizens/feature.ts');
    expect(prefixes.get('plans.status.')).toBeDefined();

    const missing = [...full].filter(([key]) => LANGUAGES.some((lang) => !exists(lang, key))).map(([key, file]) => `${key} (${file})`);
    const emptyPrefixes = [...prefixes]
      .filter(([p]) => LANGUAGES.some((lang) => ![...texts[lang].keys()].some((k) => k.startsWith(p))))
      .map(([p, file]) => `${p}… (${file})`);
    expect([...missing, ...emptyPrefixes]).toEqual([]);
  });
});
