// Golden vectors for org.constl.identity, produced by the JS reference stack itself:
// @libp2p/crypto (keys, protobufs, signatures), @libp2p/peer-id (peer id text forms) and
// @orbitdb/core 2.5 (publickey identities). Deterministic: every key comes from a fixed seed.
// Run: node interop/vectors/identity.mjs  (writes into the identity test fragment's resources)
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  generateKeyPairFromSeed, privateKeyFromRaw, privateKeyToProtobuf, publicKeyToProtobuf,
  publicKeyFromProtobuf, privateKeyFromProtobuf
} from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { base36 } from 'multiformats/bases/base36'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { Identities, KeyStore, MemoryStorage } from '@orbitdb/core'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.identity.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const utf8 = (text) => new TextEncoder().encode(text)
const sha256 = (text) => new Uint8Array(createHash('sha256').update(text).digest())
const seed = (label) => sha256('constellation identity vector ' + label)

const write = (name, header, rows) => {
  const lines = [...header.map((h) => '# ' + h), ...rows.map((r) => r.join('\t'))]
  writeFileSync(join(out, name), lines.join('\n') + '\n')
  console.log(`${name}: ${rows.length} vectors`)
}

const ed25519 = async (label) => generateKeyPairFromSeed('Ed25519', seed(label))
const secp = (label) => privateKeyFromRaw(seed(label))

const keys = []
for (let i = 0; i < 4; i++) keys.push(await ed25519('ed25519 ' + i))
for (let i = 0; i < 4; i++) keys.push(secp('secp256k1 ' + i))

// --- keys.tsv: protobufs and peer ids -------------------------------------------------------
const keyRows = keys.map((key) => {
  const peerId = peerIdFromPrivateKey(key)
  return [
    key.type, hex(key.raw), hex(privateKeyToProtobuf(key)), hex(key.publicKey.raw),
    hex(publicKeyToProtobuf(key.publicKey)), hex(peerId.toMultihash().bytes), peerId.toString(),
    peerId.toCID().toString(), peerId.toCID().toString(base36)
  ]
})
write('keys.tsv', [
  'libp2p keys from fixed seeds (@libp2p/crypto, @libp2p/peer-id)',
  'type\tprivateRaw\tprivateProtobuf\tpublicRaw\tpublicProtobuf\tpeerIdMultihash\tpeerIdBase58\tpeerIdCidBase32\tpeerIdCidBase36'
], keyRows)

// --- signatures.tsv: deterministic signatures made by JS ------------------------------------
const messages = [new Uint8Array(0), utf8('hello'), utf8('constellation'), sha256('long message').subarray(0, 31),
  new Uint8Array(1000).map((_, i) => i * 7)]
const sigRows = []
for (const key of keys) {
  for (const message of messages) {
    const signature = await key.sign(message)
    if (!(await key.publicKey.verify(message, signature))) throw new Error('JS cannot verify itself')
    sigRows.push([key.type, hex(key.raw), hex(message), hex(signature)])
  }
}
write('signatures.tsv', [
  'Signatures made by @libp2p/crypto with fixed keys (secp256k1: ECDSA over SHA-256, DER, low-S, RFC 6979)',
  'type\tprivateRaw\tmessage\tsignature'
], sigRows)

// --- verify.tsv: what JS accepts or refuses ------------------------------------------------
const verdict = async (publicKey, message, signature) => {
  try { return await publicKey.verify(message, signature) === true } catch { return false }
}
const verifyRows = []
const addVerify = async (key, message, signature, note) => {
  verifyRows.push([key.type, hex(key.publicKey.raw), hex(message), hex(signature),
    String(await verdict(key.publicKey, message, signature)), note])
}
for (const key of keys) {
  const message = utf8('verify me')
  const signature = await key.sign(message)
  await addVerify(key, message, signature, 'valid')
  await addVerify(key, utf8('verify mE'), signature, 'other message')
  await addVerify(key, message, signature.subarray(0, signature.length - 1), 'truncated')
  await addVerify(key, message, Uint8Array.from([...signature, 0]), 'trailing byte')
  const flipped = Uint8Array.from(signature)
  flipped[flipped.length - 3] ^= 0x01
  await addVerify(key, message, flipped, 'bit flip')
  await addVerify(key, message, new Uint8Array(0), 'empty')
  if (key.type === 'secp256k1') {
    const sig = secp256k1.Signature.fromBytes(signature, 'der')
    const highS = new secp256k1.Signature(sig.r, secp256k1.Point.CURVE().n - sig.s)
    await addVerify(key, message, highS.toBytes('der'), 'high S')
    await addVerify(key, message, sig.toBytes('compact'), 'compact 64 bytes')
  }
}
write('verify.tsv', [
  'Signature verification verdicts of @libp2p/crypto (publicKey.verify; an exception counts as false)',
  'type\tpublicRaw\tmessage\tsignature\taccepted\tnote'
], verifyRows)

// --- peerids.tsv: parsing of text forms -----------------------------------------------------
const peerTexts = [
  ...keyRows.flatMap((r) => [r[6], r[7], r[8]]),
  'QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N',
  '12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTGY',
  '16Uiu2HAmLhLvBoYaoZfaMUKuibM6ac163GwKY74c5kiSLg5KvLpY',
  '12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTG',
  '12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTGY1',
  '12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTG0',
  'QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5',
  'bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy',
  'zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp',
  ''
]
const peerRows = []
for (const text of peerTexts) {
  try {
    const peerId = peerIdFromString(text)
    peerRows.push([text, 'ok', peerId.type, hex(peerId.toMultihash().bytes), peerId.toString(), peerId.toCID().toString()])
  } catch {
    peerRows.push([text, 'invalid'])
  }
}
write('peerids.tsv', [
  'peerIdFromString of @libp2p/peer-id: text, then ok + type + multihash + base58 + CID base32, or invalid',
  'text\tresult\ttype\tmultihash\tbase58\tcidBase32'
], peerRows)

// --- protobufs.tsv: decoding verdicts for odd protobufs -------------------------------------
const ed = keys[0]
const edPub = hex(ed.publicKey.raw)
const protoRows = []
const protoCase = (kind, bytesHex, note) => {
  let result
  try {
    const bytes = Uint8Array.from(Buffer.from(bytesHex, 'hex'))
    const key = kind === 'public' ? publicKeyFromProtobuf(bytes) : privateKeyFromProtobuf(bytes)
    result = key.type + ':' + hex(key.raw)
  } catch {
    result = 'invalid'
  }
  protoRows.push([kind, bytesHex, result, note])
}
protoCase('public', '08011220' + edPub, 'canonical')
protoCase('public', '08011221' + edPub + '00', 'ed25519 33 bytes')
protoCase('public', '0801121f' + edPub.slice(2), 'ed25519 31 bytes')
protoCase('public', '08051220' + edPub, 'unknown key type')
protoCase('public', '08001220' + edPub, 'rsa with garbage')
protoCase('public', '0802122102' + '00'.repeat(32), 'secp256k1 not on curve')
protoCase('public', '08021241' + hex(secp256k1.getPublicKey(seed('secp256k1 0'), false)), 'secp256k1 uncompressed')
protoCase('private', hex(privateKeyToProtobuf(keys[4])), 'secp256k1 canonical')
protoCase('private', '08021220' + '00'.repeat(32), 'secp256k1 zero scalar')
protoCase('private', '08021220' + 'ff'.repeat(32), 'secp256k1 scalar above n')
write('protobufs.tsv', [
  'Key protobuf decoding by @libp2p/crypto: kind, bytes, type:raw or invalid, note',
  'kind\tbytes\tresult\tnote'
], protoRows)

// --- orbitdb-identities.tsv: publickey identities built by @orbitdb/core ---------------------
const identityRows = []
const entrySignRows = []
for (let i = 0; i < 3; i++) {
  const keystore = await KeyStore({ storage: await MemoryStorage() })
  const name = 'user-' + i
  const keyA = secp('orbitdb id ' + i)
  const keyB = secp('orbitdb signing ' + i)
  await keystore.addKey(name, { privateKey: keyA.raw })
  await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: keyB.raw })
  const identities = await Identities({ keystore })
  const identity = await identities.createIdentity({ id: name })
  if (!(await identities.verifyIdentity(identity))) throw new Error('JS cannot verify its identity')
  identityRows.push([name, hex(keyA.raw), hex(keyB.raw), identity.id, identity.publicKey,
    identity.signatures.id, identity.signatures.publicKey, hex(identity.bytes), identity.hash])
  for (const message of [utf8('entry ' + i), sha256('entry bytes ' + i)]) {
    const signature = await identities.sign(identity, message)
    entrySignRows.push([identity.hash, hex(message), signature])
  }
}
write('orbitdb-identities.tsv', [
  'OrbitDB publickey identities (@orbitdb/core 2.5 Identities.createIdentity with keys A under name, B under hex(A))',
  'name\tprivateA\tprivateB\tid\tpublicKey\tsignatureId\tsignaturePublicKey\tbytes\thash'
], identityRows)
write('orbitdb-signatures.tsv', [
  'Identities.sign(identity, bytes) of @orbitdb/core 2.5 (key B), as lowercase hex',
  'identityHash\tmessage\tsignature'
], entrySignRows)
