'use client'
import React from 'react'
import type { DefaultCellComponentProps } from 'payload'
import { useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from './workflow/i18n'

/** A checkbox in a list: "Có" / "Không" (Yes / No) in the admin's language, never a raw value. */
export function BooleanCell({ cellData }: DefaultCellComponentProps) {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  return <span>{cellData === true ? t('adminUi:yes') : t('adminUi:no')}</span>
}
