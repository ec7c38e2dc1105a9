import type { BudgetTable } from '@/domain/budget/core'
import { formatNumber, unitText } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

const text = (l: { vi: string; en?: string } | undefined, locale: Locale) => (l ? (locale === 'en' && l.en ? { s: l.en, lang: undefined } : { s: l.vi, lang: locale === 'en' ? 'vi' : undefined }) : null)

/** The disclosed table as an accessible HTML table: caption with the unit, header cells scoped. */
export function BudgetTableView({ locale, table, caption, id }: { locale: Locale; table: BudgetTable; caption: string; id?: string }) {
  const t = getT(locale)
  const codeHeading = text(table.headings?.code, locale) ?? { s: t('budget.codeHeading'), lang: undefined }
  const labelHeading = text(table.headings?.label, locale) ?? { s: t('budget.itemHeading'), lang: undefined }
  return (
    <div className="table-scroll" role="region" aria-labelledby={id ? `${id}-caption` : undefined} tabIndex={0}>
      <table id={id} className="budget-table">
        <caption id={id ? `${id}-caption` : undefined}>
          {caption}
          {table.unit && (
            <>
              {' '}
              <UnitNote locale={locale} unit={table.unit} />
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" lang={codeHeading.lang}>
              {codeHeading.s}
            </th>
            <th scope="col" lang={labelHeading.lang}>
              {labelHeading.s}
            </th>
            {table.columns.map((c) => {
              const l = text(c.label, locale)!
              return (
                <th key={c.key} scope="col" className="num" lang={l.lang}>
                  {l.s}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => {
            const l = text(r.label, locale)!
            return (
              <tr key={i} className={r.kind === 'total' ? 'budget-table__total' : r.kind === 'group' ? 'budget-table__group' : undefined}>
                <td>{r.code}</td>
                <th scope="row" lang={l.lang}>
                  {l.s}
                </th>
                {r.values.map((v, j) => (
                  <td key={j} className="num" data-value={v ?? ''}>
                    {v === null ? '–' : formatNumber(v, locale, 6)}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** "(unit: million VND)" / "(đơn vị tính: triệu đồng)"; a unit with no English stays Vietnamese, marked. */
export function UnitNote({ locale, unit }: { locale: Locale; unit: string }) {
  const t = getT(locale)
  const u = unitText(unit, locale)
  const [before, after = ''] = t('budget.unit', { unit: '\u0000' }).split('\u0000')
  return (
    <span className="budget-table__unit">
      ({before}
      <span lang={u.lang !== locale ? u.lang : undefined}>{u.text}</span>
      {after})
    </span>
  )
}
