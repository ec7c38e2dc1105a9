import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import { guidesForDocument } from '@/data/legalSupport'
import { getT } from '@/i18n'
import { legalSupportPaths } from '@/routes/legalSupport'
import type { Locale } from '@/routes/locales'

/** On a legal document's page: "Hướng dẫn liên quan", the published guides that explain it. */
export async function GuidesForDocument({ locale, documentId }: { locale: Locale; documentId: number | string }) {
  const guides = await guidesForDocument(locale, documentId)
  if (!guides.length) return null
  const t = getT(locale)
  return (
    <section aria-labelledby="related-guides" className="no-print">
      <h2 id="related-guides">{t('legalSupport.relatedGuides')}</h2>
      <ul className="related-list">
        {guides.map((g) => (
          <li key={g.slug}>
            <Link href={legalSupportPaths.guide(locale, g.slug)}>
              <Lang value={g.title} locale={locale} />
            </Link>
            <ViOnlyBadge locale={locale} lang={g.title.lang} />
            {g.agency?.name && (
              <>
                {' · '}
                <Lang value={g.agency.name} locale={locale} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
