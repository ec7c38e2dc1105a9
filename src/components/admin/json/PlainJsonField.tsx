'use client'
import React, { useState } from 'react'
import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'

/**
 * Payload's JSON field loads the Monaco editor from a CDN, which never renders in the province's
 * network. This plain replacement shows the JSON as text; editable fields parse it
 * on every change and keep the last valid value. Nothing is loaded from another origin.
 */
export const PlainJsonField: JSONFieldClientComponent = ({ path, field, readOnly }) => {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { value, setValue } = useField<unknown>({ path })
  const [text, setText] = useState(() => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2)))
  const [error, setError] = useState(false)
  const disabled = Boolean(readOnly || field.admin?.readOnly)
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type json" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} htmlFor={id} />
      <textarea
        id={id}
        value={text}
        readOnly={disabled}
        rows={Math.min(20, Math.max(4, text.split('\n').length))}
        spellCheck={false}
        style={{ width: '100%', fontFamily: 'monospace', fontSize: '0.85rem', padding: 'calc(var(--base) / 2)', background: disabled ? 'var(--theme-elevation-50)' : undefined }}
        onChange={(e) => {
          setText(e.target.value)
          if (!e.target.value.trim()) {
            setError(false)
            setValue(null)
            return
          }
          try {
            setValue(JSON.parse(e.target.value))
            setError(false)
          } catch {
            setError(true)
          }
        }}
      />
      {error && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{t('adminUi:jsonInvalid')}</p>}
    </div>
  )
}
