export * from './requestForm'
