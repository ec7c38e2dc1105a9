export * from './format'
export * from './english'
