import { surveyForm } from '@/lib/surveys/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The survey form without JavaScript (its permalink): 303 to the confirmation, or the survey page
 * re-rendered with every answer kept and the status of the refusal (422 invalid, 404 not open,
 * 409 already answered, 429/503 + Retry-After). See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(surveyForm, ({ slug }) => ({ slug: slug ?? '' }))
