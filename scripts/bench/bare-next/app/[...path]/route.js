import { readFileSync } from 'node:fs'

export const dynamic = 'force-static'
export const dynamicParams = false

function pages() {
  return JSON.parse(readFileSync(process.env.BENCH_PAGES, 'utf8'))
}

export function generateStaticParams() {
  return Object.keys(pages()).map((p) => ({ path: p.split('/').filter(Boolean) }))
}

export async function GET(_request, { params }) {
  const { path } = await params
  const page = pages()['/' + path.join('/')]
  return new Response(Buffer.from(page.body, 'base64'), { headers: { 'content-type': page.type } })
}
