export * from './roles'
export * from './content'
export * from './fields'
export * from './marketplace'
