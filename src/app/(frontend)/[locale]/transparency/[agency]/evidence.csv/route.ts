import { evidenceDownload } from '@/transparency/downloads'

type Ctx = { params: Promise<{ locale: string; agency: string }> }

/** One agency's evidence for a period (csv; ?period=, default the latest). */
export async function GET(request: Request, { params }: Ctx) {
  const { locale, agency } = await params
  return evidenceDownload(request, locale, agency, 'csv')
}
