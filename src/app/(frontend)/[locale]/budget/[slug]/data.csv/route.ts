import { getBudgetDisclosure } from '@/data/budget'
import { toCsvBytes } from '@/domain/budget/core'
import { isLocale } from '@/routes/locales'

/** The disclosure's table as CSV: UTF-8 with BOM, formula-safe (src/domain/budget/export.ts). */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const d = await getBudgetDisclosure(locale, slug)
  if (!d?.table) return new Response('Not found', { status: 404 })
  return new Response(Buffer.from(toCsvBytes(d.table, locale, { unitInHeadings: true })), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.csv"`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
