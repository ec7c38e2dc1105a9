import { spawn } from 'node:child_process'
import path from 'node:path'

export interface HeldLock {
  /** Resolves when the holder has rolled back and exited. */
  released: Promise<void>
}

/**
 * Holds the write lock of an SQLite file for `ms` from another process (scripts/hold-lock.mjs);
 * resolves once the lock is held.
 */
export function holdWriteLock(file: string, ms: number): Promise<HeldLock> {
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../../../scripts/hold-lock.mjs'), file, String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const released = new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited ${code}`))))
  })
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('locked')) resolve({ released })
    })
    child.on('error', reject)
    released.catch(reject)
  })
}
