import type { Validate } from 'payload'

/**
 * Required in Vietnamese (the source language), optional in English: an untranslated document can
 * still be saved and the English edition shows the gap honestly instead of refusing the save.
 */
export const requiredInDefaultLocale: Validate = (value, { req }) => {
  if (req?.locale && req.locale !== 'vi') return true
  if (typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined) return true
  return req?.i18n?.language === 'en' ? 'Required in Vietnamese.' : 'Bắt buộc nhập bằng tiếng Việt.'
}
