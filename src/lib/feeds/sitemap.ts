import { escapeXml } from './xml'

export interface SitemapUrl {
  loc: string
  lastmod?: string | null
  /** hreflang → absolute URL of every language version (including this one), plus x-default. */
  alternates?: Record<string, string>
}

/** A sitemap (sitemaps.org 0.9) with hreflang alternates as xhtml:link elements. */
export function sitemapXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => {
      const parts = [`<loc>${escapeXml(u.loc)}</loc>`]
      if (u.lastmod && !Number.isNaN(Date.parse(u.lastmod))) parts.push(`<lastmod>${new Date(u.lastmod).toISOString()}</lastmod>`)
      for (const [lang, href] of Object.entries(u.alternates ?? {})) {
        parts.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`)
      }
      return `<url>${parts.join('')}</url>`
    })
    .join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    body,
    '</urlset>',
    '',
  ].join('\n')
}
