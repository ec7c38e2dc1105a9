export type {
  SearchDoc,
  SearchDocRef,
  SearchHit,
  SearchIndex,
  SearchLocale,
  SearchQuery,
  SearchResult,
} from './types'
export { fold, foldTokens, exactForm, exactTokens, hasDiacritics, normalizeDocNumber, looksLikeDocNumber } from './fold'
export { parseQuery, type ParsedQuery, type QueryTerm } from './query'
export { escapeHtml, highlight, snippet } from './highlight'
export { editDistance } from './spell'
export { createSqliteSearchIndex, type SqliteSearchIndex, type SqliteSearchOptions } from './sqlite-fts'
export { createMongoSearchIndex, type MongoSearchOptions } from './mongo-text'
