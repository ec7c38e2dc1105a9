import type { RowError } from '@/domain/services'
import { getT } from '@/i18n'

/** One refused row's problem in the editor's language: "Cột «Ngày hẹn trả»: ngày không hợp lệ («31/02/2026»)". */
export function rowErrorMessage(error: RowError, language: string | undefined): string {
  const t = getT(language === 'en' ? 'en' : 'vi')
  return t(`services.import.errors.${error.code}`, { field: t(`services.import.fields.${error.field}`), value: error.value ?? '' })
}
