export * from './workflow'
export * from './buttons'
