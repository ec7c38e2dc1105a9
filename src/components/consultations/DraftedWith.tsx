import { getConsultationFor } from '@/data/consultations'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import type { Locale } from '@/routes/locales'

/** On a legal document's page: "drafted with public consultation", linking to the draft and its report. */
export async function DraftedWith({ locale, documentId }: { locale: Locale; documentId: number | string }) {
  const c = await getConsultationFor(locale, documentId)
  if (!c) return null
  const t = getT(locale)
  return (
    <p className="notice">
      {t('consultations.draftedWith')}:{' '}
      <a href={`${sectionPath(locale, 'consultations', c.slug)}#report`} lang={c.title?.lang !== locale ? c.title?.lang : undefined}>
        {c.title?.text ?? c.slug}
      </a>{' '}
      ({t('consultations.draftedWithLink')})
    </p>
  )
}
