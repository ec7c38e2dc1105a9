'use client'
import React from 'react'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { reportDatedBeforePeriodEnd } from '@/domain/deadlines'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'

/**
 * Deadline sanity under the document date: a report dated before its period ends
 * (a full-year report dated in November) warns the editor before "published on time" is computed
 * from a date that cannot be right.
 */
export function DeadlineSanity() {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const family = useFormFields(([f]) => f.family?.value)
  const fiscalYear = useFormFields(([f]) => f.fiscalYear?.value)
  const documentDate = useFormFields(([f]) => f.documentDate?.value)
  const end = reportDatedBeforePeriodEnd({ family, fiscalYear, documentDate })
  if (!end) return null
  const [y, m, d] = end.split('-')
  const date = `${d}/${m}/${y}`
  return (
    <div role="alert" id="deadline-sanity" style={{ padding: 'calc(var(--base) * 0.75) var(--base)', marginBottom: 'var(--base)', borderLeft: '4px solid var(--theme-warning-500)', background: 'var(--theme-warning-100)' }}>
      {t('adminUi:datedBeforePeriodEnd', { date })}
    </div>
  )
}
