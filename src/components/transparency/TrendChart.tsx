import { formatNumber } from '@/domain/i18n-format'
import type { Locale } from '@/routes'

export interface Series {
  label: string
  values: (number | null)[]
  /** Dashed grey line (e.g. the province average). */
  secondary?: boolean
}

const W = 560
const H = 240
const PAD = { left: 40, right: 16, top: 16, bottom: 56 }

/** Polyline path through the non-null points; a null breaks the line. */
function path(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = ''
  let pen = false
  values.forEach((v, i) => {
    if (v === null) {
      pen = false
      return
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`
    pen = true
  })
  return d
}

/**
 * Server-rendered line chart of scores (0–100) by period. The SVG is an image with a title; the
 * same numbers are in the data table the page renders beside it.
 */
export function TrendChart({ id, title, periods, series, locale }: { id: string; title: string; periods: string[]; series: Series[]; locale: Locale }) {
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const x = (i: number) => PAD.left + (periods.length <= 1 ? innerW / 2 : (i * innerW) / (periods.length - 1))
  const y = (v: number) => PAD.top + innerH - (Math.max(0, Math.min(100, v)) / 100) * innerH
  return (
    <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-title`}>{title}</title>
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="trend-chart__grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="trend-chart__axis">
            {formatNumber(v, locale)}
          </text>
        </g>
      ))}
      {periods.map((p, i) => (
        <text key={p} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="trend-chart__axis">
          {p}
        </text>
      ))}
      {series.map((s, k) => (
        <g key={s.label} className={s.secondary ? 'trend-chart__series trend-chart__series--secondary' : 'trend-chart__series'}>
          <path d={path(s.values, x, y)} fill="none" />
          {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={s.secondary ? 3 : 4} />))}
          <line x1={PAD.left + k * 220} x2={PAD.left + k * 220 + 24} y1={H - 14} y2={H - 14} />
          <text x={PAD.left + k * 220 + 30} y={H - 10} className="trend-chart__legend">
            {s.label}
          </text>
        </g>
      ))}
    </svg>
  )
}

/** A tiny decorative trend line for a table row; its numbers are in the row's accessible name. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const w = 80
  const h = 24
  const x = (i: number) => (values.length <= 1 ? w / 2 : 2 + (i * (w - 4)) / (values.length - 1))
  const y = (v: number) => h - 2 - (Math.max(0, Math.min(100, v)) / 100) * (h - 4)
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      <path d={path(values, x, y)} fill="none" />
      {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2} />))}
    </svg>
  )
}
