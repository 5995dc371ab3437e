import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

const loadEcharts = () => import('./chart-lib');

/**
 * A chart drawn by echarts (SVG). It is a picture of the table beside it, which is its text
 * alternative: the chart is hidden from screen readers and named for the others by `label`.
 */
export function EChart({ option, height, label }: { option: EChartsCoreOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption, notMerge?: boolean): void; resize(): void; dispose(): void } | undefined;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => chart?.resize());
    void loadEcharts().then((echarts) => {
      if (disposed || !box.current) return;
      chart = echarts.init(box.current, null, { renderer: 'svg' });
      chart.setOption({ animation: false, ...option }, true);
      observer?.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return <div ref={box} className="insight-chart" style={{ height }} role="img" aria-label={label} data-testid="insight-chart" />;
}
