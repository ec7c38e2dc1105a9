import { Fragment, type ReactNode } from 'react'
import type { TFunction } from 'i18next'

/**
 * A translated sentence with React nodes in its placeholders (e.g. a Vietnamese name marked
 * lang="vi" inside an English sentence), whatever order each language puts them in.
 */
export function tNodes(t: TFunction, key: string, nodes: Record<string, ReactNode>): ReactNode {
  const tokens = Object.fromEntries(Object.keys(nodes).map((name) => [name, `\u0000${name}\u0000`]))
  const parts = String(t(key, tokens)).split('\u0000')
  // Odd indexes are placeholder names.
  return parts.map((part, i) => <Fragment key={i}>{i % 2 === 1 ? nodes[part] : part}</Fragment>)
}
