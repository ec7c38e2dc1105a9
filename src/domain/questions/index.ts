export * from './askForm'
