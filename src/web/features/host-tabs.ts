import type { TFunction } from 'i18next';
import type { TabItem } from '../components/Tabs';
import { tabsOf } from './index';
import type { FeatureTab, TabHost } from './registry';

/** A subpage's fixed prefix ('mal/:goalId' → 'mal/'), under which its tab stays current. */
const prefixOf = (path: string) => `${path.split('/:')[0]}/`;

/**
 * A host page's tabs as links below `base` ('/borgere/<id>', '/admin'), in the features' order,
 * leaving out those `shows` declines (a citizen tab whose ability the record does not grant).
 */
export function hostTabItems(host: TabHost, base: string, t: TFunction, shows: (tab: FeatureTab) => boolean = () => true): TabItem[] {
  return tabsOf(host)
    .filter(shows)
    .map((tab) => ({
      to: tab.path ? `${base}/${tab.path}` : base,
      label: t(tab.labelKey),
      alsoFor: tab.subpages?.map((s) => `${base}/${prefixOf(s.path)}`),
    }));
}

/** Loads every tab's code of a host page ahead, so switching tab shows no "Henter …". */
export function prefetchTabs(host: TabHost): void {
  for (const tab of tabsOf(host)) void tab.load();
}
