import type { CollectionConfig, Config, Plugin } from 'payload'
import { translatorKeepsFiles, translatorScope } from '@/hooks/translatorScope'

const hasAgencyField = (c: CollectionConfig) => c.fields.some((f) => 'name' in f && f.name === 'agency')
/** A collection whose access gives translators no write at all opts out (`custom.translatorScope: false`, e.g. alerts). */
const optedOut = (c: CollectionConfig) => (c.custom as { translatorScope?: boolean } | undefined)?.translatorScope === false

/**
 * Translators write the English locale only, in EVERY agency-owned collection (anything with the
 * tenant `agency` field: publishable content, uploads, settings…), not only in those built with
 * `agencyContent()`: a translator who holds update rights somewhere (budget table files, say) can
 * neither replace a file nor change a non-localized field there. Place after the multi-tenant
 * plugin (which adds the `agency` field). Collections that already run the hook keep their order.
 */
export const translatorScopeEverywhere: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => {
    if (!hasAgencyField(c) || optedOut(c)) return c
    const beforeChange = c.hooks?.beforeChange ?? []
    const beforeValidate = c.hooks?.beforeValidate ?? []
    return {
      ...c,
      hooks: {
        ...c.hooks,
        beforeValidate: c.upload ? [translatorKeepsFiles, ...beforeValidate] : beforeValidate,
        beforeChange: beforeChange.includes(translatorScope) ? beforeChange : [translatorScope, ...beforeChange],
      },
    }
  }),
})
