import type { ConcludeBlocker, PeriodError } from '@/domain/consultations'
import { formatDate } from '@/domain/i18n-format'

/** Editor-facing refusals of the consultation rules, in the editor's admin language. */
type Lang = 'vi' | 'en'
const lang = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'vi')

export function periodMessage(error: PeriodError, language?: string): string {
  const l = lang(language)
  if (error.code === 'closeBeforeOpen') return l === 'vi' ? 'Ngày kết thúc phải sau ngày bắt đầu lấy ý kiến.' : 'The closing date must be after the opening date.'
  const date = formatDate(error.earliest, l)
  return l === 'vi'
    ? `Thời gian lấy ý kiến tối thiểu là ${error.minDays} ngày (${error.legalBasis}): không được kết thúc trước ngày ${date}. Hãy chọn ngày kết thúc từ ${date} trở đi; nếu quy định đã khác, quản trị viên sửa trong “Thời hạn lấy ý kiến”.`
    : `The minimum consultation period is ${error.minDays} days (${error.legalBasis}): it cannot close before ${date}. Choose a closing date on or after ${date}; if the rule has changed, an administrator corrects it in “Consultation periods”.`
}

export function concludeMessage(blockers: readonly ConcludeBlocker[], stillOpen: boolean, language?: string): string {
  const l = lang(language)
  if (stillOpen) return l === 'vi' ? 'Chưa hết thời gian lấy ý kiến: chỉ công bố báo cáo tiếp thu, giải trình sau ngày kết thúc.' : 'The consultation is still open: the reception report can only be published after the closing date.'
  const count = (code: ConcludeBlocker['code']) => blockers.filter((b) => b.code === code).length
  const parts: string[] = []
  const pending = count('pendingModeration'), none = count('noResponse'), noWhy = count('noExplanation')
  if (l === 'vi') {
    if (pending) parts.push(`${pending} góp ý chưa được kiểm duyệt`)
    if (none) parts.push(`${none} góp ý chưa có ý kiến tiếp thu`)
    if (noWhy) parts.push(`${noWhy} góp ý chưa tiếp thu hoặc tiếp thu một phần mà chưa có giải trình`)
    return `Chưa thể công bố báo cáo: ${parts.join('; ')}. Mở “Góp ý dự thảo” trong mục Tham vấn, lọc theo dự thảo này và trả lời từng góp ý.`
  }
  if (pending) parts.push(`${pending} comment(s) not yet moderated`)
  if (none) parts.push(`${none} comment(s) without a response`)
  if (noWhy) parts.push(`${noWhy} comment(s) not (fully) accepted without an explanation`)
  return `The report cannot be published yet: ${parts.join('; ')}. Open “Draft comments” under Consultation, filter by this draft and answer every comment.`
}

export function draftMessage(numbers: number[], language?: string): string {
  return lang(language) === 'vi' ? `Số điều bị trùng hoặc không hợp lệ: ${numbers.join(', ')}. Mỗi điều cần một số riêng từ 1 trở lên.` : `Duplicate or invalid article numbers: ${numbers.join(', ')}. Each article needs its own number from 1.`
}
