// Writes, with @orbitdb/core 2.5 and the set, ordered-keyvalue and feed packages, one database
// of each type (ipfs access controller letting alice and bob write; both write concurrently and
// join each other's heads), and exports each into OUTDIR/<type>/ in the database folder format
// (see README.md), with OUTDIR/<type>/state.json = db.all() as DAG-JSON. Deterministic: fixed
// keys, Lamport clocks only, RFC 6979 signatures. No network.
// Run: node interop/orbitdb-export.mjs OUTDIR
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CID } from 'multiformats/cid'
import { IPFSAccessController } from '@orbitdb/core'
import { exportDatabase, joinHeads, offlineOrbitDB, openDatabase, sharedBlocks, stateJson } from './orbitdb-offline.mjs'

const out = process.argv[2]
if (!out) {
  console.error('usage: node orbitdb-export.mjs OUTDIR')
  process.exit(2)
}

const blocks = sharedBlocks()
const alice = await offlineOrbitDB(blocks, 'alice')
const bob = await offlineOrbitDB(blocks, 'bob')
const write = [alice.identity.id, bob.identity.id]

// Values of every kind the data model has: the Java side must read them back exactly.
const link = CID.parse('bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy')
const values = [
  'Fagus sylvatica', 'étoile ✨', 42, -7, 1.5, 0, true, false, null, 9007199254740991,
  { nested: { a: [1, 2.25, null], b: 'c' } }, [], {}, new Uint8Array([0, 1, 2, 255]), link, { lien: link }
]

/** Both replicas exchange heads until they agree. */
const syncBoth = async (dbA, dbB) => {
  await joinHeads(dbA, (await dbB.log.heads()).map((e) => e.bytes))
  await joinHeads(dbB, (await dbA.log.heads()).map((e) => e.bytes))
}

// Each scenario writes on alice's replica (a) and bob's (b), syncing now and then.
const scenarios = {
  events: async (a, b) => {
    for (const v of values.slice(0, 6)) await a.add(v)
    for (const v of values.slice(6, 11)) await b.add(v)
    await syncBoth(a, b)
    await a.add(values[11])
    await b.add(values[12])
    await b.add(values[13])
    await a.add(values[14])
    await syncBoth(a, b)
    await b.add(values[15])
  },
  keyvalue: async (a, b) => {
    for (let i = 0; i < values.length; i++) await (i % 2 ? b : a).put('k' + (i % 5), values[i])
    await a.put('constructor', 'a key JS objects already have')
    await b.del('k3')
    await syncBoth(a, b)
    await a.put('count', 1)
    await b.put('count', 2)
    await a.del('k1')
    await syncBoth(a, b)
    await b.put('k3', 'back again')
  },
  documents: async (a, b) => {
    await a.put({ _id: 'hêtre', genre: 'Fagus', hauteur: 30.5 })
    await a.put({ _id: 'chêne', genre: 'Quercus', tags: ['a', 'b'], raw: values[13] })
    await b.put({ _id: 'érable', genre: 'Acer' })
    await b.put({ _id: 'hêtre', genre: 'Fagus', hauteur: 31 })
    await syncBoth(a, b)
    await a.del('chêne')
    await b.put({ _id: 'pin', genre: 'Pinus', lien: link })
    await syncBoth(a, b)
    await a.put({ _id: 'chêne', genre: 'Quercus robur' })
  },
  set: async (a, b) => {
    for (const v of values.slice(0, 8)) await a.add(v)
    await b.add('Fagus sylvatica')
    await b.add({ nested: { a: [1, 2.25, null], b: 'c' } })
    await b.del(42)
    await syncBoth(a, b)
    await a.del('étoile ✨')
    await b.add('étoile ✨')
    await a.add([1, 2])
    await syncBoth(a, b)
    await b.del(true)
  },
  'ordered-keyvalue': async (a, b) => {
    await a.put('un', values[0])
    await a.put('deux', values[1], 0)
    await a.put('trois', values[10], 1)
    await b.put('quatre', values[4])
    await b.put('cinq', values[13], 2)
    await syncBoth(a, b)
    await a.move('un', 3)
    await b.del('deux')
    await b.put('six', null, 1)
    await syncBoth(a, b)
    await a.put('trois', 'changed')
    await b.move('quatre', 0)
  },
  feed: async (a, b) => {
    const hashes = []
    for (const v of values.slice(0, 5)) hashes.push(await a.add(v))
    for (const v of values.slice(10, 14)) hashes.push(await b.add(v))
    await syncBoth(a, b)
    await a.remove(hashes[1])
    await b.remove(hashes[6])
    await b.add(values[14])
    await syncBoth(a, b)
    await a.add(values[15])
  }
}

for (const [type, scenario] of Object.entries(scenarios)) {
  const meta = type === 'feed' ? { description: 'étoile', n: 3 } : undefined
  const a = await openDatabase(alice, 'interop-' + type, { type, meta, AccessController: IPFSAccessController({ write }) })
  const b = await openDatabase(bob, a.address)
  await scenario(a, b)
  await syncBoth(a, b)
  const state = await stateJson(a)
  if (state !== await stateJson(b)) throw new Error(`${type}: alice and bob disagree after syncing`)
  const dir = join(out, type)
  mkdirSync(dir, { recursive: true })
  await exportDatabase(alice, a, dir)
  writeFileSync(join(dir, 'state.json'), state + '\n')
  console.log(`${type}: ${a.address}, ${(await a.log.values()).length} entries, ${(await a.all()).length} in all()`)
}
await alice.stop()
await bob.stop()
// OrbitDB leaves 30 s block-storage timeouts armed; they would keep node alive.
process.exit(0)
