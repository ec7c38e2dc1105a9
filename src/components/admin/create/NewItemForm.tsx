'use client'
import React, { useState } from 'react'
import { useRouter } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'

interface Props {
  collectionSlug: string
  collectionLabel: string
  locale: string
  canCreate: boolean
}

/** The title of a new document; the draft is created only when the editor confirms it. */
export function NewItemForm({ collectionSlug, collectionLabel, locale, canCreate }: Props) {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const {
    config: {
      routes: { admin: adminRoute, api },
    },
  } = useConfig()
  const router = useRouter()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create(e: React.FormEvent) {
    e.preventDefault()
    if (!title.trim() || busy) return
    setBusy(true)
    setError(null)
    try {
      const url = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}?draft=true&depth=0&locale=${encodeURIComponent(locale)}` })
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: title.trim(), _status: 'draft' }),
      })
      const json = (await res.json().catch(() => ({}))) as { doc?: { id?: number | string }; errors?: { message?: string }[] }
      if (!res.ok || json.doc?.id === undefined) {
        setError(json.errors?.[0]?.message ?? t('adminUi:newItemFailed'))
        setBusy(false)
        return
      }
      router.push(formatAdminURL({ adminRoute, path: `/collections/${collectionSlug}/${json.doc.id}?locale=${encodeURIComponent(locale)}` }))
    } catch {
      setError(t('adminUi:newItemFailed'))
      setBusy(false)
    }
  }

  return (
    <form onSubmit={create} style={{ maxWidth: '48rem', paddingTop: 'calc(var(--base) * 2)' }}>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{collectionLabel}</p>
      <h1 style={{ marginTop: 'calc(var(--base) / 2)' }}>{t('adminUi:newItem')}</h1>
      {!canCreate ? (
        <p role="alert">{t('adminUi:newItemNotAllowed')}</p>
      ) : (
        <>
          <p>{t('adminUi:newItemHint')}</p>
          <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
            <label className="field-label" htmlFor="new-item-title">
              {t('adminUi:newItemTitle')}
            </label>
            <div className="input-wrapper">
              <input id="new-item-title" type="text" value={title} autoFocus required maxLength={500} onChange={(e) => setTitle(e.target.value)} />
            </div>
          </div>
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
          <Button type="submit" buttonStyle="primary" size="medium" id="action-new-item-create" disabled={!title.trim() || busy}>
            {t('adminUi:newItemCreate')}
          </Button>
        </>
      )}
    </form>
  )
}
