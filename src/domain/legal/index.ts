export * from './effect'
export * from './relations'
export * from './doc-types'
export * from './jsonld'
