/**
 * Vietnamese-aware text folding for URLs.
 *
 * NFD splits "ế" into "e" + circumflex + acute; stripping the combining marks (U+0300–U+036F)
 * leaves the base letter. "đ"/"Đ" has no decomposition in Unicode, so it is mapped by hand.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g

export function foldDiacritics(input: string): string {
  return input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}

export function slugify(input: string, maxLength = 96): string {
  const slug = foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
