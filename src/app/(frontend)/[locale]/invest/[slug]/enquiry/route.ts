import { enquiryForm } from '@/lib/enquiry/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The enquiry form without JavaScript (its permalink): 303 to the confirmation, or the project
 * page re-rendered with the typed values and the status of the refusal (422, 429/503 +
 * Retry-After). See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(enquiryForm, ({ slug }) => ({ slug: slug ?? '' }))
