import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

export interface AnswerFacts {
  askedOn: string | null
  answeredOn: string | null
  daysTaken: number | null
  onTime: boolean | null
  publicAsker: string | null
  agencyName: string | null
  fieldLabel: string | null
}

/** Field, agency, dates, days taken and the asker as allowed: the facts of one answered question. */
export function AnswerMeta({ locale, facts }: { locale: Locale; facts: AnswerFacts }) {
  const t = getT(locale)
  return (
    <dl className="facts">
      {facts.fieldLabel && (
        <>
          <dt>{t('questions.archive.field')}</dt>
          <dd>{facts.fieldLabel}</dd>
        </>
      )}
      {facts.agencyName && (
        <>
          <dt>{t('questions.archive.agency')}</dt>
          <dd>{facts.agencyName}</dd>
        </>
      )}
      <dt>{t('questions.archive.asker')}</dt>
      <dd>{facts.publicAsker || t('questions.archive.askerHidden')}</dd>
      {facts.askedOn && (
        <>
          <dt>{t('questions.archive.askedOn')}</dt>
          <dd>{formatDate(facts.askedOn, locale)}</dd>
        </>
      )}
      {facts.answeredOn && (
        <>
          <dt>{t('questions.archive.answeredOn')}</dt>
          <dd>{formatDate(facts.answeredOn, locale)}</dd>
        </>
      )}
      {facts.daysTaken !== null && (
        <>
          <dt>{t('questions.archive.daysTaken')}</dt>
          <dd>
            {t('questions.archive.days', { count: facts.daysTaken })}
            {facts.onTime !== null && ` — ${facts.onTime ? t('questions.archive.onTime') : t('questions.archive.late')}`}
          </dd>
        </>
      )}
    </dl>
  )
}
