import { ratingForm } from '@/lib/ratings/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * "Was this information useful?" without JavaScript (its permalink): the rated page re-rendered with
 * thanks (200) or with the typed remark and the status of the refusal (422, 404, 429/503 +
 * Retry-After). See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(ratingForm, ({ section, slug }) => ({ section: section ?? '', slug: slug ?? '' }))
