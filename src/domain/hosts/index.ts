export * from './allowList'
