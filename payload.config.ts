import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'
import { migrations } from './migrations'
import { collections } from './src/collections'
import { globals } from './src/globals'
import { plugins } from './src/plugins'
import { emailAdapter } from './src/lib/email'
import { recomputeEndpoint } from './src/transparency/endpoint'
import { previewEndpoints } from './src/lib/preview/endpoint'
import { recomputeTask } from './src/transparency/job'
import { questionRemindersTask } from './src/collections/Questions/reminders'
import { keepPublicErrorMessages } from './src/hooks/publicErrors'
import { adminOnlyJobs } from './src/access/fields'
import { isRateLimitTable } from './src/lib/rateLimit/store'
import { isSearchTable, keepTablesOnPush } from './src/search/payload-index'
import { busyAfterError } from './src/lib/database/afterError'
import { retryWhenBusy } from './src/lib/database/sqlite'
import { staticCsrfOrigins } from './src/lib/adminHosts'
import { explainRefusedOrigin } from './src/hooks/securityErrors'
import viStrings from './src/i18n/locales/vi.json'
import enStrings from './src/i18n/locales/en.json'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The database is chosen by DATABASE_URL: `mongodb://…` (or `mongodb+srv://…`) → MongoDB, the
 * production database; unset or `file:…` → an embedded SQLite file under data/.
 * SQLite's schema changes only through migrations/ (run at start-up); `PAYLOAD_DB_PUSH=true`
 * (tests on throw-away files only) pushes the schema directly instead.
 */
export function databaseAdapter(url = process.env.DATABASE_URL): DatabaseAdapterObj {
  if (url && /^mongodb(\+srv)?:\/\//.test(url)) {
    return mongooseAdapter({
      url,
      // Fail fast when MongoDB is down so /api/health answers 503 instead of hanging 30 s.
      connectOptions: { serverSelectionTimeoutMS: Number(process.env.MONGODB_TIMEOUT_MS ?? 5000) },
    })
  }
  const fileUrl = url && url.startsWith('file:') ? url : `file:${path.resolve(dirname, 'data', 'portal.db')}`
  // The site search (src/search/payload-index.ts) and the rate limiter (src/lib/rateLimit/store.ts)
  // keep their own tables in this database, outside Payload's schema.
  // retryWhenBusy: after connecting, a locked statement is retried with timers instead of
  // waiting inside the synchronous driver, which froze the whole process (src/lib/database/sqlite.ts);
  // busyTimeout below only applies to start-up (migrations).
  return retryWhenBusy(keepTablesOnPush(
    sqliteAdapter({
      client: { url: fileUrl },
      wal: true,
      busyTimeout: 5000,
      push: process.env.PAYLOAD_DB_PUSH === 'true',
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
    }),
    isSearchTable,
    isRateLimitTable,
  ))
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || (process.env.NODE_ENV === 'production' ? '' : 'dev-only-secret-change-me'),
  // No serverURL: the admin calls the API on whichever host it was opened on (PUBLIC_URL,
  // ADMIN_URL, an agency domain, 127.0.0.1 in development); PUBLIC_URL builds our own absolute
  // URLs. Login cookies are trusted from the portal's hosts only: the static ones here, agency
  // domains (data) through the `portal-hosts` strategy on users (src/lib/adminHosts.ts).
  csrf: staticCsrfOrigins(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  collections,
  globals,
  plugins,
  sharp,
  admin: {
    user: 'users',
    // gravatar.com is unreachable from the province network; never call it.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' — Quản trị Cổng TTĐT Hà Tĩnh' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Editorial dashboard: my drafts, awaiting my review, recently published, English missing.
    components: {
      // The province's mark and name on the login page and in the nav, drawn inline.
      graphics: { Logo: '/components/admin/branding/Logo#Logo', Icon: '/components/admin/branding/Icon#Icon' },
      beforeDashboard: ['/components/admin/EditorialDashboard#EditorialDashboard', '/components/admin/TransparencyWidget#TransparencyWidget', '/components/admin/ConsultationQueueWidget#ConsultationQueueWidget'],
      // Translators' work queue: missing/outdated English, oldest first.
      afterNavLinks: ['/admin/translation/QueueNavLink#QueueNavLink'],
      views: { translations: { Component: '/admin/translation/TranslationQueue#TranslationQueue', path: '/translations' } },
    },
  },
  // SMTP when SMTP_HOST is set; otherwise Payload logs each message (see src/lib/email.ts).
  email: emailAdapter(),
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    // The admin's own strings, from the portal's catalogues: t('adminUi:…').
    translations: { vi: { adminUi: viStrings.adminUi }, en: { adminUi: enStrings.adminUi } },
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    // The English edition never shows Vietnamese silently: pages decide what to do with gaps.
    fallback: false,
  },
  graphQL: { disable: true },
  // A busy or briefly unreachable database answers 503 + Retry-After with a localized message
  // (src/lib/database/afterError.ts), never a bare 500; a cookie refused for its origin says so in
  // the editor's language (src/hooks/securityErrors.ts); other public error messages (refusals,
  // invalid fields) stay readable in the production build (src/hooks/publicErrors.ts).
  hooks: { afterError: [busyAfterError, explainRefusedOrigin, keepPublicErrorMessages] },
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  // Types are generated by `npm run generate` only. Payload's default (autoGenerate outside
  // production) spawned `payload generate:types` on every boot, tests included, with the booting
  // process's DATABASE_URL: the MongoDB health test rewrote payload-types.ts with string ids.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  telemetry: false,
  // Scheduled publish/unpublish (drafts.schedulePublish) and other queued jobs run inside the
  // self-hosted Next.js server: every minute, all queues (crons start in src/instrumentation.ts).
  // With JOBS_AUTORUN=false the server leaves them to a worker: `npx payload jobs:run --cron "* * * * *" --all-queues`.
  jobs: {
    autoRun: [{ cron: '* * * * *', allQueues: true, limit: 20 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    // Running the queue over HTTP (/api/payload-jobs/run, /handle-schedules) is for admins only
    // (Payload's default lets any logged-in user); the crons above run it as the system.
    access: { run: adminOnlyJobs },
    // Transparency scoring: queued daily by its own schedule, run by the autoRun above.
    // Question deadline reminders: queued daily by their schedule (src/collections/Questions/reminders.ts).
    tasks: [recomputeTask, questionRemindersTask],
  },
  // POST /api/transparency/recompute (admins): recompute transparency snapshots now.
  // GET /api/preview (staff of the document's agency): the live preview frame (src/lib/preview).
  endpoints: [recomputeEndpoint, ...previewEndpoints],
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'fatal' : 'info') } },
})
