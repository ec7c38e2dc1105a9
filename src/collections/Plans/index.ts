import type { CollectionConfig, Field } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { agencyContent } from '../shared/agencyContent'
import { PLAN_AREAS, PLAN_KINDS, PLAN_LEVELS, PLAN_STATUSES } from './options'
import { livePreview } from '@/lib/preview/url'

const select = (name: string, options: readonly { value: string; label: { vi: string; en: string } }[], label: { vi: string; en: string }, required = true): Field => ({
  name,
  type: 'select',
  required,
  index: true,
  options: options.map((o) => ({ value: o.value, label: { ...o.label } })),
  label,
})

/**
 * Planning documents: the provincial master plan, land-use, construction/urban, sector and
 * investment plans, with the legal document that approved them (its amendments come from the
 * legal-documents relations). `withLegalDocuments` is false only while that collection is absent.
 */
export function plansCollection({ withLegalDocuments }: { withLegalDocuments: boolean }): CollectionConfig {
  return agencyContent({
    slug: 'plans',
    labels: { singular: { vi: 'Quy hoạch', en: 'Plan' }, plural: { vi: 'Quy hoạch', en: 'Plans' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'level', 'planStatus', 'agency', '_status'],
      group: { vi: 'Nội dung', en: 'Content' },
      livePreview: livePreview('plans'),
    },
    defaultSort: '-periodStart',
    fields: [
      { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên quy hoạch', en: 'Title' } },
      slugField({ from: 'title' }),
      { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
      {
        type: 'row',
        fields: [
          select('kind', PLAN_KINDS, { vi: 'Loại quy hoạch', en: 'Kind' }),
          select('level', PLAN_LEVELS, { vi: 'Cấp', en: 'Level' }),
          select('planStatus', PLAN_STATUSES, { vi: 'Tình trạng', en: 'Status' }),
        ],
      },
      {
        type: 'row',
        fields: [
          select('area', PLAN_AREAS, { vi: 'Địa bàn', en: 'Area' }),
          { name: 'areaDetail', type: 'text', localized: true, label: { vi: 'Phạm vi cụ thể', en: 'Area covered' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'periodStart', type: 'number', min: 1990, max: 2100, index: true, label: { vi: 'Thời kỳ từ năm', en: 'Period from' } },
          { name: 'periodEnd', type: 'number', min: 1990, max: 2100, label: { vi: 'đến năm', en: 'to' } },
          { name: 'visionYear', type: 'number', min: 1990, max: 2100, label: { vi: 'Tầm nhìn đến năm', en: 'Vision to' } },
        ],
      },
      ...(withLegalDocuments
        ? [
            {
              name: 'approvingDocument',
              type: 'relationship',
              relationTo: 'legal-documents',
              label: { vi: 'Văn bản phê duyệt', en: 'Approving document' },
              // Usually issued by another body than the plan's owner (UBND tỉnh, Thủ tướng): the
              // crossAgencyLegalRelations plugin lets it point at any agency's legal documents.
            } as Field,
          ]
        : []),
      {
        name: 'approvalReference',
        type: 'text',
        label: { vi: 'Văn bản phê duyệt (nếu chưa có trên cổng)', en: 'Approving document (if not on the portal)' },
        admin: { placeholder: 'Quyết định số …/QĐ-TTg ngày …' },
      },
      { name: 'attachments', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Bản đồ, báo cáo', en: 'Maps and reports' } },
    ],
  })
}
