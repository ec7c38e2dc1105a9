import { answerLabel } from '@/components/surveys/SurveyResults'
import { getSurvey, getSurveyResults } from '@/data/surveys'
import { toISODate } from '@/domain/calendar'
import { resultsCsv, resultsPublic } from '@/domain/surveys'
import { isLocale } from '@/routes/locales'

/** A survey's results as CSV (UTF-8 with BOM, formula-safe), once they are public; 404 before. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const survey = await getSurvey(locale, slug)
  if (!survey || !resultsPublic(survey, toISODate(new Date()))) return new Response('Not found', { status: 404 })
  const results = await getSurveyResults(locale, slug)
  if (!results) return new Response('Not found', { status: 404 })
  const byName = new Map(survey.questions.map((q) => [q.name, q]))
  const csv = resultsCsv(results.questions, (name, value) => (value === undefined ? (byName.get(name)?.label ?? name) : answerLabel(byName.get(name), value)))
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.csv"`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
