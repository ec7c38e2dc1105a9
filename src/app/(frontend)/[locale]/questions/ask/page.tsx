import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { AskForm } from '@/components/questions/AskForm'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { listAgencies } from '@/data/agencies'
import { ASKER_KINDS } from '@/domain/cases'
import { ASK_FIELDS, MAX_ATTACHMENTS } from '@/domain/questions'
import { getT } from '@/i18n'
import { askQuestion } from '@/lib/questions/action'
import { askForm } from '@/lib/questions/form'
import { MAX_ASK_FILE_BYTES } from '@/lib/questions/submit'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: questionPaths.ask(locale), title: t('questions.form.heading'), description: t('questions.form.intro') })
}

/** /vi/hoi-dap/gui-cau-hoi, /en/questions/ask: the ask form (a server action; without JavaScript it posts to its route handler, src/lib/publicForm). */
export default async function AskPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = questionPaths.ask(locale)
  const agencies = await listAgencies(locale)
  const fields = LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label[locale] }))
  const labels = Object.fromEntries([...ASK_FIELDS, 'attachments'].map((f) => [f, t(`questions.form.${f}`)])) as Record<(typeof ASK_FIELDS)[number] | 'attachments', string>
  return (
    <PageShell locale={locale} path={path} current="questions">
      <h1>{t('questions.form.heading')}</h1>
      <AskForm
        action={askQuestion.bind(null, { locale, fields: fields.map((f) => f.value) })}
        permalink={askForm.permalink(locale, { fields: [] })}
        fields={fields}
        agencies={agencies.map((a) => ({ value: String(a.id), label: a.name ?? a.slug }))}
        texts={{
          intro: t('questions.form.intro'),
          required: t('questions.form.required'),
          honeypot: t('questions.form.honeypot'),
          submit: t('questions.form.submit'),
          errorsHeading: t('questions.form.errorsHeading'),
          similarHeading: t('questions.form.similarHeading'),
          similarButton: t('questions.form.similarButton'),
          similarNone: t('questions.form.similarNone'),
          similarHint: t('questions.form.similarHint'),
          agencyAny: t('questions.form.agencyAny'),
          fieldChoose: t('questions.form.fieldChoose'),
          labels,
          hints: {
            organisation: t('questions.form.organisationHint'),
            registrationNumber: t('questions.form.registrationNumberHint'),
            email: t('questions.form.contactHint'),
            attachments: t('questions.form.attachmentsHint', { max: MAX_ATTACHMENTS, mb: MAX_ASK_FILE_BYTES / (1024 * 1024) }),
          },
          askerKinds: ASKER_KINDS.map((k) => ({ value: k, label: t(`questions.form.askerKinds.${k}`) })),
        }}
      />
    </PageShell>
  )
}
