import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, Where } from 'payload'
import { agencyIdsWithRole, isAdmin } from '@/access/roles'
import { AGE_FILTERS, translationQueue, type QueueDoc } from '@/domain/translation/queue'

type Row = Record<string, unknown>

const TEXTS = {
  vi: {
    title: 'Hàng đợi biên dịch',
    intro: 'Các mục chưa có bản tiếng Anh hoặc bản tiếng Anh cần cập nhật, cũ nhất trước. Mở một mục để sửa bản tiếng Anh; bản gốc tiếng Việt hiển thị bên cạnh.',
    agency: 'Cơ quan',
    section: 'Chuyên mục',
    age: 'Chờ ít nhất',
    any: 'Tất cả',
    days: (n: number) => `${n} ngày`,
    filter: 'Lọc',
    item: 'Mục',
    state: 'Trạng thái',
    since: 'Chờ từ',
    waiting: 'Số ngày chờ',
    missing: 'Chưa dịch',
    outdated: 'Cần cập nhật',
    empty: 'Không có mục nào cần dịch.',
    count: (n: number) => `${n} mục`,
  },
  en: {
    title: 'Translation queue',
    intro: 'Items whose English is missing or outdated, oldest first. Open one to edit its English; the Vietnamese original is shown beside it.',
    agency: 'Agency',
    section: 'Section',
    age: 'Waiting at least',
    any: 'Any',
    days: (n: number) => `${n} days`,
    filter: 'Filter',
    item: 'Item',
    state: 'State',
    since: 'Waiting since',
    waiting: 'Days waiting',
    missing: 'Missing',
    outdated: 'Outdated',
    empty: 'Nothing waits for translation.',
    count: (n: number) => `${n} items`,
  },
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v) as string | undefined

/**
 * The translators' work queue (admin view at /admin/translations): every document of the
 * collections with a `translation` state whose English is missing or outdated, in the agencies the
 * user works for (all agencies for admins), filterable by agency, section and age, oldest first.
 * Each row opens the document's edit view in the English locale, where the sidebar shows the
 * Vietnamese source (ViSource) beside the English fields.
 */
export async function TranslationQueue({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user, i18n } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const tx = TEXTS[lang]

  const own = agencyIdsWithRole(user)
  const allAgencies = isAdmin(user)
  const agencyScope: Where = allAgencies ? {} : own.length ? { agency: { in: own } } : { id: { equals: -1 } }
  const tracked = payload.config.collections.filter((c) => c.custom?.translationTracked)

  const filter = {
    agency: first(searchParams?.agency) || undefined,
    collection: tracked.some((c) => c.slug === first(searchParams?.section)) ? first(searchParams?.section) : undefined,
    minAgeDays: AGE_FILTERS.find((n) => String(n) === first(searchParams?.age)),
  }

  const docs: QueueDoc[] = []
  for (const c of tracked) {
    if (filter.collection && c.slug !== filter.collection) continue
    const result = await payload.find({
      collection: c.slug as 'news',
      locale: 'vi',
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      where: { and: [{ 'translation.state': { in: ['missing', 'outdated'] } }, agencyScope] },
      select: { title: true, agency: true, translation: true, createdAt: true },
    })
    for (const d of result.docs as unknown as Row[]) {
      const agency = d.agency && typeof d.agency === 'object' ? (d.agency as Row).id : d.agency
      const t = (d.translation ?? {}) as Row
      docs.push({
        collection: c.slug,
        id: d.id as number,
        title: (d.title as string) ?? null,
        agency: agency === null || agency === undefined ? null : String(agency),
        state: t.state as QueueDoc['state'],
        viMaterialChangeAt: (t.viMaterialChangeAt as string) ?? null,
        createdAt: d.createdAt as string,
      })
    }
  }
  const items = translationQueue(docs, filter)

  const agencies = await payload.find({
    collection: 'agencies',
    locale: lang,
    depth: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: false,
    user,
    where: allAgencies ? {} : { id: { in: own.length ? own : [-1] } },
    select: { name: true, slug: true },
  })
  const agencyName = new Map(agencies.docs.map((a) => [String(a.id), (a.name as string) || a.slug]))
  const sectionLabel = (slug: string) => {
    const plural = tracked.find((c) => c.slug === slug)?.labels?.plural as Record<string, string> | string | undefined
    return typeof plural === 'object' ? (plural[lang] ?? slug) : (plural ?? slug)
  }
  const dateFmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' })

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{tx.title}</h1>
        <p>{tx.intro}</p>
        <form method="get" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end', margin: '1rem 0' }}>
          <label>
            {tx.agency}
            <br />
            <select name="agency" defaultValue={filter.agency ?? ''}>
              <option value="">{tx.any}</option>
              {agencies.docs.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {agencyName.get(String(a.id))}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tx.section}
            <br />
            <select name="section" defaultValue={filter.collection ?? ''}>
              <option value="">{tx.any}</option>
              {tracked.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {sectionLabel(c.slug)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {tx.age}
            <br />
            <select name="age" defaultValue={filter.minAgeDays ? String(filter.minAgeDays) : ''}>
              <option value="">{tx.any}</option>
              {AGE_FILTERS.map((n) => (
                <option key={n} value={n}>
                  {tx.days(n)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
            {tx.filter}
          </button>
        </form>
        <p>{tx.count(items.length)}</p>
        {items.length === 0 ? (
          <p>{tx.empty}</p>
        ) : (
          <div className="table">
            <table data-testid="translation-queue">
              <thead>
                <tr>
                  <th scope="col">{tx.item}</th>
                  <th scope="col">{tx.section}</th>
                  <th scope="col">{tx.agency}</th>
                  <th scope="col">{tx.state}</th>
                  <th scope="col">{tx.since}</th>
                  <th scope="col">{tx.waiting}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.collection}:${item.id}`}>
                    <td lang="vi">
                      <a href={`${adminRoute}/collections/${item.collection}/${item.id}?locale=en`}>{item.title || String(item.id)}</a>
                    </td>
                    <td>{sectionLabel(item.collection)}</td>
                    <td>{item.agency ? (agencyName.get(item.agency) ?? item.agency) : '–'}</td>
                    <td>{tx[item.state]}</td>
                    <td>{dateFmt.format(new Date(item.since))}</td>
                    <td>{item.ageDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
