'use client'
import React from 'react'
import type { DateFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from './workflow/i18n'

/**
 * A computed, read-only date: plain text, without the date picker's clear and
 * calendar controls that suggested it could be edited.
 */
export const ReadOnlyDate: DateFieldClientComponent = ({ path, field }) => {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { value } = useField<string | null>({ path })
  const shown = value ? new Date(value).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }) : t('adminUi:notComputed')
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type date-time read-only" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} htmlFor={id} />
      <output id={id} style={{ display: 'block', padding: 'calc(var(--base) / 2) 0', fontWeight: 600 }}>
        {shown}
      </output>
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
