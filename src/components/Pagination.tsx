import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

export function Pagination({ locale, page, totalPages, hrefFor }: { locale: Locale; page: number; totalPages: number; hrefFor: (page: number) => string }) {
  if (totalPages <= 1) return null
  const t = getT(locale)
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </a>
      ) : (
        <span />
      )}
      <span>{t('pagination.page', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
