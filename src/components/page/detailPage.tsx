import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import type React from 'react'
import { PageShell } from '@/components/PageShell'
import { findMovedSlug } from '@/data/redirects'
import { safeJsonLd } from '@/domain/legal'
import { pageMetadata, type PageMetaInput } from '@/lib/metadata'
import { isLocale, type Locale } from '@/routes/locales'
import type { SectionKey } from '@/routes/table'
import { previewSession, type PreviewSession } from '@/lib/preview/session'
import { pageLocale } from './locale'
import { PreviewBar } from './PreviewBar'

type SearchParams = Record<string, string | string[] | undefined>

/** Route params of a `[locale]/…/[slug]` page. */
export type SlugParams = { locale: string; slug: string }

/** What every step of a detail page knows: the checked locale, the route params, the page's path. */
export interface DetailContext<P> {
  locale: Locale
  params: P
  /** The page's public path in `locale` (from `spec.path`). */
  path: string
  searchParams: Promise<SearchParams>
}

/** Metadata of a detail page: `pageMetadata` input without locale and path, plus raw extras. */
export type DetailMeta = Omit<PageMetaInput, 'locale' | 'path'> & Pick<Metadata, 'other' | 'robots'>

export interface DetailPageSpec<P extends { locale: string }, D> {
  /** The section the header marks current; with `shell: 'own'` the page draws its own shell. */
  section?: SectionKey
  shell?: 'portal' | 'own'
  /** The page's path in `locale` (canonical; hreflang is derived from it). */
  path: (locale: Locale, params: P, doc?: NoInfer<D>) => string
  /** Reads what the page shows; null/undefined → moved-slug redirect (when `moved` is set) or 404. */
  load: (locale: Locale, params: P) => Promise<D | null | undefined>
  /**
   * The same read at the document's latest draft, as the signed-in member of staff previewing it
   * (Next.js draft mode, set by `/api/preview`: src/lib/preview). Such a page says it is a
   * preview, is not indexed, and refreshes inside the admin's live preview frame on every save.
   */
  preview?: (session: PreviewSession, locale: Locale, params: P) => Promise<D | null | undefined>
  /**
   * Collection whose renamed documents keep their old slugs: a missing slug that a published
   * document used to have answers a permanent redirect to its current path.
   */
  moved?: 'news' | 'legal-documents'
  /** Canonical, hreflang and Open Graph (through `pageMetadata`), or a full `Metadata` for special hosts. */
  meta: (doc: D, ctx: DetailContext<P>) => DetailMeta | { metadata: Metadata } | Promise<DetailMeta | { metadata: Metadata }>
  /** Structured data rendered as `<script type="application/ld+json">` before the content. */
  jsonLd?: (doc: D, ctx: DetailContext<P>) => object | null | Promise<object | null>
  render: (doc: D, ctx: DetailContext<P>) => React.ReactNode | Promise<React.ReactNode>
}

type RouteProps<P> = { params: Promise<P>; searchParams?: Promise<SearchParams> }

/**
 * The one way to build a public detail page. It owns, in this order: the locale check, the read,
 * the moved-slug redirect and the 404, the metadata (canonical, hreflang, Open Graph), the JSON-LD
 * and the page shell; the page file only says how to load, describe and render its document:
 *
 *   const page = detailPage({ section: 'news', path, load, meta, render })
 *   export const { generateStaticParams, generateMetadata } = page
 *   export default page.Page
 *
 * Pages render on first request and are then cached (`generateStaticParams` returns nothing, so
 * the build never reads the database).
 */
export function detailPage<P extends { locale: string }, D>(spec: DetailPageSpec<P, D>) {
  const context = (locale: Locale, params: P, doc: D, searchParams?: Promise<SearchParams>): DetailContext<P> => ({
    locale,
    params,
    path: spec.path(locale, params, doc),
    searchParams: searchParams ?? Promise.resolve({}),
  })

  /** The document, at its draft for a previewing member of staff; `previewing` says which. */
  async function read(locale: Locale, p: P): Promise<{ doc: D | null | undefined; previewing: boolean }> {
    const session = spec.preview ? await previewSession() : null
    const draft = session ? await spec.preview!(session, locale, p) : null
    if (draft) return { doc: draft, previewing: true }
    return { doc: await spec.load(locale, p), previewing: false }
  }

  async function generateMetadata({ params, searchParams }: RouteProps<P>): Promise<Metadata> {
    const p = await params
    if (!isLocale(p.locale)) return {}
    const { doc, previewing } = await read(p.locale, p)
    if (!doc) return {}
    const ctx = context(p.locale, p, doc, searchParams)
    const meta = await spec.meta(doc, ctx)
    if ('metadata' in meta) return meta.metadata
    const { other, robots, ...input } = meta
    return {
      ...pageMetadata({ locale: ctx.locale, path: ctx.path, ...input }),
      ...(other ? { other } : {}),
      ...(previewing ? { robots: { index: false, follow: false } } : robots ? { robots } : {}),
    }
  }

  async function Page({ params, searchParams }: RouteProps<P>) {
    const p = await params
    const locale = pageLocale(p.locale)
    const { doc, previewing } = await read(locale, p)
    if (!doc) {
      const slug = (p as { slug?: string }).slug
      if (spec.moved && slug) {
        const moved = await findMovedSlug(spec.moved, slug)
        if (moved) permanentRedirect(spec.path(locale, { ...p, slug: moved }))
      }
      notFound()
    }
    const ctx = context(locale, p, doc, searchParams)
    const jsonLd = spec.jsonLd ? await spec.jsonLd(doc, ctx) : null
    const content = (
      <>
        {previewing && <PreviewBar locale={locale} path={ctx.path} />}
        {jsonLd && !previewing && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJsonLd(jsonLd) }} />}
        {await spec.render(doc, ctx)}
      </>
    )
    if (spec.shell === 'own') return content
    return (
      <PageShell locale={locale} path={ctx.path} current={spec.section}>
        {content}
      </PageShell>
    )
  }

  return { generateStaticParams: (): P[] => [], generateMetadata, Page }
}
