import { commentForm } from '@/lib/consultations/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The comment form without JavaScript (its permalink): 303 to the confirmation, or the draft's page
 * re-rendered with the typed values and the status of the refusal (422, 409 closed, 429/503 +
 * Retry-After). See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(commentForm, ({ slug }) => ({ slug: slug ?? '' }))
