/**
 * Minimal ZIP reader (central directory + stored/deflate entries), enough for XLSX.
 * Written on node:zlib because the project takes no spreadsheet dependency.
 * Not supported (refused as 'not-spreadsheet'): ZIP64, encryption, multi-disk archives,
 * compression methods other than 0 (stored) and 8 (deflate).
 */
import { inflateRawSync } from 'node:zlib'
import { BudgetImportError, MAX_UNCOMPRESSED_BYTES } from './errors'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  crc32: number
  localHeaderOffset: number
  flags: number
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

/** CRC-32 (IEEE 802.3), as used by ZIP. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function notZip(reason: string): BudgetImportError {
  return new BudgetImportError('not-spreadsheet', { reason })
}

export class ZipReader {
  readonly entries: ReadonlyMap<string, ZipEntry>
  private readonly bytes: Uint8Array
  private readonly view: DataView

  constructor(bytes: Uint8Array) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    this.entries = this.readCentralDirectory()
  }

  private u16(o: number): number {
    return this.view.getUint16(o, true)
  }
  private u32(o: number): number {
    return this.view.getUint32(o, true)
  }

  private findEndOfCentralDirectory(): number {
    const len = this.bytes.byteLength
    if (len < 22) throw notZip('too short for a ZIP archive')
    const min = Math.max(0, len - 22 - 0xffff)
    for (let o = len - 22; o >= min; o--) {
      if (this.u32(o) === 0x06054b50) return o
    }
    throw notZip('no ZIP end-of-central-directory record')
  }

  private readCentralDirectory(): Map<string, ZipEntry> {
    const eocd = this.findEndOfCentralDirectory()
    const disk = this.u16(eocd + 4)
    const cdDisk = this.u16(eocd + 6)
    const count = this.u16(eocd + 10)
    const cdSize = this.u32(eocd + 12)
    const cdOffset = this.u32(eocd + 16)
    if (disk !== 0 || cdDisk !== 0) throw notZip('multi-disk ZIP')
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw notZip('ZIP64 is not supported')
    if (cdOffset + cdSize > eocd) throw notZip('central directory out of bounds')
    const entries = new Map<string, ZipEntry>()
    const decoder = new TextDecoder('utf-8')
    let o = cdOffset
    for (let i = 0; i < count; i++) {
      if (o + 46 > eocd || this.u32(o) !== 0x02014b50) throw notZip('corrupt central directory')
      const flags = this.u16(o + 8)
      const method = this.u16(o + 10)
      const crc = this.u32(o + 16)
      const compressedSize = this.u32(o + 20)
      const uncompressedSize = this.u32(o + 24)
      const nameLen = this.u16(o + 28)
      const extraLen = this.u16(o + 30)
      const commentLen = this.u16(o + 32)
      const localHeaderOffset = this.u32(o + 42)
      const name = decoder.decode(this.bytes.subarray(o + 46, o + 46 + nameLen))
      entries.set(name, { name, method, compressedSize, uncompressedSize, crc32: crc, localHeaderOffset, flags })
      o += 46 + nameLen + extraLen + commentLen
    }
    return entries
  }

  has(name: string): boolean {
    return this.entries.has(name)
  }

  /** Decompressed bytes of an entry, verified against its CRC. */
  read(name: string): Uint8Array {
    const e = this.entries.get(name)
    if (!e) throw notZip(`missing part ${name}`)
    if (e.flags & 0x1) throw notZip('encrypted ZIP entries are not supported')
    if (e.uncompressedSize > MAX_UNCOMPRESSED_BYTES) {
      throw new BudgetImportError('too-large', { limit: MAX_UNCOMPRESSED_BYTES, reason: `${name} is too large` })
    }
    const lo = e.localHeaderOffset
    if (lo + 30 > this.bytes.byteLength || this.u32(lo) !== 0x04034b50) throw notZip(`bad local header for ${name}`)
    const start = lo + 30 + this.u16(lo + 26) + this.u16(lo + 28)
    const end = start + e.compressedSize
    if (end > this.bytes.byteLength) throw notZip(`truncated entry ${name}`)
    const raw = this.bytes.subarray(start, end)
    let out: Uint8Array
    if (e.method === 0) {
      out = raw
    } else if (e.method === 8) {
      try {
        out = inflateRawSync(raw, { maxOutputLength: MAX_UNCOMPRESSED_BYTES })
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new BudgetImportError('too-large', { limit: MAX_UNCOMPRESSED_BYTES, reason: `${name} inflates too much` })
        }
        throw notZip(`cannot inflate ${name}`)
      }
    } else {
      throw notZip(`unsupported compression method ${e.method}`)
    }
    if (out.byteLength !== e.uncompressedSize || crc32(out) !== e.crc32) throw notZip(`checksum mismatch in ${name}`)
    return out
  }

  readText(name: string): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.read(name))
    } catch (err) {
      if (err instanceof BudgetImportError) throw err
      throw new BudgetImportError('bad-encoding', { reason: `${name} is not UTF-8` })
    }
  }
}
