import { rankingDownload } from '@/transparency/downloads'

type Ctx = { params: Promise<{ locale: string }> }

/** The ranking as open data (json); same filters as the page (?period=, ?kind=). */
export async function GET(request: Request, { params }: Ctx) {
  const { locale } = await params
  return rankingDownload(request, locale, 'json')
}
