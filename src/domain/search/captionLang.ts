/**
 * The language of a caption or snippet shown in a search hit, for its `lang` attribute (WCAG 3.1.2
 * Language of Parts). The English index row of a document can carry Vietnamese text: the owning
 * agency's name when it has no English name, an abstract or body never translated. Vietnamese is
 * recognised by the letters only it uses: đ, ă, â, ê, ô, ơ, ư with or without a tone mark, a
 * hook above or dot below (ả, ạ; precomposed or combining U+0309/U+0323), and ĩ, ũ, ẽ, ỳ, ỹ. Letters
 * it shares with French or Spanish (à, á, é, ó, ã, …) alone do not decide: "Café" stays English.
 */
const VIETNAMESE_LETTERS = /[đĐăĂâÂêÊôÔơƠưƯảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵẢẠẰẮẲẴẶẦẤẨẪẬẺẼẸỀẾỂỄỆỈĨỊỎỌỒỐỔỖỘỜỚỞỠỢỦŨỤỪỨỬỮỰỲỶỸỴ\u0309\u0323]/

export type CaptionLocale = 'vi' | 'en'

/** True when `text` contains a letter only Vietnamese uses. */
export function looksVietnamese(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text)
}

/** `'vi'` when a caption on a page in `pageLocale` is Vietnamese but the page is not; else undefined. */
export function captionLang(text: string | null | undefined, pageLocale: CaptionLocale): 'vi' | undefined {
  if (pageLocale === 'vi' || !text) return undefined
  return looksVietnamese(text) ? 'vi' : undefined
}
