import '@/components/invest/invest.css'
import '@/components/services/services.css'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { DossierLookupForm } from '@/components/services/DossierLookupForm'
import { DOSSIER_STATUSES } from '@/domain/services'
import { getT } from '@/i18n'
import { lookUpDossier } from '@/lib/dossiers/action'
import { lookupForm } from '@/lib/dossiers/form'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'
import { ratingPathTemplate } from '@/routes/services'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: sectionPath(locale, 'dossier-status'), title: t('services.lookup.title'), description: t('services.lookup.intro') })
}

/**
 * "Where is my dossier?": the dossier code and the last four digits of the applicant's phone.
 * The page itself is static (cached); only the look-up (a POST to the server action) is per request.
 */
export default async function DossierStatusPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = sectionPath(locale, 'dossier-status')
  const statuses = Object.fromEntries(DOSSIER_STATUSES.map((s) => [s.value, s.label[locale]]))
  return (
    <PageShell locale={locale} path={path} current="public-services">
      <h1>{t('services.lookup.title')}</h1>
      <p>{t('services.lookup.intro')}</p>
      <DossierLookupForm
        action={lookUpDossier.bind(null, { locale })}
        permalink={lookupForm.permalink(locale, {})}
        locale={locale}
        texts={{
          code: t('services.lookup.code'),
          codeHint: t('services.lookup.codeHint'),
          factor: t('services.lookup.factor'),
          factorHint: t('services.lookup.factorHint'),
          honeypot: t('enquiry.honeypot'),
          submit: t('services.lookup.submit'),
          errorsHeading: t('services.lookup.errorsHeading'),
          noMatch: t('services.lookup.noMatch'),
          procedurePath: sectionPath(locale, 'public-services', '{slug}').replace(encodeURIComponent('{slug}'), '{slug}'),
          ratingPath: ratingPathTemplate(locale),
          status: {
            heading: t('services.status.heading'),
            code: t('services.status.code'),
            procedure: t('services.status.procedure'),
            agency: t('services.status.agency'),
            handlingUnit: t('services.status.handlingUnit'),
            receivedAt: t('services.status.receivedAt'),
            dueAt: t('services.status.dueAt'),
            resultAt: t('services.status.resultAt'),
            status: t('services.status.status'),
            history: t('services.status.history'),
            untranslated: t('services.untranslated'),
            statuses,
            timeliness: {
              'on-time': t('services.status.timeliness.on-time'),
              late: t('services.status.timeliness.late'),
              overdue: t('services.status.timeliness.overdue'),
              'in-progress': t('services.status.timeliness.in-progress'),
              returned: t('services.status.timeliness.returned'),
            },
            rating: { invite: t('services.status.rating.invite'), link: t('services.status.rating.link') },
          },
        }}
      />
    </PageShell>
  )
}
