import React from 'react'
import type { AdminViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import { NewItemForm } from './NewItemForm'

/**
 * "Tạo mới" for agency documents. Payload's own create view stores an empty draft
 * the moment it opens when autosave is on, which filled lists and the translators' queue with
 * untitled rows. This view, at `/collections/{slug}/create`, asks for the title first and stores
 * nothing until the editor creates the draft; then the full edit view (with autosave) opens.
 */
export function NewItemView({ initPageResult }: AdminViewServerProps) {
  const { collectionConfig, permissions, req, locale } = initPageResult
  if (!collectionConfig) return null
  const language = req.i18n.language === 'en' ? 'en' : 'vi'
  const singular = collectionConfig.labels.singular
  const label = typeof singular === 'string' ? singular : typeof singular === 'object' ? ((singular as Record<string, string>)[language] ?? collectionConfig.slug) : collectionConfig.slug
  const canCreate = Boolean(permissions.collections?.[collectionConfig.slug]?.create)
  return (
    <Gutter>
      <NewItemForm collectionSlug={collectionConfig.slug} collectionLabel={label} locale={locale?.code ?? 'vi'} canCreate={canCreate} />
    </Gutter>
  )
}
