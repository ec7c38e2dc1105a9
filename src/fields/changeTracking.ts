import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload'

/**
 * Public change history ("GOV.UK style"). Each save says whether it is a minor correction or a
 * material change (`changeKind`, per save, default minor) with a localized `changeNote`. When a
 * material change of an already published document is published, `{ at, note }` is appended to the
 * public `changeLog`. ENGLISH reads the same `changeKind` (a material change in `vi` makes the
 * English translation outdated): read it in a hook that runs BEFORE `trackChanges`, which resets
 * the per-save choice to 'minor' once it has been published.
 */
export const CHANGE_KINDS = ['minor', 'material'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export function changeTrackingFields(): Field[] {
  return [
    {
      name: 'changeKind',
      type: 'radio',
      defaultValue: 'minor',
      options: [
        { value: 'minor', label: { vi: 'Sửa nhỏ (chính tả, định dạng)', en: 'Minor (typo, formatting)' } },
        { value: 'material', label: { vi: 'Thay đổi quan trọng (công khai trong lịch sử)', en: 'Material change (shown in the public history)' } },
      ],
      label: { vi: 'Loại thay đổi', en: 'Kind of change' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'changeNote',
      type: 'textarea',
      localized: true,
      maxLength: 500,
      label: { vi: 'Ghi chú thay đổi', en: 'Change note' },
      admin: {
        position: 'sidebar',
        condition: (_data, siblingData) => siblingData?.changeKind === 'material',
        description: { vi: 'Hiển thị công khai cùng ngày cập nhật.', en: 'Shown to the public with the update date.' },
      },
      validate: (value: unknown, { siblingData }: { siblingData?: { changeKind?: string } }) =>
        siblingData?.changeKind === 'material' && (typeof value !== 'string' || !value.trim())
          ? 'Cần ghi chú cho thay đổi quan trọng / A material change needs a change note'
          : true,
    },
    {
      name: 'changeLog',
      type: 'array',
      label: { vi: 'Lịch sử thay đổi', en: 'Change history' },
      labels: { singular: { vi: 'Thay đổi', en: 'Change' }, plural: { vi: 'Thay đổi', en: 'Changes' } },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'at', type: 'date', required: true, label: { vi: 'Thời điểm', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ]
}

type Row = Record<string, unknown>

/**
 * Appends the change note to the public log when a material change of a document that was already
 * published is published, then resets the per-save choice. Keep it last in `beforeChange`.
 */
export const trackChanges: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  if (!data || data._status !== 'published') return data
  const wasPublishedBefore = operation === 'update' && Boolean((originalDoc as Row | undefined)?.publishedAt)
  const note = typeof data.changeNote === 'string' ? data.changeNote.trim() : ''
  // Collection hooks run before field validation, so the note is checked here, before the reset.
  if (data.changeKind === 'material' && !note) {
    const message = req.i18n?.language === 'en' ? 'A material change needs a change note.' : 'Cần ghi chú cho thay đổi quan trọng.'
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'changeNote', message }] }, req.t)
  }
  const next: Row = { ...data }
  if (data.changeKind === 'material' && wasPublishedBefore && note) {
    const log = Array.isArray(data.changeLog) ? (data.changeLog as Row[]) : Array.isArray((originalDoc as Row)?.changeLog) ? ((originalDoc as Row).changeLog as Row[]) : []
    next.changeLog = [...log, { at: new Date().toISOString(), note }]
  }
  next.changeKind = 'minor'
  next.changeNote = null
  return next
}
