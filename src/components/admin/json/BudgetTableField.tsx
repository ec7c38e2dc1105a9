'use client'
import React, { useEffect, useMemo, useRef, useState } from 'react'
import type { JSONFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useAuth, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import {
  checkTotals,
  columnLetters,
  formatNumberVi,
  insertRowBelow,
  removeRow,
  setCellValue,
  setRowText,
  tryParseNumberVi,
  validateBudgetTable,
  type BudgetTable,
  type TotalMismatch,
} from '@/domain/budget/core'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'
import { PlainJsonField } from './PlainJsonField'

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '0.25rem 0.5rem', verticalAlign: 'top' }
const number: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }
const bad: React.CSSProperties = { color: 'var(--theme-error-500)', background: 'var(--theme-error-50)', fontWeight: 700 }
const input: React.CSSProperties = { width: '100%', minWidth: '6rem', font: 'inherit', color: 'inherit', background: 'transparent', border: '1px solid var(--theme-elevation-250)', padding: '0.15rem 0.3rem' }
const button: React.CSSProperties = { font: 'inherit', fontSize: '0.8rem', padding: '0.1rem 0.4rem', margin: '0 0.25rem 0.25rem 0', cursor: 'pointer' }

function fmt(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '–'
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 3 }).format(value)
}

/** The text a cell input shows for a stored value: the Vietnamese number style the import reads. */
const cellText = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumberVi(value))

/**
 * One editable number: keeps what the editor types, takes it into the table as soon as it reads
 * as a number (so the totals check follows each keystroke), and says so when it does not.
 */
function NumberCell(props: { value: number | null; label: string; mismatch?: string; onValue: (v: number | null) => void; invalidText: (text: string) => string }) {
  const { value, label, mismatch, onValue, invalidText } = props
  const [text, setText] = useState(() => cellText(value))
  const [invalid, setInvalid] = useState(false)
  const focused = useRef(false)
  useEffect(() => {
    if (!focused.current) setText(cellText(value))
  }, [value])
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={invalid ? invalidText(text) : mismatch}
        value={text}
        style={{ ...input, textAlign: 'right', ...(invalid ? { borderColor: 'var(--theme-error-500)' } : {}) }}
        onFocus={() => {
          focused.current = true
        }}
        onBlur={() => {
          focused.current = false
          if (!invalid) setText(cellText(value))
        }}
        onChange={(e) => {
          setText(e.target.value)
          const parsed = e.target.value.trim() === '' ? ({ ok: true, value: null } as const) : tryParseNumberVi(e.target.value, { style: 'vi' })
          setInvalid(!parsed.ok)
          if (parsed.ok) onValue(parsed.value)
        }}
      />
      {invalid && (
        <span role="alert" style={{ display: 'block', whiteSpace: 'normal', fontSize: '0.8rem', color: 'var(--theme-error-500)', textAlign: 'left' }}>
          {invalidText(text)}
        </span>
      )}
    </>
  )
}

/**
 * A budget disclosure's table as finance staff read and edit it: the grid with its unit, each
 * value an input in the Vietnamese number style, rows added below another (joining its group's
 * total) or removed, the total cells that do not match the sum of their terms in red and a
 * banner naming them — or a "totals check passed" line — recomputed on every keystroke. Picking
 * a CSV/XLSX file in the field above shows its table here at once (the same table the save takes
 * from the file). Admins may still read and edit the JSON, in a plain text box (no editor loaded
 * from a CDN). `clientProps.editable` turns the editing on (the disclosure's own table; a source
 * file's table is what the file says and stays read-only).
 */
export const BudgetTableField: JSONFieldClientComponent = (props) => {
  const { path, field, readOnly } = props
  const editable = Boolean((props as { editable?: boolean }).editable) && !readOnly && !field.admin?.readOnly
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const language = i18n.language
  const { user } = useAuth()
  const { config } = useConfig()
  const { value, setValue } = useField<BudgetTable | null>({ path })
  const { table, mismatches } = useMemo(() => {
    if (!value || validateBudgetTable(value).length) return { table: null, mismatches: [] as TotalMismatch[] }
    return { table: value, mismatches: checkTotals(value) }
  }, [value])

  // The source file beside the table (`tableFile`): when the editor picks another one, read its
  // parsed table through the API (same host, the editor's session) and show it at once.
  const filePath = path.includes('.') ? `${path.slice(0, path.lastIndexOf('.'))}.tableFile` : 'tableFile'
  const fileId = useFormFields(([fields]) => fields[filePath]?.value) as number | string | { id?: number | string } | null | undefined
  const id = fileId && typeof fileId === 'object' ? fileId.id : fileId
  const firstFile = useRef(id)
  const [imported, setImported] = useState<'ok' | 'failed' | null>(null)
  useEffect(() => {
    if (!editable || id === undefined || id === null || id === '' || String(id) === String(firstFile.current)) return
    firstFile.current = id
    let cancelled = false
    fetch(`${config.routes.api}/budget-table-files/${encodeURIComponent(String(id))}?depth=0`, { credentials: 'include' })
      .then(async (res) => {
        const doc = res.ok ? ((await res.json()) as { table?: unknown }) : null
        if (cancelled) return
        if (doc?.table && !validateBudgetTable(doc.table).length) {
          setValue(doc.table as BudgetTable)
          setImported('ok')
        } else setImported('failed')
      })
      .catch(() => !cancelled && setImported('failed'))
    return () => {
      cancelled = true
    }
  }, [editable, id, config.routes.api, setValue])

  const red = new Map(mismatches.map((m) => [`${m.row}:${m.column}`, m]))
  const labelLocale = language === 'en' ? 'en' : 'vi'
  const label = (l: { vi: string; en?: string } | undefined) => (l ? (language === 'en' ? l.en || l.vi : l.vi) : '')
  const where = (m: TotalMismatch) => `${columnLetters(m.column + 2)}${m.row + 2}`
  const rowName = (ri: number) => label(table?.rows[ri]?.label) || table?.rows[ri]?.code || String(ri + 1)
  const edit = (next: BudgetTable) => setValue(next)

  return (
    <div className="field-type budget-table" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <FieldLabel label={field.label} path={path} />
      {imported && (
        <p role="status" id="budget-table-imported" style={{ color: imported === 'ok' ? 'var(--theme-success-600, green)' : 'var(--theme-error-500)' }}>
          {t(imported === 'ok' ? 'adminUi:tableImported' : 'adminUi:tableImportFailed')}
        </p>
      )}
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
                      row: rowName(m.row),
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
          {editable && <p style={{ margin: '0 0 calc(var(--base) / 2)', color: 'var(--theme-elevation-650)' }}>{t('adminUi:tableEditHint')}</p>}
          <div style={{ overflowX: 'auto', maxHeight: '40rem', overflowY: 'auto' }}>
            <table id="budget-table-grid" style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.9rem' }}>
              <thead>
                <tr>
                  <th style={cell}>{label(table.headings?.code) || 'TT'}</th>
                  <th style={cell}>{label(table.headings?.label)}</th>
                  {table.columns.map((c) => (
                    <th key={c.key} style={cell}>
                      {label(c.label)}
                    </th>
                  ))}
                  {editable && <th style={cell}>{t('adminUi:tableActions')}</th>}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, ri) => (
                  <tr key={ri} data-row={ri} style={r.kind === 'total' || r.kind === 'group' ? { fontWeight: 600 } : undefined}>
                    <td style={cell}>
                      {editable ? (
                        <input aria-label={t('adminUi:tableRowCode', { n: ri + 1 })} value={r.code} style={{ ...input, minWidth: '3rem', width: '3.5rem' }} onChange={(e) => edit(setRowText(table, ri, 'code', e.target.value))} />
                      ) : (
                        r.code
                      )}
                    </td>
                    <td style={cell}>
                      {editable ? (
                        <input
                          aria-label={t('adminUi:tableRowLabel', { n: ri + 1 })}
                          value={labelLocale === 'en' ? (r.label.en ?? '') : r.label.vi}
                          style={{ ...input, minWidth: '14rem', fontWeight: 'inherit' }}
                          onChange={(e) => edit(setRowText(table, ri, 'label', e.target.value, labelLocale))}
                        />
                      ) : (
                        label(r.label)
                      )}
                    </td>
                    {table.columns.map((c, ci) => {
                      const m = red.get(`${ri}:${ci}`)
                      const expected = m ? t('adminUi:totalsExpected', { expected: fmt(m.expected, language) }) : undefined
                      return (
                        <td key={c.key} style={m ? { ...number, ...bad } : number} title={expected} data-mismatch={m ? 'true' : undefined} data-cell={`${ri}:${ci}`}>
                          {editable ? (
                            <NumberCell
                              value={r.values[ci] ?? null}
                              label={t('adminUi:tableCell', { row: rowName(ri), column: label(c.label) || c.key })}
                              mismatch={expected}
                              onValue={(v) => edit(setCellValue(table, ri, ci, v))}
                              invalidText={(text) => t('adminUi:tableNumberInvalid', { text })}
                            />
                          ) : (
                            fmt(r.values[ci], language)
                          )}
                        </td>
                      )
                    })}
                    {editable && (
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        <button type="button" style={button} aria-label={t('adminUi:tableAddRowBelow', { n: ri + 1 })} onClick={() => edit(insertRowBelow(table, ri))}>
                          + {t('adminUi:tableAddRow')}
                        </button>
                        <button type="button" style={button} aria-label={t('adminUi:tableRemoveRowN', { n: ri + 1 })} onClick={() => edit(removeRow(table, ri))}>
                          − {t('adminUi:tableRemoveRow')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable && (
            <button type="button" style={{ ...button, marginTop: 'calc(var(--base) / 2)' }} onClick={() => edit(insertRowBelow(table, -1))}>
              + {t('adminUi:tableAddFirstRow')}
            </button>
          )}
        </>
      )}
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
      {Boolean((user as { isAdmin?: boolean } | null)?.isAdmin) && (
        <details style={{ marginTop: 'var(--base)' }}>
          <summary>{t('adminUi:tableJson')}</summary>
          <PlainJsonField {...props} />
        </details>
      )}
    </div>
  )
}
