export * from './requestForm'
export * from './register'
