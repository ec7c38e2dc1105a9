import type { Endpoint, PayloadRequest } from 'payload'
import { caseRolesFor } from '@/access/caseRoles'
import { idOf } from '@/access/roles'
import { recordCaseStep } from '@/hooks/audit'
import { getT } from '@/i18n'
import type { InformationRequest } from '@/payload-types'

type ID = number | string
export type PublishResult = { ok: true; newsId: ID } | { ok: false; error: 'notFound' | 'notAllowed' | 'wrongState' | 'alreadyPublished' }

/**
 * "Công bố thành thông tin công khai": information provided on request that is of public interest
 * becomes a disclosure in one action — a draft news item of the receiving agency (title: the
 * request's public summary; summary: the note of the step that provided it), created with the
 * staff member's own rights (`overrideAccess: false`), linked from the request (`disclosure`) and
 * published through the review workflow like any other item. Audited as a case step.
 */
export async function publishAsDisclosure(req: PayloadRequest, id: ID): Promise<PublishResult> {
  let request: InformationRequest
  try {
    request = await req.payload.findByID({ collection: 'information-requests', id, depth: 0, req, overrideAccess: true })
  } catch {
    return { ok: false, error: 'notFound' }
  }
  const agency = idOf(request.agency as number | null)
  const roles = caseRolesFor(req.user, agency)
  if (!roles.length) return { ok: false, error: 'notFound' }
  if (!roles.includes('agencyEditor') && !roles.includes('agencyPublisher')) return { ok: false, error: 'notAllowed' }
  if (request.state !== 'provided' && request.state !== 'partlyProvided') return { ok: false, error: 'wrongState' }
  if (request.disclosure) return { ok: false, error: 'alreadyPublished' }
  const t = getT('vi')
  const news = await req.payload.create({
    collection: 'news',
    draft: true,
    locale: 'vi',
    overrideAccess: false,
    user: req.user,
    req,
    data: {
      title: t('informationRequests.disclosureTitle', { summary: request.publicSummary }).slice(0, 300),
      summary: (request.note || request.publicSummary).slice(0, 600),
      agency: agency as number,
      topics: ['announcements'],
      _status: 'draft',
    },
  })
  await req.payload.update({ collection: 'information-requests', id: request.id, data: { disclosure: news.id }, depth: 0, overrideAccess: true, req })
  await recordCaseStep(req, 'information-requests', { ...request, title: request.publicSummary }, 'publishAsDisclosure', `news ${news.id}`)
  return { ok: true, newsId: news.id }
}

/** `POST /api/information-requests/{id}/publish`: the one action above; refusals in the editor's language. */
export const publishRequestEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const t = getT(req.i18n?.language === 'en' ? 'en' : 'vi')
    if (!req.user) return Response.json({ error: t('cases.errors.signIn') }, { status: 401 })
    const result = await publishAsDisclosure(req, String(req.routeParams?.id ?? ''))
    if (result.ok) return Response.json({ newsId: result.newsId, message: t('cases.done.publishAsDisclosure') })
    const status = result.error === 'notFound' ? 404 : result.error === 'notAllowed' ? 403 : 400
    return Response.json({ error: t(`cases.errors.${result.error}`) }, { status })
  },
}
