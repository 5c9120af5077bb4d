// Golden vectors for org.constl.orbitdb, produced by @orbitdb/core 2.5 itself: publickey
// identities from fixed secp256k1 keys, the `ipfs` access controller manifest, a keyvalue
// database manifest, and a keyvalue database written by two concurrent writers that join each
// other (entries, heads, traversal order, final state). Deterministic: fixed keys, no clock time
// in entries, and secp256k1 signatures are RFC 6979.
// Run: node interop/vectors/orbitdb.mjs  (writes into the orbitdb test fragment's resources)
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import * as dagCbor from '@ipld/dag-cbor'
import { Identities, KeyStore, MemoryStorage, IPFSAccessController, KeyValue, Events } from '@orbitdb/core'
import ManifestStore from '@orbitdb/core/src/manifest-store.js'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.orbitdb.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const sha256 = (text) => new Uint8Array(createHash('sha256').update(text).digest())
const secp = (label) => privateKeyFromRaw(sha256('constellation orbitdb vector ' + label))

const write = (name, header, rows) => {
  const lines = [...header.map((h) => '# ' + h), ...rows.map((r) => r.join('\t'))]
  writeFileSync(join(out, name), lines.join('\n') + '\n')
  console.log(`${name}: ${rows.length} rows`)
}

// --- identities: key A under the name, key B under hex(A), as the publickey provider does ----
const keystore = await KeyStore({ storage: await MemoryStorage() })
const blocks = await MemoryStorage() // identity, AC and manifest blocks, by hash
const identities = await Identities({ keystore, storage: blocks })
const writers = {}
const setupRows = []
for (const name of ['alice', 'bob', 'carol']) {
  const keyA = secp('id ' + name)
  const keyB = secp('signing ' + name)
  await keystore.addKey(name, { privateKey: keyA.raw })
  await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: keyB.raw })
  const identity = await identities.createIdentity({ id: name })
  writers[name] = identity
  setupRows.push(['identity', name, hex(keyA.raw), hex(keyB.raw), identity.hash, hex(identity.bytes)])
}

// --- access controller and manifests --------------------------------------------------------
const fakeIpfs = { libp2p: { services: { pubsub: {} } } }
const openAccess = async (write, address) => IPFSAccessController({ write, storage: blocks })({
  orbitdb: { identity: writers.alice, ipfs: fakeIpfs }, identities, address
})
const access = await openAccess([writers.alice.id, writers.bob.id])
const acHash = access.address.replace('/ipfs/', '')
setupRows.push(['access', access.address, hex(await blocks.get(acHash))])
const openAccessAll = await openAccess(['*'])
setupRows.push(['access', openAccessAll.address, hex(await blocks.get(openAccessAll.address.replace('/ipfs/', '')))])

const manifests = await ManifestStore({ storage: blocks })
const kvManifest = await manifests.create({ name: 'kv-vectors', type: 'keyvalue', accessController: access.address })
const address = '/orbitdb/' + kvManifest.hash
setupRows.push(['manifest', address, hex(await blocks.get(kvManifest.hash))])
const withMeta = await manifests.create({
  name: 'with-meta', type: 'events', accessController: openAccessAll.address, meta: { description: 'étoile', n: 3, x: 1.5 }
})
setupRows.push(['manifest', '/orbitdb/' + withMeta.hash, hex(await blocks.get(withMeta.hash))])
write('orbitdb-setup.tsv', [
  'Identities (@orbitdb/core 2.5 publickey provider), ipfs AC manifests and database manifests',
  'identity\tname\tprivateA\tprivateB\thash\tbytes',
  'access\taddress\tbytes',
  'manifest\taddress\tbytes'
], setupRows)

// --- a keyvalue database written by alice and bob, concurrently, then joined ----------------
const openKv = async (identity) => {
  const ids = await Identities({ keystore, storage: blocks })
  const dbAccess = await IPFSAccessController({ storage: blocks })({
    orbitdb: { identity, ipfs: fakeIpfs }, identities: ids, address: access.address
  })
  return KeyValue()({
    ipfs: fakeIpfs,
    identity,
    address,
    name: 'kv-vectors',
    access: dbAccess,
    headsStorage: await MemoryStorage(),
    entryStorage: await MemoryStorage(),
    indexStorage: await MemoryStorage(),
    syncAutomatically: false
  })
}
const dbs = { alice: await openKv(writers.alice), bob: await openKv(writers.bob) }

const opRows = []
const put = async (who, key, value) => {
  const hash = await dbs[who].put(key, value)
  const entry = await dbs[who].log.get(hash)
  opRows.push(['append', who, hex(dagCbor.encode(entry.payload)), hash, hex(entry.bytes)])
}
const del = async (who, key) => {
  const hash = await dbs[who].del(key)
  const entry = await dbs[who].log.get(hash)
  opRows.push(['append', who, hex(dagCbor.encode(entry.payload)), hash, hex(entry.bytes)])
}
const joinInto = async (to, from) => {
  await dbs[to].log.join(dbs[from].log)
  opRows.push(['join', to, from])
}

await put('alice', 'espèce', 'Fagus sylvatica')
await put('alice', 'count', 1)
await put('bob', 'count', 2)
await put('bob', 'dbhCm', 1.5)
await put('alice', 'nested', { a: [1, 2.25, null, true], b: { c: 'd' } })
await del('alice', 'espèce')
await put('bob', 'constructor', 'a key JS objects already have')
await joinInto('alice', 'bob')
await put('alice', 'after-join', 'two nexts')
for (let i = 0; i < 20; i++) {
  await put(i % 3 === 0 ? 'bob' : 'alice', 'k' + (i % 7), i)
  if (i % 5 === 4) await joinInto(i % 2 === 0 ? 'bob' : 'alice', i % 2 === 0 ? 'alice' : 'bob')
}
await put('bob', 'count', 3)
await joinInto('alice', 'bob')
await joinInto('bob', 'alice')
await del('alice', 'k3')
await joinInto('bob', 'alice')
write('orbitdb-ops.tsv', [
  'Operations on a keyvalue database (@orbitdb/core 2.5 KeyValue, referencesCount 16) by alice and bob',
  'append\twriter\tpayload (dag-cbor)\tentry hash\tentry bytes',
  'join\tinto\tfrom (log.join of the other writer\'s log)'
], opRows)

// --- results: heads, traversal order, state, for both replicas ------------------------------
const resultRows = []
for (const who of ['alice', 'bob']) {
  const db = dbs[who]
  resultRows.push(['heads', who, (await db.log.heads()).map((e) => e.hash).join(',')])
  resultRows.push(['values', who, (await db.log.values()).map((e) => e.hash).join(',')])
  for (const { key, value, hash } of await db.all()) {
    resultRows.push(['all', who, key, hex(dagCbor.encode(value)), hash])
  }
  for (const key of ['count', 'espèce', 'constructor', 'k3', 'k4', 'missing']) {
    const value = await db.get(key)
    resultRows.push(['get', who, key, value === undefined ? '-' : hex(dagCbor.encode(value))])
  }
}
write('orbitdb-results.tsv', [
  'Results of the operations: heads (log.heads), values (log.values, oldest first), all (db.all) and get (db.get, - when undefined)',
  'heads\twriter\thashes',
  'values\twriter\thashes',
  'all\twriter\tkey\tvalue (dag-cbor)\thash',
  'get\twriter\tkey\tvalue (dag-cbor) or -'
], resultRows)

// --- an events database by carol with an open (*) controller --------------------------------
const eventsAccess = await IPFSAccessController({ storage: blocks })({
  orbitdb: { identity: writers.carol, ipfs: fakeIpfs }, identities, address: openAccessAll.address
})
const events = await Events()({
  ipfs: fakeIpfs,
  identity: writers.carol,
  address: '/orbitdb/' + withMeta.hash,
  name: 'with-meta',
  access: eventsAccess,
  headsStorage: await MemoryStorage(),
  entryStorage: await MemoryStorage(),
  indexStorage: await MemoryStorage(),
  syncAutomatically: false
})
const eventRows = []
for (const value of ['first', { n: 2 }, [3, 'three'], null, 5.5]) {
  const hash = await events.add(value)
  const entry = await events.log.get(hash)
  eventRows.push(['append', 'carol', hex(dagCbor.encode(entry.payload)), hash, hex(entry.bytes)])
}
eventRows.push(['all', (await events.all()).map((e) => e.hash).join(',')])
write('orbitdb-events.tsv', [
  'An events database (@orbitdb/core 2.5 Events) written by carol, open (*) ipfs controller',
  'append\twriter\tpayload (dag-cbor)\tentry hash\tentry bytes',
  'all\thashes of events.all()'
], eventRows)
