export * from './roles'
export * from './content'
