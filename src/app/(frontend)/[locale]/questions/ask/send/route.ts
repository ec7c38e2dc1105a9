import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { askForm } from '@/lib/questions/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The ask form without JavaScript (its permalink): 303 to the confirmation, or the ask page
 * re-rendered with the typed values and the status of the refusal (422, 429/503 + Retry-After).
 * See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(askForm, () => ({ fields: LEGAL_FIELDS.map((f) => f.value) }))
