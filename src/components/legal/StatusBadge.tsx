import type { EffectStatus } from '@/domain/legal'
import type { Locale } from '@/routes/locales'
import { statusLabel } from './view'

/** The effect status as text (never colour alone). */
export function StatusBadge({ status, locale }: { status: EffectStatus; locale: Locale }) {
  return <span className={`status-badge status-badge--${status}`}>{statusLabel(status, locale)}</span>
}
