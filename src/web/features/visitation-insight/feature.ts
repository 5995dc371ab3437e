import type { WebFeature } from '../registry';

export const visitationInsightFeature: WebFeature = {
  pages: [
    // The capacity forecast: whoever reads figures somewhere and case workers (the server's 'visitation_insight' view).
    { path: 'indsigt', load: () => import('./ForecastPage'), menu: { labelKey: 'visitationInsight.nav', show: 'visitationInsight', order: 45 } },
    { path: 'indsigt/flow', load: () => import('./FlowPage') },
  ],
};
