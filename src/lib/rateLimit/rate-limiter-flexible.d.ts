// rate-limiter-flexible declares RateLimiterStoreAbstract (the base of its shared stores) in its
// typings but exports the class only at this path.
declare module 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js' {
  import { RateLimiterStoreAbstract } from 'rate-limiter-flexible'
  export default RateLimiterStoreAbstract
}
