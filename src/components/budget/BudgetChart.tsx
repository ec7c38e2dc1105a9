import { chartData, layoutBars } from '@/domain/budget/chart'
import type { BudgetTable } from '@/domain/budget/core'
import { formatNumber, unitText } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/**
 * A bar chart drawn on the server as inline SVG: no script, no third-party host. The SVG has a
 * title and a description listing every value (its text alternative); the table above carries the
 * same figures.
 */
export function BudgetChart({ locale, table, id }: { locale: Locale; table: BudgetTable; id: string }) {
  const data = chartData(table, locale)
  if (!data) return null
  const t = getT(locale)
  const layout = layoutBars(data)
  const column = table.columns[data.column]!
  const columnLabel = locale === 'en' && column.label.en ? column.label.en : column.label.vi
  const fmt = (v: number) => formatNumber(v, locale, 6)
  const title = t('budget.chartTitle', { column: columnLabel, unit: table.unit ? unitText(table.unit, locale).text : '–' })
  const description = data.bars.map((b) => `${b.label === b.fullLabel ? b.fullLabel : `${b.label}. ${b.fullLabel}`}: ${fmt(b.value)}`).join('; ')
  return (
    <figure className="budget-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        style={{ maxWidth: `${layout.width}px` }}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={layout.zeroX} x2={layout.zeroX} y1={0} y2={layout.height} stroke="#4a4a50" strokeWidth={1} />
        {layout.bars.map((b) => (
          <g key={b.row}>
            <text x={140} y={b.y + b.height / 2} dominantBaseline="middle" textAnchor="end" fontSize={13} fill="#1d1d1f">
              {b.label}
            </text>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#7a1010" />
            <text x={b.textX} y={b.y + b.height / 2} dominantBaseline="middle" textAnchor={b.textAnchor} fontSize={13} fill="#1d1d1f">
              {fmt(b.value)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{t('budget.chartCaption', { title })}</figcaption>
    </figure>
  )
}
