import type vi from '@/i18n/locales/vi.json'

/**
 * The admin's own strings live in src/i18n/locales/{vi,en}.json under `adminUi` and reach
 * Payload's i18n through `payload.config.ts` (`i18n.translations`), so client components get
 * them in the admin's language with `useTranslation<AdminUiTranslations, AdminUiKey>()`.
 */
export type AdminUiTranslations = { adminUi: (typeof vi)['adminUi'] }
export type AdminUiKey = `adminUi:${keyof (typeof vi)['adminUi'] & string}`
