import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'
import { AGENCY_ROLES, isAdmin } from '@/access/roles'
import { AGENCY_SCOPED } from '@/collections'
import { plainText } from '@/lib/richtext'
import { absoluteUrl, documentPath } from '@/routes/documents'
import { isLocale } from '@/routes/locales'
import { crossAgencyLegalRelations } from './crossAgencyLegalRelations'
import { defaultRequestLocale } from './defaultRequestLocale'
import { adminUi } from './adminUi'
import { queryGuard } from './queryGuard'
import { relationGuard } from './relationGuard'
import { translatorScopeEverywhere } from './translatorScope'
import { SURVEY_AGENCY_SCOPED, surveysPlugin } from './surveys'

/** Every plugin of the portal, wired in one place. */
export const plugins: Plugin[] = [
  // Writes without ?locale= go to Vietnamese instead of silently dropping localized fields.
  defaultRequestLocale,
  // Satisfaction surveys (Payload's form-builder): before the multi-tenant plugin, which scopes them.
  surveysPlugin,
  // Agencies are tenants. Each agency-owned collection gets an `agency` field, the admin gets a
  // tenant selector, and writes assigning an agency the user is not a member of are rejected.
  // Read/write rules themselves live in src/access (the plugin's own access wrapper is off, so
  // anonymous visitors can read published content of every agency).
  multiTenantPlugin({
    tenantsSlug: 'agencies',
    tenantField: {
      name: 'agency',
      // Label shown on every agency-scoped document.
      admin: { position: 'sidebar' },
    },
    tenantsArrayField: {
      arrayFieldName: 'agencies',
      arrayTenantFieldName: 'agency',
      includeDefaultField: true,
      rowFields: [
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['editor'],
          options: AGENCY_ROLES.map((role) => ({
            value: role,
            label: {
              editor: { vi: 'Biên tập viên', en: 'Editor' },
              publisher: { vi: 'Người duyệt đăng', en: 'Publisher' },
              translator: { vi: 'Biên dịch viên', en: 'Translator' },
            }[role],
          })),
          saveToJWT: true,
        },
      ],
    },
    collections: {
      ...Object.fromEntries([...AGENCY_SCOPED, ...SURVEY_AGENCY_SCOPED].map((slug) => [slug, { useTenantAccess: false }])),
      // One settings document per agency (header, navigation, footer of its site).
      'agency-settings': { isGlobal: true, useTenantAccess: false },
    },
    useTenantsCollectionAccess: false,
    useUsersTenantFilter: true,
    userHasAccessToAllTenants: (user) => isAdmin(user),
    tenantSelectorLabel: { vi: 'Cơ quan', en: 'Agency' },
    i18n: {
      translations: {
        vi: {
          'field-assignedTenant-label': 'Cơ quan',
          'nav-tenantSelector-label': 'Cơ quan',
          'assign-tenant-button-label': 'Chuyển cơ quan',
          'assign-tenant-modal-title': 'Chuyển sang cơ quan khác',
        },
        en: { 'field-assignedTenant-label': 'Agency', 'nav-tenantSelector-label': 'Agency' },
      },
    },
  }),
  seoPlugin({
    collections: ['news', 'legal-documents'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc, locale }) => {
      const suffix = locale === 'en' ? 'Ha Tinh Provincial Portal' : 'Cổng TTĐT tỉnh Hà Tĩnh'
      return doc?.title ? `${doc.title} | ${suffix}` : suffix
    },
    generateDescription: ({ doc }) => {
      const source = (doc?.summary as string) || (doc?.abstract as string) || plainText(doc?.body)
      return source.length > 160 ? `${source.slice(0, 157).replace(/\s+\S*$/, '')}…` : source
    },
    generateURL: ({ doc, collectionConfig, locale }) => {
      const path = collectionConfig && doc?.slug ? documentPath(isLocale(locale) ? locale : 'vi', collectionConfig.slug, doc.slug) : null
      return path ? absoluteUrl(path) : ''
    },
  }),
  // After the multi-tenant plugin: legal documents may be cited from any agency (a plan's
  // approving decision, a resolution's legal basis, a news item's related documents).
  crossAgencyLegalRelations,
  // Vietnamese labels for the plugins' fields, Có/Không cells, System hidden from editors.
  adminUi,
  // Last, so it sees every collection: drafts for agency members only, no relation-path queries,
  // bounded lists.
  queryGuard,
  // Translators write English only in every agency-owned collection, uploads included.
  translatorScopeEverywhere,
  // Relationship and upload fields answer 400 (not a database 500) for an id that does not exist.
  relationGuard,
]
