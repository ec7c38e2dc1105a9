'use client'
import React from 'react'
import { useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'
import { Emblem } from './Emblem'

/** The nav's icon: the province's mark, named for screen readers (admin.components.graphics.Icon). */
export function Icon() {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  return <Emblem size={28} title={t('adminUi:brandName')} />
}
