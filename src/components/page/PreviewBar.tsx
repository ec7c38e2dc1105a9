import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Says that this page shows a draft (staff preview, never public) and how to leave the preview. */
export function PreviewBar({ locale, path }: { locale: Locale; path: string }) {
  const t = getT(locale)
  return (
    <div className="notice notice--warning" role="note" id="preview-bar">
      <p>
        <strong>{t('preview.banner')}</strong> {t('preview.explain')}{' '}
        <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>{t('preview.exit')}</a>
      </p>
      <LivePreviewRefresh />
    </div>
  )
}
