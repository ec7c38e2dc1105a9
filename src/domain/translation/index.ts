export * from './state'
