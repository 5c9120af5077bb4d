// Deterministic test content shared with the Java tests (org.constl.ipld.unixfs.SeededContent):
// a xorshift32 generator (shifts 13, 17, 5) whose successive 32-bit states are emitted
// little-endian; content(n, seed) is the first n bytes of that stream.

export function seededContent (length, seed) {
  if ((seed >>> 0) === 0) {
    throw new Error('seed must be non-zero')
  }
  const out = new Uint8Array(length)
  let x = seed >>> 0
  for (let i = 0; i < length; i += 4) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    for (let b = 0; b < 4 && i + b < length; b++) {
      out[i + b] = (x >>> (8 * b)) & 0xff
    }
  }
  return out
}
