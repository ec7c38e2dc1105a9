'use client'
import React from 'react'
import { useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'
import { Emblem } from './Emblem'

/** The login page's logo: the province's mark and name (admin.components.graphics.Logo). */
export function Logo() {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <Emblem size={56} />
      <div>
        <div style={{ fontSize: '1.25rem', fontWeight: 700, lineHeight: 1.2 }}>{t('adminUi:brandName')}</div>
        <div style={{ fontSize: '0.9rem', opacity: 0.8 }}>{t('adminUi:brandTagline')}</div>
      </div>
    </div>
  )
}
