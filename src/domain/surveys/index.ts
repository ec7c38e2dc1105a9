export * from './aggregate'
export * from './answers'
