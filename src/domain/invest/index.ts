export * from './filters'
export * from './enquiry'
