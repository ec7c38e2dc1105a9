export * from './period'
export * from './comments'
export * from './draft'
