export * from './ocop'
export * from './moderation'
export * from './catalogue'
export { normalizeRegistrationNumber } from '../cases/registration'
