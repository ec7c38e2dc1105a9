/**
 * The draft as structured text: chapters holding articles, each article with a stable address
 * ("dieu-3", "chuong-2-dieu-3" is not needed: article numbers run through the whole draft in
 * Vietnamese legal drafting) so a comment can point at it and a link can open it.
 */
export interface DraftArticle {
  number: number
  title?: string | null
}
export interface DraftChapter {
  number?: number | null
  title?: string | null
  articles: readonly DraftArticle[]
}

export function articleAddress(number: number): string {
  return `dieu-${number}`
}

/** Every article's address, in order; duplicate numbers are reported by `draftProblems`. */
export function articleAddresses(chapters: readonly DraftChapter[]): string[] {
  return chapters.flatMap((c) => c.articles.map((a) => articleAddress(a.number)))
}

export type DraftProblem = { code: 'duplicateArticle'; number: number } | { code: 'badArticleNumber'; number: number }

export function draftProblems(chapters: readonly DraftChapter[]): DraftProblem[] {
  const seen = new Set<number>()
  const out: DraftProblem[] = []
  for (const c of chapters)
    for (const a of c.articles) {
      if (!Number.isInteger(a.number) || a.number < 1) out.push({ code: 'badArticleNumber', number: a.number })
      else if (seen.has(a.number)) out.push({ code: 'duplicateArticle', number: a.number })
      seen.add(a.number)
    }
  return out
}
