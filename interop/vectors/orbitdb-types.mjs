// Golden vectors for the documents, set, ordered-keyvalue and feed database types of
// org.constl.orbitdb, produced by the npm code itself: @orbitdb/core 2.5 (Documents),
// @orbitdb/set-db 1.1.2, @orbitdb/ordered-keyvalue-db 1.1.2 and @orbitdb/feed-db 1.2.1, each
// opened as OrbitDB opens a database type, over MemoryStorage, without a network.
//
// For every database: the operations (payload, entry hash and bytes), the joins between the two
// writers' replicas, and the state each replica reads (heads, log order, all(), get, query), or
// the error the JS code throws. A second file holds the JS semantics the types rely on
// (JSON.stringify, property keys, truthiness, `>` and `===`) for DAG-CBOR decoded values.
// Deterministic: fixed keys, no clock time in entries, RFC 6979 signatures, a seeded generator.
// Run: node interop/vectors/orbitdb-types.mjs  (writes into the orbitdb test fragment's resources)
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 as sha256Hasher } from 'multiformats/hashes/sha2'
import { base58btc } from 'multiformats/bases/base58'
import { Identities, KeyStore, MemoryStorage, IPFSAccessController, Documents, Entry } from '@orbitdb/core'
import ManifestStore from '@orbitdb/core/src/manifest-store.js'
import { Set as SetDb } from '@orbitdb/set-db'
import { OrderedKeyValue } from '@orbitdb/ordered-keyvalue-db'
import { Feed } from '@orbitdb/feed-db'
import { seededContent } from './prng.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.orbitdb.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const cbor = (value) => value === undefined ? '-' : hex(dagCbor.encode(value))
const sha256 = (text) => new Uint8Array(createHash('sha256').update(text).digest())
// The same key derivation as orbitdb.mjs, so the writers are the ones of orbitdb-setup.tsv.
const secp = (label) => privateKeyFromRaw(sha256('constellation orbitdb vector ' + label))
// A JSON text parsed by JSON.parse keeps "__proto__" as an own key, so it reaches the entry.
const raw = (json) => JSON.parse(json)
const link = CID.parse('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy')

const write = (name, header, rows) => {
  const lines = [...header.map((h) => '# ' + h), ...rows.map((r) => r.join('\t'))]
  writeFileSync(join(out, name), lines.join('\n') + '\n')
  console.log(`${name}: ${rows.length} rows`)
}

// --- identities, access controller ----------------------------------------------------------
const keystore = await KeyStore({ storage: await MemoryStorage() })
const blocks = await MemoryStorage()
const identities = await Identities({ keystore, storage: blocks })
const writers = {}
const setupRows = []
for (const name of ['alice', 'bob']) {
  const keyA = secp('id ' + name)
  await keystore.addKey(name, { privateKey: keyA.raw })
  await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: secp('signing ' + name).raw })
  writers[name] = await identities.createIdentity({ id: name })
  setupRows.push(['identity', name, writers[name].hash, hex(writers[name].bytes)])
}
const fakeIpfs = { libp2p: { services: { pubsub: {} } } }
const access = await IPFSAccessController({ write: [writers.alice.id, writers.bob.id], storage: blocks })({
  orbitdb: { identity: writers.alice, ipfs: fakeIpfs }, identities, address: undefined
})
setupRows.push(['access', access.address, hex(await blocks.get(access.address.replace('/ipfs/', '')))])
const manifests = await ManifestStore({ storage: blocks })

// --- databases --------------------------------------------------------------------------------
const opRows = []
const resultRows = []
const databases = {}

// Opens the replicas of one database as OrbitDB does: the type's function over Database.
const open = async (db, type, Type, writerNames = ['alice', 'bob']) => {
  const manifest = await manifests.create({ name: db, type, accessController: access.address })
  const address = '/orbitdb/' + manifest.hash
  setupRows.push(['manifest', db, type, address, hex(await blocks.get(manifest.hash))])
  const replicas = {}
  for (const who of writerNames) {
    const dbAccess = await IPFSAccessController({ storage: blocks })({
      orbitdb: { identity: writers[who], ipfs: fakeIpfs },
      identities: await Identities({ keystore, storage: blocks }),
      address: access.address
    })
    replicas[who] = await Type({
      ipfs: fakeIpfs,
      identity: writers[who],
      address,
      name: db,
      access: dbAccess,
      directory: './orbitdb-vectors',
      meta: {},
      headsStorage: await MemoryStorage(),
      entryStorage: await MemoryStorage(),
      indexStorage: await MemoryStorage(),
      syncAutomatically: false
    })
  }
  databases[db] = replicas
  return replicas
}

// An operation through the type's API ("api") or a payload appended as is ("raw"): both rows
// carry the payload the entry holds. A raw payload is recorded as given: read back from the
// entry, its "__proto__" keys would be prototypes, which dag-cbor does not encode.
// The sort databases only check the order, so their rows leave the entry bytes out (-): the
// hash alone shows that Java writes the same bytes.
const record = async (db, who, mode, hash, payload) => {
  const entry = await databases[db][who].log.get(hash)
  const bytes = db.startsWith('okv-sort-') ? '-' : hex(entry.bytes)
  opRows.push(['append', db, who, mode, cbor(payload ?? entry.payload), hash, bytes])
}
const api = async (db, who, method, ...args) => record(db, who, 'api', await databases[db][who][method](...args))
const rawOp = async (db, who, payload) => record(db, who, 'raw', await databases[db][who].addOperation(payload), payload)
// A call the JS API refuses: recorded with its arguments, nothing is appended.
const refused = async (db, who, method, arg) => {
  try {
    await databases[db][who][method](arg)
  } catch (e) {
    opRows.push(['refused', db, who, method, cbor(arg), e.message])
    return
  }
  throw new Error(`${db}.${method} was expected to throw`)
}
const joinInto = async (db, to, from) => {
  await databases[db][to].log.join(databases[db][from].log)
  opRows.push(['join', db, to, from])
}
// An entry Entry.create would not make (a null payload), signed by the writer and joined: a peer
// can send one, and verification accepts it.
const forge = async (db, who, payload) => {
  const log = databases[db][who].log
  const heads = await log.heads()
  const time = Math.max(0, ...heads.map((e) => e.clock.time)) + 1
  const value = {
    id: log.id, payload, next: heads.map((e) => e.hash), refs: [], clock: { id: writers[who].publicKey, time }, v: 2
  }
  const signed = dagCbor.encode(value)
  const sig = await writers[who].sign(writers[who], signed)
  const bytes = dagCbor.encode({ ...value, key: writers[who].publicKey, identity: writers[who].hash, sig })
  const entry = await Entry.decode(bytes)
  const cid = CID.create(1, dagCbor.code, await sha256Hasher.digest(bytes))
  if (entry.hash !== cid.toString(base58btc)) throw new Error('forged entry hash')
  await log.joinEntry(entry)
  opRows.push(['forge', db, who, entry.hash, hex(bytes)])
}

// The state every replica reads, or the error JS throws while reading it (then THREW).
const THREW = Symbol('threw')
const attempt = async (db, who, method, fn) => {
  try {
    return await fn()
  } catch (e) {
    resultRows.push(['throws', db, who, method, e.constructor.name + ': ' + e.message])
    return THREW
  }
}
const logRows = async (db) => {
  for (const [who, replica] of Object.entries(databases[db])) {
    resultRows.push(['heads', db, who, (await replica.log.heads()).map((e) => e.hash).join(',')])
    resultRows.push(['values', db, who, (await replica.log.values()).map((e) => e.hash).join(',')])
  }
}
const hashValueRows = async (db) => {
  for (const [who, replica] of Object.entries(databases[db])) {
    const all = await attempt(db, who, 'all', () => replica.all())
    for (const { value, hash } of all === THREW ? [] : all) {
      resultRows.push(['all', db, who, cbor(value), hash])
    }
  }
}

// --- documents --------------------------------------------------------------------------------
// query predicates, by name; the Java test has the same ones.
const predicates = {
  any: () => true,
  'n>1': (doc) => doc != null && doc.n > 1
}
const documentRows = async (db, gets) => {
  await logRows(db)
  for (const [who, replica] of Object.entries(databases[db])) {
    const all = await attempt(db, who, 'all', () => replica.all())
    for (const { hash, key, value } of all === THREW ? [] : all) {
      resultRows.push(['all', db, who, hash, cbor(key), cbor(value)])
    }
    for (const key of all === THREW ? [] : gets) {
      const doc = await replica.get(key)
      resultRows.push(['get', db, who, cbor(key), doc === undefined ? '-' : doc.hash])
    }
    for (const [name, fn] of all === THREW ? [] : Object.entries(predicates)) {
      const found = await replica.query(fn)
      resultRows.push(['query', db, who, name, found.map(cbor).join(',')])
    }
  }
}

await open('documents', 'documents', Documents())
await api('documents', 'alice', 'put', { _id: 'a', n: 1 })
await api('documents', 'alice', 'put', { _id: 'b', n: 2, tags: ['x'] })
await api('documents', 'bob', 'put', { _id: 'a', n: 10 })
await api('documents', 'bob', 'put', { _id: 5, n: 5 })
await api('documents', 'bob', 'put', { _id: '5', n: 55 })
await api('documents', 'alice', 'del', 'b')
await api('documents', 'alice', 'put', { _id: 'constructor', n: 0 })
await joinInto('documents', 'alice', 'bob')
await api('documents', 'alice', 'put', { _id: 'c', nested: { deep: [1, { x: null }] }, n: 1.5 })
await api('documents', 'bob', 'del', 'a')
await api('documents', 'bob', 'put', { _id: 'b', n: 3 })
await joinInto('documents', 'bob', 'alice')
await refused('documents', 'alice', 'del', 'missing')
await refused('documents', 'alice', 'put', { n: 1 })
await refused('documents', 'alice', 'put', { _id: '', n: 1 })
await refused('documents', 'alice', 'put', { _id: 0, n: 1 })
await api('documents', 'alice', 'put', { _id: 'd' })
await api('documents', 'alice', 'del', 'd')
await api('documents', 'alice', 'put', { _id: 'd', again: true })
await api('documents', 'alice', 'put', { _id: 7, n: 7 })
await joinInto('documents', 'alice', 'bob')
await joinInto('documents', 'bob', 'alice')
await documentRows('documents', ['a', 'b', 'c', 'd', 5, '5', 7, 'constructor', 'missing'])

await open('documents-clef', 'documents', Documents({ indexBy: 'clef' }))
setupRows.push(['indexBy', 'documents-clef', 'clef'])
await api('documents-clef', 'alice', 'put', { clef: 'x', v: 1 })
await api('documents-clef', 'bob', 'put', { clef: 'y', _id: 'not the key' })
await refused('documents-clef', 'bob', 'put', { _id: 'z' })
await joinInto('documents-clef', 'bob', 'alice')
await api('documents-clef', 'bob', 'del', 'x')
await api('documents-clef', 'alice', 'put', { clef: 'x', v: 2 })
await joinInto('documents-clef', 'alice', 'bob')
await joinInto('documents-clef', 'bob', 'alice')
await documentRows('documents-clef', ['x', 'y', 'not the key'])

await open('documents-hostile', 'documents', Documents(), ['alice'])
for (const payload of [
  { op: 'PUT', key: 'k1', value: { _id: 'other' } },
  { op: 'PUT', key: 7 },
  { op: 'PUT' },
  { op: 'PUT', key: 'undefined', value: 'a string key "undefined"' },
  { op: 'PUT', key: ['a', 'b'], value: 'list key' },
  { op: 'PUT', key: 'a,b', value: 'string key a,b' },
  { op: 'PUT', key: { x: 1 }, value: 'map key' },
  { op: 'PUT', key: null, value: 'null key' },
  { op: 'PUT', key: true, value: 'true key' },
  { op: 'PUT', key: 1.5, value: 'float key' },
  { op: 'PUT', key: new Uint8Array([1, 2]), value: 'bytes key' },
  { op: 'PUT', key: link, value: 'link key' },
  { op: 'PUT', key: 'toString', value: 'a JS object property' },
  { op: 'put', key: 'lower', value: 1 },
  { op: 1, key: 'k2', value: 1 },
  'a string payload',
  42,
  [],
  {},
  raw('{"__proto__": {"op": "PUT", "key": "proto", "value": "from the prototype"}}'),
  raw('{"op": "PUT", "key": "p2", "value": 1, "__proto__": 5}'),
  raw('{"op": "PUT", "key": "p3", "__proto__": {"value": "inherited value"}}'),
  { op: 'DEL', key: 'k1' },
  { op: 'PUT', key: 'k1', value: 'put again after the DEL' }
]) {
  await rawOp('documents-hostile', 'alice', payload)
}
await documentRows('documents-hostile', ['k1', 7, 'undefined', 'a,b', '[object Object]', 'null', 'proto', 'p2', 'p3', 'toString'])

await open('documents-null-payload', 'documents', Documents(), ['alice'])
await api('documents-null-payload', 'alice', 'put', { _id: 'a' })
await forge('documents-null-payload', 'alice', null)
await documentRows('documents-null-payload', [])

await open('documents-unconvertible-key', 'documents', Documents(), ['alice'])
await api('documents-unconvertible-key', 'alice', 'put', { _id: 'a' })
await rawOp('documents-unconvertible-key', 'alice', { op: 'PUT', key: raw('{"__proto__": null, "a": 1}'), value: 1 })
await documentRows('documents-unconvertible-key', [])

// --- set ------------------------------------------------------------------------------------
const setRows = async (db) => {
  await logRows(db)
  await hashValueRows(db)
}

await open('set', 'set', SetDb())
await api('set', 'alice', 'add', 'a')
await api('set', 'alice', 'add', 1)
await api('set', 'alice', 'add', { x: 1, y: [1, 2] })
await api('set', 'bob', 'add', 'a')
await api('set', 'bob', 'add', { y: [1, 2], x: 1 })
await api('set', 'bob', 'add', '1')
await api('set', 'alice', 'del', 'a')
await api('set', 'alice', 'del', 'never added')
await api('set', 'bob', 'add', raw('{"b": 1, "10": 2, "2": 3, "01": 4}'))
await joinInto('set', 'alice', 'bob')
await api('set', 'alice', 'add', null)
await api('set', 'alice', 'add', true)
await api('set', 'alice', 'add', [1, [2, { z: {} }]])
await api('set', 'bob', 'del', 1)
await api('set', 'bob', 'add', 'b')
await api('set', 'bob', 'del', 'b')
await api('set', 'bob', 'add', 'b')
for (const value of [1.5, -3, 0.1, 1e21, 1e-7, 123456789.125, 'é☃\u0001"\\', new Uint8Array([1, 2, 3]), link]) {
  await api('set', 'alice', 'add', value)
}
await api('set', 'alice', 'add', { 0: 1, 1: 2, 2: 3 })
await api('set', 'bob', 'add', new Uint8Array(0))
await api('set', 'bob', 'add', {})
await joinInto('set', 'bob', 'alice')
await api('set', 'bob', 'del', { x: 1, y: [1, 2] })
await joinInto('set', 'alice', 'bob')
await setRows('set')

await open('set-hostile', 'set', SetDb(), ['alice'])
for (const payload of [
  { op: 'ADD' },
  { op: 'ADD', key: 'k', value: 'with a key' },
  { op: 'DEL', key: 'x', value: 'with a key' },
  { op: 'ADD', value: { a: 1 } },
  raw('{"op": "ADD", "value": {"a": 1, "__proto__": {"b": 2}}}'),
  raw('{"__proto__": {"op": "ADD", "value": "from the prototype"}}'),
  raw('{"op": "ADD", "value": {"toJSON": 1, "c": 2}}'),
  raw('{"op": "ADD", "value": {"__proto__": null, "d": 3}}'),
  { op: 'add', value: 'lower' },
  'a string payload',
  42,
  [],
  {},
  { op: 'ADD', value: 'last' },
  { op: 'DEL' }
]) {
  await rawOp('set-hostile', 'alice', payload)
}
await setRows('set-hostile')

await open('set-big-integer', 'set', SetDb(), ['alice'])
await api('set-big-integer', 'alice', 'add', 'a')
await api('set-big-integer', 'alice', 'add', 2n ** 60n)
await setRows('set-big-integer')

await open('set-null-payload', 'set', SetDb(), ['alice'])
await api('set-null-payload', 'alice', 'add', 'a')
await forge('set-null-payload', 'alice', null)
await setRows('set-null-payload')

// --- ordered-keyvalue -------------------------------------------------------------------------
const okvRows = async (db, gets) => {
  await logRows(db)
  for (const [who, replica] of Object.entries(databases[db])) {
    const all = await attempt(db, who, 'all', () => replica.all())
    for (const { key, value, hash } of all === THREW ? [] : all) {
      resultRows.push(['all', db, who, cbor(key), cbor(value), hash])
    }
    for (const key of gets) {
      const value = await attempt(db, who, 'get ' + key, () => replica.get(key))
      if (value !== THREW) resultRows.push(['get', db, who, key, cbor(value)])
    }
  }
}

await open('okv', 'ordered-keyvalue', OrderedKeyValue())
await api('okv', 'alice', 'put', 'a', 'A')
await api('okv', 'alice', 'put', 'b', 'B', 1)
await api('okv', 'alice', 'put', 'c', { C: [3] }, -1)
await api('okv', 'bob', 'put', 'd', 'D', 2)
await api('okv', 'bob', 'put', 'a', 'A2', 5)
await api('okv', 'alice', 'move', 'b', 10)
await api('okv', 'alice', 'move', 'zz', 3)
await api('okv', 'bob', 'move', 'c', 1.5)
await api('okv', 'bob', 'put', 'e', 'E')
await api('okv', 'alice', 'del', 'd')
await api('okv', 'bob', 'move', 'b', -2)
await joinInto('okv', 'alice', 'bob')
await api('okv', 'alice', 'put', 'f', 'F', 1)
await api('okv', 'alice', 'put', 'g', 'G', 3)
await api('okv', 'alice', 'put', 'h', 'H', 3)
await api('okv', 'alice', 'del', 'never put')
await api('okv', 'alice', 'put', 'm', 'M', 0)
// The oldest MOVE after the PUT wins: 'm' ends at 7, not 2.
await api('okv', 'alice', 'move', 'm', 7)
await api('okv', 'alice', 'move', 'm', 2)
await api('okv', 'bob', 'move', 'q', 4)
await api('okv', 'bob', 'put', 'q', 'Q')
await api('okv', 'bob', 'put', 'r', 'R', 2)
await api('okv', 'bob', 'del', 'r')
await api('okv', 'bob', 'move', 'r', 0)
await api('okv', 'bob', 'put', 'r', 'R2')
await joinInto('okv', 'bob', 'alice')
await api('okv', 'bob', 'put', 'b', 'B2')
await api('okv', 'alice', 'put', 's', 'S', 1e21)
await api('okv', 'alice', 'put', 't', 'T', -0.5)
await joinInto('okv', 'alice', 'bob')
await joinInto('okv', 'bob', 'alice')
await okvRows('okv', ['a', 'b', 'c', 'd', 'm', 'q', 'r', 'zz', 'missing'])

await open('okv-hostile', 'ordered-keyvalue', OrderedKeyValue(), ['alice'])
// Reading stops at the newest entry with a falsy key: the three after 'hidden' hide it.
for (const payload of [
  { op: 'PUT', key: 'hidden', value: { value: 'older than a key-less entry' } },
  'a string payload',
  42,
  { op: 'ADD', key: null, value: 'a set operation' },
  { op: 'PUT', key: 'x', value: 'not wrapped' },
  { op: 'PUT', key: 'y', value: { value: 1, position: '3' } },
  { op: 'MOVE', key: 'y' },
  { op: 'MOVE', key: 'y', value: 9 },
  { op: 'PUT', key: 5, value: { value: 'number key', position: 2 } },
  { op: 'PUT', key: '5', value: { value: 'string key', position: 2 } },
  { op: 'PUT', key: ['l'], value: { value: 'list key', position: null } },
  { op: 'PUT', key: 'constructor', value: { value: 'a JS object property' } },
  { op: 'MOVE', key: 'x', value: 'top' },
  { op: 'PUT', key: 'z', value: { position: 1 } },
  raw('{"__proto__": {"op": "PUT", "key": "proto", "value": {"value": "from the prototype", "position": -1}}}'),
  raw('{"op": "PUT", "key": "p2", "value": {"__proto__": {"position": 4, "value": "inherited"}}}'),
  { op: 'put', key: 'lower', value: { value: 1 } },
  { op: 'MOVE', key: 'w', value: 1 }
]) {
  await rawOp('okv-hostile', 'alice', payload)
}
await okvRows('okv-hostile', ['hidden', 'x', 'y', 'z', 'proto', 'p2', 'constructor'])

await open('okv-null-value', 'ordered-keyvalue', OrderedKeyValue(), ['alice'])
await api('okv-null-value', 'alice', 'put', 'a', 'A')
await rawOp('okv-null-value', 'alice', { op: 'PUT', key: 'n', value: null })
await okvRows('okv-null-value', ['a', 'n'])

await open('okv-null-payload', 'ordered-keyvalue', OrderedKeyValue(), ['alice'])
await api('okv-null-payload', 'alice', 'put', 'a', 'A')
await forge('okv-null-payload', 'alice', null)
await okvRows('okv-null-payload', ['a'])

await open('okv-unconvertible-position', 'ordered-keyvalue', OrderedKeyValue(), ['alice'])
await api('okv-unconvertible-position', 'alice', 'put', 'a', 'A', 1)
await rawOp('okv-unconvertible-position', 'alice', { op: 'PUT', key: 'b', value: { value: 'B', position: raw('{"__proto__": null}') } })
await okvRows('okv-unconvertible-position', [])

// Positions of mixed JS types: `>` and `===` on them are not a consistent order, so the result
// is whatever V8's sort makes of the comparisons, and sizes reach its merges and galloping.
const positionPool = [
  -5, -1, 0, 0, 1, 1, 2, 3, 3, 10, 1.5, -0.25, 1e21, 2n ** 60n,
  '1', '10', '9', ' 3 ', '0x10', '1e1', '', 'abc', 'b', 'Infinity',
  null, true, false, [1], [], [1, 2], ['a'], {}, { a: 1 }, new Uint8Array(0), new Uint8Array([2])
]
let sortStream = seededContent(4 * 4096, 0x5eed)
let sortCursor = 0
const nextRandom = (bound) => {
  const value = sortStream[sortCursor] | (sortStream[sortCursor + 1] << 8)
  sortCursor += 2
  return value % bound
}
for (const [size, poolSize] of [[2, 36], [7, 36], [9, 12], [10, 36], [33, 26], [64, 36], [65, 10], [130, 36], [200, 26]]) {
  const db = 'okv-sort-' + size
  await open(db, 'ordered-keyvalue', OrderedKeyValue(), ['alice'])
  for (let i = 0; i < size; i++) {
    await api(db, 'alice', 'put', 'k' + i, i, positionPool[nextRandom(poolSize)])
  }
  await okvRows(db, [])
}
sortStream = undefined

// --- feed -----------------------------------------------------------------------------------
const feedRows = async (db) => {
  await logRows(db)
  await hashValueRows(db)
}
const hashOf = async (db, index) => opRows.filter((r) => r[0] === 'append' && r[1] === db)[index][5]

await open('feed', 'feed', Feed())
await api('feed', 'alice', 'add', 'a')
await api('feed', 'alice', 'add', { n: 1 })
await api('feed', 'alice', 'remove', await hashOf('feed', 0))
await api('feed', 'alice', 'add', 'c')
await api('feed', 'alice', 'add', 'd')
await api('feed', 'alice', 'add', 'late')
await api('feed', 'bob', 'add', 'a')
await api('feed', 'bob', 'remove', 'zdpuAnotAnEntryOfThisLog')
// bob removes alice's entries before he has them: the remove of { n: 1 } is newer than its
// entry, the remove of 'late' older, so it is lost.
await api('feed', 'bob', 'remove', await hashOf('feed', 1))
await api('feed', 'bob', 'remove', await hashOf('feed', 5))
await api('feed', 'bob', 'add', 'b')
await joinInto('feed', 'alice', 'bob')
await api('feed', 'alice', 'add', 'a')
await api('feed', 'alice', 'remove', await hashOf('feed', 2))
await api('feed', 'alice', 'add', null)
await api('feed', 'alice', 'add', [1, { x: 2 }])
await api('feed', 'bob', 'remove', await hashOf('feed', 6))
await joinInto('feed', 'bob', 'alice')
await joinInto('feed', 'alice', 'bob')
await feedRows('feed')

await open('feed-hostile', 'feed', Feed(), ['alice'])
await rawOp('feed-hostile', 'alice', { op: 'ADD', value: 'removed by a list' })
await rawOp('feed-hostile', 'alice', { op: 'ADD', value: 'removed by a DEL with a key' })
await rawOp('feed-hostile', 'alice', { op: 'ADD', value: 'not removed by a link' })
for (const payload of [
  { op: 'DEL', value: [await hashOf('feed-hostile', 0)] },
  { op: 'DEL', key: 'k', value: await hashOf('feed-hostile', 1) },
  { op: 'DEL', value: CID.parse(await hashOf('feed-hostile', 2)) },
  { op: 'ADD' },
  { op: 'ADD', key: 'k', value: 'with a key' },
  { op: 'DEL', value: null },
  { op: 'DEL' },
  raw('{"__proto__": {"op": "ADD", "value": "from the prototype"}}'),
  { op: 'add', value: 'lower' },
  'a string payload',
  42,
  {}
]) {
  await rawOp('feed-hostile', 'alice', payload)
}
await feedRows('feed-hostile')

await open('feed-unconvertible-del', 'feed', Feed(), ['alice'])
await api('feed-unconvertible-del', 'alice', 'add', 'a')
await rawOp('feed-unconvertible-del', 'alice', { op: 'DEL', value: { toString: 'not a function' } })
await feedRows('feed-unconvertible-del')

await open('feed-null-payload', 'feed', Feed(), ['alice'])
await api('feed-null-payload', 'alice', 'add', 'a')
await forge('feed-null-payload', 'alice', null)
await feedRows('feed-null-payload')

write('orbitdb-types-setup.tsv', [
  'Writers (the identities of orbitdb-setup.tsv), the ipfs access controller, one manifest per database',
  'identity\tname\thash\tbytes',
  'access\taddress\tbytes',
  'manifest\tdatabase\ttype\taddress\tbytes',
  'indexBy\tdatabase\tfield (documents opened with Documents({ indexBy }); _id otherwise)'
], setupRows)
write('orbitdb-types-ops.tsv', [
  'Operations on documents, set, ordered-keyvalue and feed databases (@orbitdb/core 2.5, set-db 1.1.2,',
  'ordered-keyvalue-db 1.1.2, feed-db 1.2.1; referencesCount 16). - stands for undefined.',
  'append\tdatabase\twriter\tapi (the type\'s method) or raw (addOperation)\tpayload (dag-cbor)\tentry hash\tentry bytes or -',
  'refused\tdatabase\twriter\tmethod\targument (dag-cbor)\tJS error message (nothing appended)',
  'join\tdatabase\tinto\tfrom (log.join of the other writer\'s log)',
  'forge\tdatabase\twriter\tentry hash\tentry bytes (signed by the writer, joined with log.joinEntry)'
], opRows)
write('orbitdb-types-results.tsv', [
  'What each replica reads after the operations, in order. Values are dag-cbor, - for undefined.',
  'heads\tdatabase\treplica\thashes (log.heads)',
  'values\tdatabase\treplica\thashes (log.values, oldest first)',
  'all\tdatabase\treplica\t(documents) hash, key, value | (set, feed) value, hash | (ordered-keyvalue) key, value, hash',
  'get\tdatabase\treplica\t(documents) key (dag-cbor), hash of the document or - | (ordered-keyvalue) key, value',
  'query\tdatabase\treplica\tpredicate name\tvalues found, comma separated',
  'throws\tdatabase\treplica\tmethod\tJS error'
], resultRows)

// --- JS semantics on decoded values ---------------------------------------------------------------
const values = [
  null, true, false, 0, 1, -1, 42, 1.5, -0.25, 0.1, 1e21, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308,
  2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 63n, '', 'a', 'abc', 'b', '1', '10', '9', ' 3 ', '\t-4e1\n',
  '0x10', '0b101', '0o17', '1e1', 'Infinity', '-Infinity', '+5', '5.', '.5', '1_000', '12n', 'é☃\u0001"\\\u2028', '__proto__',
  new Uint8Array(0), new Uint8Array([1, 2, 3]), link, CID.parse('QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG'),
  [], [1], [1, 2], ['a', null, [true, []]], [{}], {}, { a: 1 }, raw('{"b": 1, "10": 2, "2": 3, "01": 4, "4294967295": 5, "4294967294": 6}'),
  { x: { y: [1, { z: null }] } }, raw('{"toString": "not a function"}'), raw('{"__proto__": null, "a": 1}'),
  raw('{"__proto__": {"op": "x"}, "a": 1}'), raw('{"toJSON": 1, "c": 2}'), [raw('{"__proto__": null}')], raw('{"valueOf": 1}')
]
// Integral floats that JS never writes (cborg writes integers) but another peer may: 1.0, -0.0.
const encodedValues = [...values.map((v) => dagCbor.encode(v)), Buffer.from('fb3ff0000000000000', 'hex'), Buffer.from('fb8000000000000000', 'hex')]
const outcome = (fn) => {
  try {
    return fn()
  } catch (e) {
    return '!' + e.constructor.name
  }
}
const jsRows = []
encodedValues.forEach((bytes, i) => {
  const v = dagCbor.decode(bytes)
  const json = outcome(() => JSON.stringify(v))
  // String(v) is ToPropertyKey(v) for every value that is not a symbol.
  const key = outcome(() => hex(Buffer.from(String(v), 'utf8')))
  jsRows.push(['value', i, hex(bytes), json, key, v ? 1 : 0])
})
encodedValues.forEach((a, i) => encodedValues.forEach((b, j) => {
  const x = dagCbor.decode(a)
  const y = dagCbor.decode(b)
  jsRows.push(['compare', i, j, outcome(() => (x > y ? 1 : 0)), x === y ? 1 : 0])
}))
write('orbitdb-types-js.tsv', [
  'JS semantics on DAG-CBOR values as @ipld/dag-cbor decodes them (Node ' + process.versions.node + ')',
  'value\tindex\tdag-cbor\tJSON.stringify or !Error\tproperty key (UTF-8 hex) or !Error\ttruthy (1/0)',
  'compare\tindex a\tindex b\ta > b (1/0) or !Error\ta === b (1/0)'
], jsRows)
