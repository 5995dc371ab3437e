/**
 * A bar filled to the occupancy with a line at the target. Decorative: the figure and the
 * "Under mål" words next to it say the same in text.
 */
export function OccupancyMeter({ pct, targetPct }: { pct: number | null; targetPct: number }) {
  const fill = Math.max(0, Math.min(100, pct ?? 0));
  return (
    <div className="occ-meter" aria-hidden="true">
      <div className={`occ-meter-fill${pct !== null && pct < targetPct ? ' occ-meter-fill--below' : ''}`} style={{ width: `${fill}%` }} />
      <div className="occ-meter-target" style={{ left: `${targetPct}%` }} />
    </div>
  );
}
