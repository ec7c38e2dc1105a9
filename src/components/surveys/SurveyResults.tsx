import { formatNumber } from '@/domain/i18n-format'
import type { QuestionResult, SurveyQuestion } from '@/domain/surveys'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

const BAR_W = 520
const ROW_H = 40

/** "1 — Very dissatisfied" for the ends of a scale, the option's text for a choice. */
export function answerLabel(q: SurveyQuestion | undefined, value: string): string {
  if (!q) return value
  if (q.kind === 'scale') {
    if (String(q.min ?? 1) === value && q.minLabel) return `${value} — ${q.minLabel}`
    if (String(q.max ?? 5) === value && q.maxLabel) return `${value} — ${q.maxLabel}`
    return value
  }
  return q.optionLabels?.[value] ?? value
}

/**
 * One question's results drawn on the server as inline SVG (no script, no other host): a bar per
 * answer with its label above it, the SVG's title and description listing every figure (its text
 * alternative), then the same figures as a table. Text answers are not published: only how many
 * answered.
 */
function QuestionChart({ locale, q, r, id, lang }: { locale: Locale; q: SurveyQuestion | undefined; r: QuestionResult; id: string; lang: string | undefined }) {
  const t = getT(locale)
  const pct = (share: number) => `${formatNumber(Math.round(share * 1000) / 10, locale, 1)} %`
  const title = q?.label ?? r.name
  if (r.kind === 'text')
    return (
      <section aria-labelledby={`${id}-h`} className="survey-result">
        <h3 id={`${id}-h`} lang={lang}>
          {title}
        </h3>
        <p>{t('surveys.textAnswers', { count: r.answered })}</p>
      </section>
    )
  const height = r.rows.length * ROW_H + 4
  const description = r.rows.map((row) => `${answerLabel(q, row.value)}: ${row.count} (${pct(row.share)})`).join('; ')
  return (
    <section aria-labelledby={`${id}-h`} className="survey-result">
      <h3 id={`${id}-h`} lang={lang}>
        {title}
      </h3>
      <p>
        {t('surveys.answered', { count: r.answered })}
        {r.kind === 'scale' && r.mean !== null && r.mean !== undefined && <> · {t('surveys.mean', { mean: formatNumber(r.mean, locale, 2), max: q?.max ?? 5 })}</>}
        {r.kind === 'multiple' && <> · {t('surveys.multipleNote')}</>}
      </p>
      <figure className="survey-chart">
        <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${BAR_W + 80} ${height}`} width="100%" style={{ maxWidth: `${BAR_W + 80}px` }} xmlns="http://www.w3.org/2000/svg">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {r.rows.map((row, i) => {
            const y = i * ROW_H
            const w = Math.max(row.count ? 2 : 0, Math.round(row.share * BAR_W))
            return (
              <g key={row.value}>
                <text x={0} y={y + 13} fontSize={13} fill="#1d1d1f">
                  {answerLabel(q, row.value)}
                </text>
                <rect x={0} y={y + 18} width={w} height={16} fill="#7a1010" />
                <text x={w + 6} y={y + 31} fontSize={13} fill="#1d1d1f">
                  {row.count} ({pct(row.share)})
                </text>
              </g>
            )
          })}
        </svg>
      </figure>
      <table className="data-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveys.answer')}</th>
            <th scope="col">{t('surveys.count')}</th>
            <th scope="col">{t('surveys.share')}</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.value}>
              <th scope="row" lang={lang}>
                {answerLabel(q, row.value)}
              </th>
              <td>{row.count}</td>
              <td>{pct(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

export function SurveyResults({ locale, questions, langs, results, csvHref }: { locale: Locale; questions: SurveyQuestion[]; langs: Record<string, string>; results: { responses: number; questions: QuestionResult[] }; csvHref: string }) {
  const t = getT(locale)
  return (
    <section aria-labelledby="results-heading" className="survey-results">
      <h2 id="results-heading">{t('surveys.results')}</h2>
      <p className="survey-count">
        <strong>{t('surveys.responses', { count: results.responses })}</strong>
      </p>
      {results.questions.map((r, i) => (
        <QuestionChart key={r.name} locale={locale} q={questions.find((q) => q.name === r.name)} r={r} id={`result-${i}`} lang={langs[r.name] && langs[r.name] !== locale ? langs[r.name] : undefined} />
      ))}
      <p>
        <a href={csvHref} download>
          {t('surveys.csv')}
        </a>
      </p>
    </section>
  )
}
