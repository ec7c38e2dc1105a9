export * from './askForm'
export * from './filters'
