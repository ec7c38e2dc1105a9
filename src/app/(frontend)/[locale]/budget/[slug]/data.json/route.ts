import { getBudgetDisclosure } from '@/data/budget'
import { toJson } from '@/domain/budget/core'
import { absoluteUrl, sectionPath } from '@/routes'
import { isLocale } from '@/routes/locales'

/** The disclosure as JSON: what it is, its deadline and punctuality, and the table as data. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return Response.json({ error: 'not found' }, { status: 404 })
  const d = await getBudgetDisclosure(locale, slug)
  if (!d?.table) return Response.json({ error: 'not found' }, { status: 404 })
  const body = {
    url: absoluteUrl(sectionPath(locale, 'budget', slug)),
    title: d.title?.text ?? null,
    fiscalYear: d.fiscalYear,
    family: d.family,
    formCode: d.formCode,
    agency: d.agency ? { slug: d.agency.slug, name: d.agency.name?.text ?? null } : null,
    documentNumber: d.documentNumber,
    documentDate: d.documentDate,
    publishedAt: d.publishedAt,
    dueDate: d.timeliness.dueDate,
    onTime: d.timeliness.onTime,
    daysLate: d.timeliness.daysLate,
    table: toJson(d.table),
  }
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.json"`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
