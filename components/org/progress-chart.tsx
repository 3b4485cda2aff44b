import type { Locale } from "@/domain/content/locale";
import { formatDate, formatPercent } from "@/lib/format";

/** Cumulative share of work done per day, as an inline SVG line chart (no chart library, no script). */
export function ProgressChart({ points, lang, label }: { points: { day: string; share: number }[]; lang: Locale; label: string }) {
  const width = 640;
  const height = 200;
  const pad = { left: 44, right: 12, top: 12, bottom: 28 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  if (points.length === 0) return null;
  const max = Math.max(0.05, ...points.map((p) => p.share));
  const top = Math.min(1, Math.ceil(max * 10) / 10);
  const x = (i: number) => pad.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (share: number) => pad.top + innerH - (share / top) * innerH;
  const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.share).toFixed(1)}`).join(" ");
  const last = points[points.length - 1]!;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${formatPercent(last.share, lang)} (${formatDate(last.day, lang)})`}>
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke="#e2ddd3" />
            <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#4a5866">
              {formatPercent(v, lang)}
            </text>
          </g>
        ))}
        <path d={`${path} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0)},${y(0)} Z`} fill="#e3f1ef" />
        <path d={path} fill="none" stroke="#0b6e69" strokeWidth="2" />
        <text x={pad.left} y={height - 8} fontSize="11" fill="#4a5866">
          {formatDate(points[0]!.day, lang)}
        </text>
        <text x={width - pad.right} y={height - 8} fontSize="11" fill="#4a5866" textAnchor="end">
          {formatDate(last.day, lang)}
        </text>
      </svg>
    </figure>
  );
}
