// Checks Constellation databases written as database folders (README.md) against the JSON
// schemas @constl/ipa 1.6.16 types them with in @constl/bohr-db (constellation-layouts.mjs).
// Every folder's blocks go into one memory blockstore (each checked against its CID); every
// database is opened by address with the real @orbitdb/core 2.5 and ipa's own access controllers
// (so an access-set database, the account a controller names and the object itself must all be
// in the folders), and its heads are joined as a peer's heads are, so OrbitDB verifies every entry.
// Each database's kind comes from its `type` key (bd, tableau, variable, motClef, projet, nuée),
// its name `racine` (the account), its controller (access sets), or its place under a database
// of known kind; each value is then checked with the schema ipa uses for that kind, by bohr-db's
// own validators. No network.
//
// Run: node interop/check-layouts.mjs [--shapes FILE] PATH...   (PATH: a database folder, or a
// folder of them; --shapes also writes each database's kind, type, controller type and shape, as
// vectors/constellation-objects.mjs writes ipa's)
// Prints one line per failure (folder, kind, key, reason) on stdout and exits 1 if there is
// any; otherwise a summary and exit 0. Exit 2 on usage errors.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { setMaxListeners } from 'node:events'
import * as dagCbor from '@ipld/dag-cbor'
import * as dagJson from '@ipld/dag-json'
import { CID } from 'multiformats/cid'
import { base58btc } from 'multiformats/bases/base58'
import { createOrbitDB, Identities, isValidAddress, KeyStore, MemoryStorage } from '@orbitdb/core'
import { LAYOUTS, loadIpa, OBJECT_TYPES, schemaFailures, shapeOf, stableItems } from './constellation-layouts.mjs'
import { joinHeads, loadFolder, sharedBlocks } from './orbitdb-offline.mjs'

/** How long one database may take to open before it counts as unopenable (ipa retries forever). */
const OPEN_TIMEOUT_MS = 30000

const args = process.argv.slice(2)
const shapesAt = args.indexOf('--shapes')
const shapesFile = shapesAt >= 0 ? args.splice(shapesAt, 2)[1] : undefined
const paths = args
if (paths.length === 0 || (shapesAt >= 0 && !shapesFile)) {
  console.error('usage: node check-layouts.mjs [--shapes FILE] PATH...  (database folders, or folders of them)')
  process.exit(2)
}
const folders = []
for (const path of paths) {
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    console.error(`check-layouts: ${path}: not a folder`)
    process.exit(2)
  }
  if (existsSync(join(path, 'database.json'))) folders.push(path)
  else for (const name of readdirSync(path).sort()) if (existsSync(join(path, name, 'database.json'))) folders.push(join(path, name))
}
if (folders.length === 0) {
  console.error(`check-layouts: no database folder in ${paths.join(' ')}`)
  process.exit(2)
}

const failures = []
const fail = (where, kind, key, error) => failures.push([where, kind ?? '?', key, String(error).replace(/\s+/g, ' ')])

// --- OrbitDB with ipa's controllers, no network: pubsub and protocols are inert stand-ins -------
const { ipa, schemas } = await loadIpa()
ipa.orbite.préparerOrbite()
const blocks = sharedBlocks()
const pubsub = Object.assign(new EventTarget(), { subscribe: async () => {}, unsubscribe: async () => {}, publish: async () => {}, getSubscribers: () => [] })
setMaxListeners(Infinity, pubsub) // every open database listens to it
const ipfs = {
  ...blocks,
  libp2p: {
    peerId: { toString: () => 'check-layouts' },
    services: { pubsub },
    handle: async () => {},
    unhandle: async () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dialProtocol: async () => { throw new Error('check-layouts dials nothing') }
  }
}
const scratch = mkdtempSync(join(tmpdir(), 'check-layouts-'))
const identities = await Identities({ keystore: await KeyStore({ storage: await MemoryStorage() }), ipfs })
const orbitdb = await createOrbitDB({ ipfs, identities, id: 'check-layouts', directory: scratch })
// Opened through ipa's own database manager, as ipa opens them, so its controllers share them.
const manager = ipa.orbite.gestionnaireOrbiteGénéral.obtGestionnaireOrbite({ orbite: orbitdb })

const has = async (hash) => blocks.blockstore.has(CID.parse(hash, base58btc))
const decoded = async (hash) => dagCbor.decode(await blocks.blockstore.get(CID.parse(hash, base58btc)))

// --- load every folder, learn each database's controller ------------------------------------------
const databases = [] // {folder, description, heads, manifest, controller}
for (const folder of folders) {
  try {
    const { description, heads } = await loadFolder(blocks, folder)
    databases.push({ folder: basename(folder), description, heads })
  } catch (e) {
    fail(basename(folder), null, '(folder)', e.message)
  }
}
const byAddress = new Map(databases.map((d) => [d.description.address, d]))
for (const d of databases) {
  try {
    d.manifest = await decoded(d.description.address.replace('/orbitdb/', ''))
    const [, acType, acHash] = d.manifest.accessController.split('/')
    d.controller = { type: acType, hash: acHash, params: await has(acHash) ? await decoded(acHash) : undefined }
  } catch (e) {
    fail(d.folder, null, '(manifest)', e.message)
  }
}

// A controller opens the databases it names: say so plainly rather than wait on a missing one.
const missingFor = (d) => {
  const params = d.controller?.params
  if (!params) return d.controller ? `its access controller manifest ${d.controller.hash} is not in the folder` : 'no manifest'
  if (d.controller.type !== 'contrôleur-constellation') return null
  if (!byAddress.has(params.adresseBdAccès)) return `its access set ${params.adresseBdAccès} is not among the folders`
  if (isValidAddress(params.write) && !byAddress.has(params.write)) return `the account ${params.write} its controller names is not among the folders`
  return null
}

const withTimeout = (promise, what) => Promise.race([promise, new Promise((resolve, reject) =>
  setTimeout(() => reject(new Error(`${what}: no answer in ${OPEN_TIMEOUT_MS} ms`)), OPEN_TIMEOUT_MS).unref())])

// Access sets first, then account roots, then the rest, so each controller finds what it names.
const rank = (d) => (d.controller?.type === 'contrôleur-accès-constellation' ? 0 : d.description.name === 'racine' ? 1 : 2)
const ordered = databases.filter((d) => d.controller).sort((a, b) => rank(a) - rank(b))
for (const d of ordered) {
  const missing = missingFor(d)
  if (missing) {
    fail(d.folder, null, '(open)', missing)
    continue
  }
  try {
    d.db = (await withTimeout(manager.ouvrirBd({ id: d.description.address }), 'opening')).bd
    if (d.db.type !== d.description.type || d.db.name !== d.description.name) {
      throw new Error(`database.json says ${d.description.type} '${d.description.name}', the manifest ${d.db.type} '${d.db.name}'`)
    }
    await withTimeout(joinHeads(d.db, d.heads), 'joining heads')
    d.entries = await d.db.all()
  } catch (e) {
    fail(d.folder, null, '(open)', 'OrbitDB refused: ' + e.message)
    d.db = undefined
  }
}
const opened = databases.filter((d) => d.entries)

// --- kinds ---------------------------------------------------------------------------------------
const kinds = new Map() // address -> {kind, why}
const assign = (address, kind, why) => {
  const d = byAddress.get(address)
  if (!d?.entries) return false
  const known = kinds.get(address)
  if (!known) {
    kinds.set(address, { kind, why })
    return true
  }
  if (known.kind !== kind && !d.conflict) {
    d.conflict = true
    fail(d.folder, known.kind, '(kind)', `${known.why} makes it ${known.kind}, but ${why} makes it ${kind}`)
  }
  return false
}
for (const d of opened) {
  const address = d.description.address
  const typeValue = d.db.type === 'keyvalue' ? d.entries.find((e) => e.key === 'type')?.value : undefined
  if (d.controller.type === 'contrôleur-accès-constellation') assign(address, 'accès', 'its access controller')
  else if (OBJECT_TYPES.includes(typeValue)) assign(address, typeValue, `its type key "${typeValue}"`)
  else if (d.description.name === 'racine' && d.controller.type === 'contrôleur-constellation') assign(address, 'compte', 'its name racine')
  if (d.controller.params?.adresseBdAccès) assign(d.controller.params.adresseBdAccès, 'accès', `the access controller of ${d.folder}`)
}
for (let changed = true; changed;) {
  changed = false
  for (const d of opened) {
    const parent = kinds.get(d.description.address)
    const layout = parent && LAYOUTS[parent.kind]
    if (!layout || d.db.type !== layout.type) continue
    for (const { key, value } of d.entries) {
      const why = (k) => `${d.folder} (${parent.kind}) at ${k}`
      if (layout.children?.[key] && isValidAddress(value)) changed = assign(value, layout.children[key], why(key)) || changed
      if (layout.valuesAre && isValidAddress(value)) changed = assign(value, layout.valuesAre, why('a value')) || changed
      if (layout.keysAre && isValidAddress(key)) changed = assign(key, layout.keysAre, why('a key')) || changed
      if (layout.cellsMayBe && value && typeof value === 'object') {
        for (const [column, cell] of Object.entries(value)) {
          if (typeof cell === 'string' && isValidAddress(cell) && !kinds.has(cell)) changed = assign(cell, layout.cellsMayBe, why(`${key}.${column}`)) || changed
        }
      }
    }
  }
}

// --- values ---------------------------------------------------------------------------------------
let values = 0
const perKind = {}
for (const d of opened) {
  const known = kinds.get(d.description.address)
  if (!known) {
    fail(d.folder, null, '(kind)', 'no type key, not the account root, and under no checked parent: add the database that names it')
    continue
  }
  const layout = LAYOUTS[known.kind]
  perKind[known.kind] = (perKind[known.kind] ?? 0) + 1
  if (d.db.type !== layout.type) {
    fail(d.folder, known.kind, '(type)', `a ${known.kind} is a ${layout.type} database, this one is ${d.db.type}`)
    continue
  }
  values += d.entries.length
  for (const { key, error } of schemaFailures(d.db.type, schemas[known.kind], d.entries)) fail(d.folder, known.kind, key, error)
}

if (shapesFile) {
  // Each database as constellation-objects.json describes ipa's, for a writer to compare with.
  const kindOf = (address) => kinds.get(address)?.kind ?? 'unknown'
  const plain = (value) => JSON.parse(new TextDecoder().decode(dagJson.encode(value)))
  const shapes = opened.map((d) => ({
    folder: d.folder,
    address: d.description.address,
    kind: kindOf(d.description.address),
    type: d.db.type,
    accessController: { type: d.controller.type },
    shape: stableItems(d.db.type, plain(d.entries), kindOf).map((item) => shapeOf(item, kindOf))
  }))
  writeFileSync(shapesFile, JSON.stringify(shapes, null, 1) + '\n')
}

for (const line of failures) console.log(['FAIL', ...line].join('\t'))
const summary = Object.entries(perKind).sort().map(([k, n]) => `${k} ${n}`).join(', ')
console.log(`check-layouts: ${folders.length} databases (${summary}), ${values} values checked, ${failures.length} failures`)
await orbitdb.stop().catch(() => {})
rmSync(scratch, { recursive: true, force: true })
process.exit(failures.length ? 1 : 0) // ipa's database manager keeps a cleanup interval alive
