export * from './state'
export * from './coverage'
export * from './queue'
