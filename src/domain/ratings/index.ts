export * from './scale'
export * from './count'
