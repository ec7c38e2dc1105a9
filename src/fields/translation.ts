import type { Field } from 'payload'

export const TRANSLATION_STATES = ['missing', 'outdated', 'current'] as const

/**
 * The English-edition state of a document (see src/domain/translation), kept by the
 * `trackTranslation` hook and never edited by hand, plus the "Vietnamese source" panel the
 * translator sees beside the English fields (sidebar of the edit view, English locale only).
 */
export function translationFields(): Field[] {
  return [
    {
      name: 'translation',
      type: 'group',
      label: { vi: 'Bản tiếng Anh', en: 'English translation' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tự động: một thay đổi "quan trọng" ở bản tiếng Việt làm bản tiếng Anh thành "cần cập nhật"; lưu bản tiếng Anh làm nó "đã cập nhật".',
          en: 'Automatic: a "material" change to the Vietnamese makes the English "outdated"; saving the English makes it "current".',
        },
      },
      fields: [
        {
          name: 'state',
          type: 'select',
          index: true,
          defaultValue: 'missing',
          options: [
            { value: 'missing', label: { vi: 'Chưa dịch', en: 'Missing' } },
            { value: 'outdated', label: { vi: 'Cần cập nhật', en: 'Outdated' } },
            { value: 'current', label: { vi: 'Đã cập nhật', en: 'Current' } },
          ],
          label: { vi: 'Trạng thái', en: 'State' },
          admin: { readOnly: true },
        },
        {
          name: 'viMaterialChangeAt',
          type: 'date',
          label: { vi: 'Bản tiếng Việt thay đổi quan trọng lúc', en: 'Vietnamese materially changed at' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'enUpdatedAt',
          type: 'date',
          label: { vi: 'Bản tiếng Anh cập nhật lúc', en: 'English updated at' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'viSource',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/admin/translation/ViSource#ViSource' },
      },
    },
  ]
}
