import type { CollectionConfig, Validate } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { validateBudgetTable } from '@/domain/budget/core'
import { agencyContent } from '../shared/agencyContent'
import { FAMILY_OPTIONS } from './families'
import { applyTableFile } from './hooks/applyTableFile'
import { checkTableTotals } from './hooks/checkTableTotals'
import { computeTimeliness } from './hooks/computeTimeliness'
import { livePreview } from '@/lib/preview/url'

const validateTable: Validate = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  const problems = validateBudgetTable(value)
  if (!problems.length) return true
  const intro = req?.i18n?.language === 'en' ? 'The table is not valid' : 'Bảng số liệu không hợp lệ'
  return `${intro}: ${problems.slice(0, 5).join('; ')}`
}

/**
 * Budget disclosures (Circular 343/2016/TT-BTC): estimates, execution reports and final accounts
 * with their statutory deadline and punctuality (computed), and the form's table stored as data
 * (rows, columns, unit, declared totals) so the public gets HTML, a chart, CSV and JSON.
 */
export const BudgetDisclosures: CollectionConfig = agencyContent({
  slug: 'budget-disclosures',
  labels: { singular: { vi: 'Công khai ngân sách', en: 'Budget disclosure' }, plural: { vi: 'Công khai ngân sách', en: 'Budget disclosures' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'fiscalYear', 'family', 'agency', '_status', 'dueDate', 'onTime'],
    group: { vi: 'Nội dung', en: 'Content' },
    livePreview: livePreview('budget-disclosures'),
  },
  defaultSort: '-fiscalYear',
  hooks: { beforeChange: [applyTableFile, checkTableTotals, computeTimeliness] },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        { name: 'fiscalYear', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { vi: 'Năm ngân sách', en: 'Fiscal year' } },
        { name: 'family', type: 'select', required: true, index: true, options: FAMILY_OPTIONS, label: { vi: 'Loại báo cáo', en: 'Report family' } },
        { name: 'formCode', type: 'text', label: { vi: 'Mẫu biểu', en: 'Form code' }, admin: { placeholder: 'Biểu số 46/CK-NSNN' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', type: 'text', label: { vi: 'Số, ký hiệu văn bản', en: 'Document number' }, admin: { placeholder: '22/2016/NQ-HĐND' } },
        {
          name: 'documentDate',
          type: 'date',
          label: { vi: 'Ngày ban hành văn bản', en: 'Document issued on' },
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            description: {
              vi: 'Dự toán, quyết toán: ngày văn bản được ban hành (dự toán trình HĐND: ngày gửi đại biểu). Báo cáo thực hiện tính từ ngày kết thúc kỳ.',
              en: "Estimates and final accounts: the day the document was issued (estimate submitted: the day sent to deputies). Execution reports count from the period's end.",
            },
          },
        },
      ],
    },
    // Deadline sanity: warns when the document date precedes the period's end.
    { name: 'deadlineSanity', type: 'ui', admin: { components: { Field: '/components/admin/budget/DeadlineSanity#DeadlineSanity' } } },
    { name: 'note', type: 'textarea', localized: true, label: { vi: 'Thuyết minh', en: 'Explanatory note' } },
    {
      name: 'tableFile',
      type: 'upload',
      relationTo: 'budget-table-files',
      label: { vi: 'Tải bảng số liệu (CSV/XLSX)', en: 'Upload the table (CSV/XLSX)' },
      admin: {
        description: {
          vi: 'Chọn hoặc tải lên tệp CSV (UTF-8) / XLSX của biểu mẫu. Khi lưu, bảng dưới đây được thay bằng nội dung tệp.',
          en: "Pick or upload the form's CSV (UTF-8) / XLSX file. On save, the table below is replaced by the file's content.",
        },
      },
    },
    {
      name: 'table',
      type: 'json',
      validate: validateTable,
      label: { vi: 'Bảng số liệu', en: 'Table' },
      admin: {
        description: {
          vi: 'Có thể nhập/sửa trực tiếp: { unit, columns: [{ key, label: { vi, en } }], rows: [{ code, label: { vi, en }, values: [số | null] }], checks: [{ type: "row-sum", target, of } | { type: "column-sum", targetColumn, of }] }.',
          en: 'May be typed or edited here: { unit, columns: [{ key, label: { vi, en } }], rows: [{ code, label: { vi, en }, values: [number | null] }], checks: [{ type: "row-sum", target, of } | { type: "column-sum", targetColumn, of }] }.',
        },
      },
    },
    {
      name: 'totalsReport',
      type: 'textarea',
      label: { vi: 'Kiểm tra số tổng', en: 'Totals check' },
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.totalsReport),
        description: { vi: 'Ô tổng không khớp với tổng các số hạng (tính lại mỗi lần lưu).', en: 'Total cells that do not match the sum of their terms (recomputed on every save).' },
      },
    },
    { name: 'totalsMismatches', type: 'json', admin: { readOnly: true, hidden: true } },
    {
      name: 'totalsOverride',
      type: 'group',
      label: { vi: 'Chấp nhận sai lệch tổng', en: 'Accept totals mismatch' },
      admin: {
        condition: (data) => Boolean(data?.totalsReport || data?.totalsOverride?.reason),
        description: {
          vi: 'Chỉ người duyệt đăng: ghi lý do để vẫn đăng khi số tổng không khớp (ví dụ: văn bản gốc in sai, giữ nguyên như đã ban hành). Lý do được lưu lại.',
          en: 'Publishers only: give the reason for publishing although totals do not add up (e.g. the original document has the error and is reproduced as issued). The reason is kept.',
        },
      },
      fields: [
        { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { vi: 'Người chấp nhận', en: 'Accepted by' }, admin: { readOnly: true } },
        { name: 'at', type: 'date', label: { vi: 'Thời điểm', en: 'At' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'attachments', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Tệp đính kèm', en: 'Attachments' } },
    {
      name: 'dueDate',
      type: 'date',
      label: { vi: 'Hạn công khai (tự tính)', en: 'Statutory deadline (computed)' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'onTime', type: 'checkbox', label: { vi: 'Đúng hạn (tự tính)', en: 'On time (computed)' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'daysLate', type: 'number', label: { vi: 'Số ngày chậm (tự tính)', en: 'Days late (computed)' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
})
