/**
 * Screenshots for the docs, written only when they changed: Chromium's pixels move by a few bytes
 * from run to run (antialiasing, a port number in a header), and a test run should not leave a
 * changed picture behind for that. A file is rewritten when its size in pixels changed, when more
 * than `threshold` of its bytes differ, or when `UPDATE_SCREENSHOTS=1`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { inflateSync } from "node:zlib"

/** Decoded pixels of an 8-bit, non-interlaced PNG (what Chromium writes). */
interface Pixels {
  readonly width: number
  readonly height: number
  readonly bytes: Uint8Array
}

/** The Paeth predictor of the PNG specification. */
const paeth = (left: number, up: number, upLeft: number): number => {
  const estimate = left + up - upLeft
  const toLeft = Math.abs(estimate - left)
  const toUp = Math.abs(estimate - up)
  const toUpLeft = Math.abs(estimate - upLeft)
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft
}

/** The pixels of a PNG, or undefined for one this does not read (another depth, interlaced). */
export const decodePng = (png: Uint8Array): Pixels | undefined => {
  const buffer = Buffer.from(png)
  let position = 8
  let width = 0
  let height = 0
  let channels = 0
  const data: Array<Buffer> = []
  while (position + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(position)
    const type = buffer.toString("ascii", position + 4, position + 8)
    const chunk = buffer.subarray(position + 8, position + 8 + length)
    if (type === "IHDR") {
      width = chunk.readUInt32BE(0)
      height = chunk.readUInt32BE(4)
      const [depth, color, interlace] = [chunk[8], chunk[9], chunk[12]]
      channels = color === 6 ? 4 : color === 2 ? 3 : color === 0 ? 1 : 0
      if (depth !== 8 || interlace !== 0 || channels === 0) return undefined
    }
    if (type === "IDAT") data.push(chunk)
    position += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const bytes = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0
      const left = x >= channels ? bytes[y * stride + x - channels] ?? 0 : 0
      const up = y > 0 ? bytes[(y - 1) * stride + x] ?? 0 : 0
      const upLeft = x >= channels && y > 0 ? bytes[(y - 1) * stride + x - channels] ?? 0 : 0
      const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0
      bytes[y * stride + x] = (value + predicted) & 255
    }
  }
  return { width, height, bytes }
}

/** Of the bytes of two pictures, the share that differs; 1 when their sizes differ or one is unreadable. */
export const difference = (a: Pixels | undefined, b: Pixels | undefined): number => {
  if (a === undefined || b === undefined || a.width !== b.width || a.height !== b.height || a.bytes.length !== b.bytes.length) return 1
  let differing = 0
  for (let i = 0; i < a.bytes.length; i++) if (a.bytes[i] !== b.bytes[i]) differing++
  return differing / a.bytes.length
}

/** Writes `png` to `path` unless the picture there is the same but for `threshold` of its bytes. */
export const writeScreenshot = (path: string, png: Uint8Array, threshold = 0.0005): boolean => {
  if (process.env["UPDATE_SCREENSHOTS"] !== "1" && existsSync(path) && difference(decodePng(readFileSync(path)), decodePng(png)) <= threshold) return false
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, png)
  return true
}
