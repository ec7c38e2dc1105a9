export * from './aggregate'
export * from './answers'
export * from './respondent'
