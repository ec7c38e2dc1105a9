/**
 * The name a file is stored under: the editor's name made safe, with the extension of the type
 * sniffed from the bytes (a PNG sent as `x.html` is stored as `x.png`, so no server or browser
 * ever takes it for HTML). Letters of any script stay (`NQ-HĐND`), path separators and anything
 * else outside letters, digits, `-` and `_` (inner dots too: no `x.php.png`) become `-` (`22/2016/NQ-HĐND.pdf` →
 * `22-2016-NQ-HĐND.pdf`); at most 120 characters before the extension.
 */
export function storedFileName(original: string, ext: string, fallback = 'tep'): string {
  const nfc = original.normalize('NFC')
  // The claimed extension is dropped (the sniffed one replaces it); a dot inside a path is not one.
  const stem = nfc
    .replace(/(.)\.[\p{L}\p{N}]{1,10}$/u, '$1')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '')
  return `${stem || fallback}.${ext}`
}
