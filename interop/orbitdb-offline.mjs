// OrbitDB (@orbitdb/core 2.5, the real package code) without any network: the IPFS object that
// OrbitDB needs is a memory blockstore, a pin set and a libp2p stand-in that is never started
// (databases are opened with sync off). Heads reach a database as a peer's heads do in
// database.js applyOperation: Entry.decode, then log.joinEntry, which verifies every entry it
// takes. Shared by orbitdb-export.mjs and orbitdb-read.mjs.
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import * as dagJson from '@ipld/dag-json'
import { MemoryBlockstore } from 'blockstore-core/memory'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { base58btc } from 'multiformats/bases/base58'
import { createOrbitDB, Entry, Identities, KeyStore, MemoryStorage, useDatabaseType } from '@orbitdb/core'
import { Set as SetDb } from '@orbitdb/set-db'
import { OrderedKeyValue } from '@orbitdb/ordered-keyvalue-db'
import { Feed } from '@orbitdb/feed-db'

useDatabaseType(SetDb)
useDatabaseType(OrderedKeyValue)
useDatabaseType(Feed)

// Same limits as the Java import (DatabaseArchive).
const MAX_BLOCK_BYTES = 4 * 1024 * 1024
const MAX_DESCRIPTION_BYTES = 1024 * 1024

const hex = (bytes) => Buffer.from(bytes).toString('hex')
// The key derivation of interop/vectors/orbitdb.mjs, so alice and bob are the vectors' writers.
const fixedKey = (label) => privateKeyFromRaw(new Uint8Array(createHash('sha256')
  .update('constellation orbitdb vector ' + label).digest()))

/** Blocks shared by every OrbitDB instance of this process, and their pins. */
export const sharedBlocks = () => {
  const pinned = new Set()
  return {
    blockstore: new MemoryBlockstore(),
    pins: {
      isPinned: async (cid) => pinned.has(cid.toString()),
      add: async function * (cid) {
        pinned.add(cid.toString())
        yield cid
      }
    }
  }
}

/**
 * An OrbitDB instance over `blocks`, as the identity `name` whose keys are fixed (key A signs the
 * identity, key B the entries, as the publickey provider does).
 */
export const offlineOrbitDB = async (blocks, name) => {
  const keystore = await KeyStore({ storage: await MemoryStorage() })
  const keyA = fixedKey('id ' + name)
  await keystore.addKey(name, { privateKey: keyA.raw })
  await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: fixedKey('signing ' + name).raw })
  // Sync reads libp2p and its pubsub when a database opens, and uses them only once started.
  const ipfs = { ...blocks, libp2p: { peerId: 'offline-' + name, services: { pubsub: {} } } }
  const identities = await Identities({ keystore, ipfs })
  return createOrbitDB({ ipfs, identities, id: name, directory: '/nonexistent/offline-orbitdb' })
}

/** Opens a database, sync off, heads and index in memory (entries go to the blockstore). */
export const openDatabase = async (orbitdb, nameOrAddress, options = {}) => orbitdb.open(nameOrAddress, {
  ...options,
  sync: false,
  headsStorage: await MemoryStorage(),
  indexStorage: await MemoryStorage()
})

/** Joins heads (entry bytes) as database.js applyOperation does; OrbitDB throws when it refuses one. */
export const joinHeads = async (db, heads) => {
  for (const bytes of heads) await db.log.joinEntry(await Entry.decode(bytes))
}

/** The state of a database, `db.all()`, as DAG-JSON text. */
export const stateJson = async (db) => new TextDecoder().decode(dagJson.encode(await db.all()))

// --- the database folder: DIR/database.json and DIR/blocks/<CID> ------------------------------

const blockBytes = async (blockstore, hash) => blockstore.get(CID.parse(hash, base58btc))

/**
 * Writes `db` into `dir`: database.json {address, type, name, heads} and, in blocks/, the
 * manifest, the access controller manifest, every entry and every writer's identity block.
 */
export const exportDatabase = async (orbitdb, db, dir) => {
  const { blockstore } = orbitdb.ipfs
  const blocksDir = join(dir, 'blocks')
  mkdirSync(blocksDir, { recursive: true })
  const write = async (hash) => writeFileSync(join(blocksDir, hash), await blockBytes(blockstore, hash))
  const manifestHash = db.address.replace('/orbitdb/', '')
  await write(manifestHash)
  await write(db.access.address.split('/').pop())
  const identities = new Set()
  for await (const entry of db.log.iterator()) {
    writeFileSync(join(blocksDir, entry.hash), entry.bytes)
    identities.add(entry.identity)
  }
  for (const identity of identities) await write(identity)
  const heads = (await db.log.heads()).map((e) => e.hash)
  writeFileSync(join(dir, 'database.json'), JSON.stringify({ address: db.address, type: db.type, name: db.name, heads }, null, 2) + '\n')
}

/**
 * Reads a database folder into `blocks`, checking every block against its CID, and returns its
 * description and the bytes of its heads.
 */
export const loadFolder = async (blocks, dir) => {
  const descriptionFile = join(dir, 'database.json')
  if (statSync(descriptionFile).size > MAX_DESCRIPTION_BYTES) throw new Error(`${descriptionFile}: larger than ${MAX_DESCRIPTION_BYTES} bytes`)
  const description = JSON.parse(readFileSync(descriptionFile, 'utf8'))
  const blocksDir = join(dir, 'blocks')
  for (const name of readdirSync(blocksDir)) {
    const file = join(blocksDir, name)
    const stat = lstatSync(file)
    if (!stat.isFile() || stat.size > MAX_BLOCK_BYTES) throw new Error(`${file}: not a block file of at most ${MAX_BLOCK_BYTES} bytes`)
    const bytes = new Uint8Array(readFileSync(file))
    const cid = CID.parse(name, base58btc)
    const digest = await sha256.digest(bytes)
    if (hex(digest.bytes) !== hex(cid.multihash.bytes)) throw new Error(`${file}: the bytes do not match the CID`)
    await blocks.blockstore.put(cid, bytes)
  }
  const heads = []
  for (const hash of description.heads) heads.push(await blockBytes(blocks.blockstore, hash))
  return { description, heads }
}
