import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Migration } from 'payload'
import { migrations } from '../../migrations'

/**
 * The generated migrations (typed for the SQLite adapter: `up({ db, payload, req })`) in the
 * adapter-neutral shape `payload.db.migrate` takes (`up(args: unknown)`). The adapter calls each
 * with its own arguments, so this is the one place that says so.
 */
export const sqliteMigrations: Migration[] = migrations.map((m) => ({
  name: m.name,
  up: (args) => m.up(args as MigrateUpArgs),
  down: (args) => m.down(args as MigrateDownArgs),
}))
