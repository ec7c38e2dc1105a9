import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Plugin } from 'payload'
import { agencyContent } from '@/collections/shared/agencyContent'
import { multipleChoiceBlock, PLUGIN_BLOCKS, scaleBlock, SURVEYS, surveyOverrides } from '@/collections/Surveys'
import { responseOverrides } from '@/collections/SurveyResponses'

/** Collections this plugin adds that the multi-tenant plugin scopes to an agency. */
export const SURVEY_AGENCY_SCOPED = [SURVEYS]

const builder = formBuilderPlugin({
  // Single choice (radio), short and long text from the plugin; multiple choice and scale are ours
  // (the plugin's checkbox is one yes/no box). Nothing that asks for personal data, no payments,
  // no uploads, no e-mails to send.
  fields: {
    radio: PLUGIN_BLOCKS.radio,
    text: PLUGIN_BLOCKS.text,
    textarea: PLUGIN_BLOCKS.textarea,
    multipleChoice: multipleChoiceBlock,
    scale: scaleBlock,
    select: false,
    checkbox: false,
    country: false,
    state: false,
    email: false,
    number: false,
    message: false,
    date: false,
    payment: false,
    upload: false,
  },
  formOverrides: surveyOverrides,
  formSubmissionOverrides: responseOverrides,
})

/**
 * Satisfaction surveys from Payload's form-builder plugin (see src/collections/Surveys). The
 * plugin's forms collection then takes the portal's agency-content shape — agency-scoped, drafts,
 * the review workflow, audit, cache revalidation — and the portal's access rules instead of the
 * plugin's open read. Must run before the multi-tenant plugin (it adds the `agency` field).
 */
export const surveysPlugin: Plugin = async (incoming) => {
  const config = await builder(incoming)
  return {
    ...config,
    collections: (config.collections ?? []).map((c) => (c.slug === SURVEYS ? agencyContent({ ...c, access: {} }) : c)),
  }
}
