import { escapeXml } from './xml'

export interface RssItem {
  title: string
  link: string
  description?: string | null
  /** ISO date or datetime. */
  pubDate?: string | null
  guid?: string
  category?: string | null
  /** Language of this item when it differs from the channel's (RSS has no per-item language; used as dc:language). */
  author?: string | null
}

export interface RssChannel {
  title: string
  link: string
  description: string
  /** RFC 1766 language of the channel, e.g. 'vi' or 'en'. */
  language: string
  /** Absolute URL of the feed itself (atom:link rel=self). */
  self: string
  items: RssItem[]
  lastBuildDate?: Date
}

/** RFC 822 date as RSS 2.0 requires. */
export function rfc822(iso: string | Date): string {
  return new Date(iso).toUTCString()
}

/** An RSS 2.0 document (with atom:link rel=self, as feed validators expect). */
export function rssXml(channel: RssChannel): string {
  const items = channel.items
    .map((item) => {
      const parts = [
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="${item.guid ? 'false' : 'true'}">${escapeXml(item.guid ?? item.link)}</guid>`,
      ]
      if (item.description) parts.push(`<description>${escapeXml(item.description)}</description>`)
      if (item.pubDate && !Number.isNaN(Date.parse(item.pubDate))) parts.push(`<pubDate>${rfc822(item.pubDate)}</pubDate>`)
      if (item.category) parts.push(`<category>${escapeXml(item.category)}</category>`)
      if (item.author) parts.push(`<dc:creator>${escapeXml(item.author)}</dc:creator>`)
      return `<item>${parts.join('')}</item>`
    })
    .join('\n')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${rfc822(channel.lastBuildDate ?? new Date())}</lastBuildDate>`,
    items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}
