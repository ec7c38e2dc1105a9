'use client'
import React, { useMemo } from 'react'
import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useAuth, useField, useTranslation } from '@payloadcms/ui'
import { checkTotals, columnLetters, validateBudgetTable, type BudgetTable, type TotalMismatch } from '@/domain/budget/core'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'
import { PlainJsonField } from './PlainJsonField'

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '0.25rem 0.5rem', verticalAlign: 'top' }
const number: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }

function fmt(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–'
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 3 }).format(value)
}

/**
 * A budget disclosure's table as finance staff read it: the grid with its unit, the
 * total cells that do not match the sum of their terms in red, and a banner naming them — or a
 * "totals check passed" line. Editors import the table from a CSV/XLSX file (the field above);
 * admins may still edit the JSON, in a plain text box (no editor loaded from a CDN).
 */
export const BudgetTableField: JSONFieldClientComponent = (props) => {
  const { path, field } = props
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const language = i18n.language
  const { user } = useAuth()
  const { value } = useField<BudgetTable | null>({ path })
  const { table, mismatches } = useMemo(() => {
    if (!value || validateBudgetTable(value).length) return { table: null, mismatches: [] as TotalMismatch[] }
    return { table: value, mismatches: checkTotals(value) }
  }, [value])
  const bad = new Map(mismatches.map((m) => [`${m.row}:${m.column}`, m]))
  const label = (l: { vi: string; en?: string } | undefined) => (l ? (language === 'en' ? l.en || l.vi : l.vi) : '')
  const where = (m: TotalMismatch) => `${columnLetters(m.column + 2)}${m.row + 2}`

  return (
    <div className="field-type budget-table" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <FieldLabel label={field.label} path={path} />
      {!table ? (
        <p>{value ? t('adminUi:tableInvalid') : t('adminUi:tableEmpty')}</p>
      ) : (
        <>
          {mismatches.length > 0 ? (
            <div role="alert" id="budget-totals-banner" style={{ padding: 'var(--base)', marginBottom: 'var(--base)', borderLeft: '4px solid var(--theme-error-500)', background: 'var(--theme-error-50)' }}>
              <strong>{t('adminUi:totalsMismatch', { n: mismatches.length })}</strong>
              <ul style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
                {mismatches.slice(0, 10).map((m, i) => (
                  <li key={i}>
                    {t('adminUi:totalsMismatchCell', {
                      cell: where(m),
                      row: label(table.rows[m.row]?.label) || table.rows[m.row]?.code || String(m.row + 1),
                      column: label(table.columns[m.column]?.label),
                      actual: fmt(m.actual, language),
                      expected: fmt(m.expected, language),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : table.checks.length > 0 ? (
            <p role="status" id="budget-totals-ok" style={{ color: 'var(--theme-success-600, green)' }}>
              ✓ {t('adminUi:totalsOk', { n: table.checks.length })}
            </p>
          ) : null}
          <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t('adminUi:tableUnit', { unit: table.unit || '—' })}</p>
          <div style={{ overflowX: 'auto', maxHeight: '32rem', overflowY: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.9rem' }}>
              <thead>
                <tr>
                  <th style={cell}>{label(table.headings?.code) || 'TT'}</th>
                  <th style={cell}>{label(table.headings?.label)}</th>
                  {table.columns.map((c) => (
                    <th key={c.key} style={cell}>
                      {label(c.label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, ri) => (
                  <tr key={ri} style={r.kind === 'total' || r.kind === 'group' ? { fontWeight: 600 } : undefined}>
                    <td style={cell}>{r.code}</td>
                    <td style={cell}>{label(r.label)}</td>
                    {table.columns.map((c, ci) => {
                      const m = bad.get(`${ri}:${ci}`)
                      return (
                        <td
                          key={c.key}
                          style={m ? { ...number, color: 'var(--theme-error-500)', background: 'var(--theme-error-50)', fontWeight: 700 } : number}
                          title={m ? t('adminUi:totalsExpected', { expected: fmt(m.expected, language) }) : undefined}
                          data-mismatch={m ? 'true' : undefined}
                        >
                          {fmt(r.values[ci], language)}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {Boolean((user as { isAdmin?: boolean } | null)?.isAdmin) && (
        <details style={{ marginTop: 'var(--base)' }}>
          <summary>{t('adminUi:tableJson')}</summary>
          <PlainJsonField {...props} />
        </details>
      )}
    </div>
  )
}
