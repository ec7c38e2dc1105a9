// Builds the portal's icons from one drawing, scripts/brand/logo.svg (run: node scripts/brand.mjs).
// Outputs, committed in public/: logo.svg (the header mark), icon.svg, favicon.ico (16/32/48 px,
// PNG-in-ICO), apple-touch-icon.png (180 px, opaque), icon-192.png, icon-512.png,
// icon-maskable-512.png (mark inside the maskable safe zone) and manifest.webmanifest.
import { readFile, writeFile, copyFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.join(root, 'scripts/brand/logo.svg')
const out = (name) => path.join(root, 'public', name)
const RED = '#7a1010'

const svg = await readFile(source)

/** The mark rendered square at `size` px; `pad` is the fraction of the side left around it. */
async function png(size, { pad = 0, background } = {}) {
  const inner = Math.round(size * (1 - 2 * pad))
  const mark = await sharp(svg, { density: Math.max(72, (72 * inner) / 64) }).resize(inner, inner).png().toBuffer()
  return sharp({ create: { width: size, height: size, channels: 4, background: background ?? { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: mark, gravity: 'center' }])
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** An ICO file whose entries are PNG images (supported by every browser since 2007). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // type 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, e)
    header.writeUInt8(size >= 256 ? 0 : size, e + 1)
    header.writeUInt8(0, e + 2) // no palette
    header.writeUInt8(0, e + 3)
    header.writeUInt16LE(1, e + 4) // planes
    header.writeUInt16LE(32, e + 6) // bits per pixel
    header.writeUInt32LE(data.length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...images.map((i) => i.data)])
}

await copyFile(source, out('logo.svg'))
await copyFile(source, out('icon.svg'))
const sizes = [16, 32, 48]
await writeFile(out('favicon.ico'), ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))))
await writeFile(out('apple-touch-icon.png'), await png(180, { pad: 0.06, background: RED }))
await writeFile(out('icon-192.png'), await png(192))
await writeFile(out('icon-512.png'), await png(512))
await writeFile(out('icon-maskable-512.png'), await png(512, { pad: 0.12, background: RED }))

const manifest = {
  name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh',
  short_name: 'Hà Tĩnh',
  description: 'Cổng thông tin điện tử chính thức của tỉnh Hà Tĩnh',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/vi',
  scope: '/',
  display: 'browser',
  background_color: '#ffffff',
  theme_color: RED,
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
await writeFile(out('manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`)
console.log('public/: logo.svg icon.svg favicon.ico apple-touch-icon.png icon-192.png icon-512.png icon-maskable-512.png manifest.webmanifest')
