// Golden vectors for Constellation's two access controllers, produced by @constl/ipa 1.6.16's own
// controllers (`contrôleur-constellation`, `contrôleur-accès-constellation`) registered with
// @orbitdb/core 2.5 as ipa registers them (`orbite.préparerOrbite`). Several in-process OrbitDB
// nodes share one memory blockstore; their pubsub is a stand-in that only carries what this
// script hands to a node (`deliver`), so every node sees entries in a chosen order. Nothing
// touches the network. Deterministic: fixed keys, fixed names, RFC 6979 signatures.
// Run: node interop/vectors/constellation-access.mjs  (writes into the orbitdb test fragment)
//
// Files: constellation-setup.tsv (identities, controller and database manifests),
// constellation-entries.tsv (every entry made), constellation-events.tsv (what each node decided,
// in order: appends, deliveries, canAppend probes, roles and access-set snapshots).
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import * as dagCbor from '@ipld/dag-cbor'
import { MemoryBlockstore } from 'blockstore-core/memory'
import { CID } from 'multiformats/cid'
import { base58btc } from 'multiformats/bases/base58'
import { createOrbitDB, Entry, Identities, KeyStore, MemoryStorage } from '@orbitdb/core'
import { accès, orbite } from '@constl/ipa'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.orbitdb.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })
const scratch = mkdtempSync(join(tmpdir(), 'constellation-access-'))

const { ContrôleurConstellation } = accès.cntrlConstellation
const { MEMBRE, MODÉRATEUR } = accès
orbite.préparerOrbite()

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const sha256 = (text) => new Uint8Array(createHash('sha256').update(text).digest())
const secp = (label) => privateKeyFromRaw(sha256('constellation access vector ' + label))
const oneLine = (text) => String(text).replace(/\s+/g, ' ')
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

const rows = { setup: [], entries: [], events: [] }
const write = (name, header, lines) => {
  const text = [...header.map((h) => '# ' + h), ...lines.map((r) => r.join('\t'))]
  writeFileSync(join(out, name), text.join('\n') + '\n')
  console.log(`${name}: ${lines.length} rows`)
}

// --- a network of in-process nodes: one shared blockstore, pubsub only by `deliver` ----------
const blockstore = new MemoryBlockstore()
const blockOf = async (hash) => blockstore.get(CID.parse(hash, base58btc))

const fakeIpfs = (name) => {
  const pubsub = new EventTarget()
  Object.assign(pubsub, {
    subscribe: async () => {},
    unsubscribe: async () => {},
    publish: async () => {} // what a node publishes reaches others only through `deliver`
  })
  const libp2p = {
    peerId: { toString: () => name },
    services: { pubsub },
    handle: async () => {},
    unhandle: async () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dialProtocol: async () => { throw new Error('no network in the vector script') }
  }
  return { blockstore, libp2p, pins: { isPinned: async () => true, add: async function * () {} } }
}

// People: an OrbitDB publickey identity each (key A under "constellation", as ipa names it).
const people = {}
const person = async (name) => {
  const keyA = secp('id ' + name)
  const keyB = secp('signing ' + name)
  const keystore = await KeyStore({ storage: await MemoryStorage() })
  await keystore.addKey('constellation', { privateKey: keyA.raw })
  await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: keyB.raw })
  const ipfs = fakeIpfs(name)
  const identities = await Identities({ keystore, ipfs })
  const identity = await identities.createIdentity({ id: 'constellation' })
  people[name] = { name, ipfs, identities, identity }
  rows.setup.push(['identity', name, hex(keyA.raw), hex(keyB.raw), identity.id, identity.hash, hex(identity.bytes)])
  return people[name]
}
for (const name of ['alice', 'bob', 'carol', 'dave', 'eve', 'frank1', 'frank2', 'gina', 'henri', 'hugo', 'iris1', 'jules', 'karl']) {
  await person(name)
}
const id = (name) => people[name].identity.id

// Nodes: an OrbitDB instance per person who runs one.
const nodes = {}
const node = async (name) => {
  const p = people[name]
  const orbitdb = await createOrbitDB({
    ipfs: p.ipfs, id: 'constellation', identities: p.identities, directory: join(scratch, name)
  })
  nodes[name] = { name, orbitdb, pubsub: p.ipfs.libp2p.services.pubsub }
  return nodes[name]
}
const open = async (replica, address) => {
  const db = await nodes[replica].orbitdb.open(address)
  if (!db.events.listenerCount('error')) db.events.on('error', () => {}) // reported by `deliver`
  return db
}

// --- recording --------------------------------------------------------------------------------
const labels = {}
const recordEntry = async (label, hash) => {
  if (!labels[hash]) {
    labels[hash] = label
    rows.entries.push(['entry', label, hash, hex(await blockOf(hash))])
  }
}
const recordManifests = async (label, db) => {
  const dbHash = db.address.replace('/orbitdb/', '')
  rows.setup.push(['database', label, db.address, db.type, hex(await blockOf(dbHash))])
  const ac = db.access
  const acHash = ac.address.split('/').pop()
  const kind = ac.type === 'contrôleur-constellation' ? 'controller' : 'access-controller'
  if (!rows.setup.some((r) => r[0] === kind && r[2] === ac.address)) {
    rows.setup.push([kind, label, ac.address, hex(await blockOf(acHash))])
  }
}

// Appends on the writer's own node (what ipa does when the user acts); refused appends throw.
const append = async (replica, db, label, payload, act, quirk = '') => {
  let result
  try {
    const hash = await act()
    await recordEntry(label, hash)
    result = hash
  } catch (e) {
    result = 'refused'
  }
  rows.events.push(['append', replica, db.address, replica, hex(dagCbor.encode(payload)), result, label, quirk])
  return result
}

// Hands an entry to a node as pubsub would (the database's sync joins it: verification, then the
// access controller's canAppend on it and on every missing ancestor).
const deliver = async (replica, address, hash, quirk = '') => {
  const db = await open(replica, address)
  const bytes = await blockOf(hash)
  const outcome = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no outcome delivering ${labels[hash]} to ${replica}`)), 10000)
    const done = (accepted, why) => {
      clearTimeout(timer)
      db.events.off('update', onUpdate)
      db.events.off('error', onError)
      resolve({ accepted, why })
    }
    const onUpdate = (entry) => { if (entry.hash === hash) done(true, '') }
    const onError = (e) => done(false, oneLine(e.message))
    db.events.on('update', onUpdate)
    db.events.on('error', onError)
    nodes[replica].pubsub.dispatchEvent(new CustomEvent('message', { detail: { topic: address, data: bytes } }))
  })
  rows.events.push(['deliver', replica, address, hash, outcome.accepted ? 'accepted' : 'refused', labels[hash], quirk])
  return outcome.accepted
}

// An entry signed by `writer` on top of `replica`'s current heads, as that writer's own node
// would write it after syncing, but without its node's own canAppend check.
const craft = async (label, writer, replica, address, payload, { next, signer } = {}) => {
  const db = await open(replica, address)
  const heads = next ?? (await db.log.heads())
  const time = Math.max(0, ...heads.map((h) => h.clock.time)) + 1
  const identity = signer ?? people[writer].identity
  const entry = await Entry.create(identity, address, payload, { id: identity.publicKey, time }, heads.map((h) => h.hash), [])
  await blockstore.put(CID.parse(entry.hash, base58btc), entry.bytes)
  await recordEntry(label, entry.hash)
  return entry
}

// A controller's own decision on an entry as the node decodes it, without joining it.
const probe = async (replica, address, entry, quirk = '') => {
  const db = await open(replica, address)
  const decision = await db.access.canAppend(await Entry.decode(entry.bytes))
  rows.events.push(['canAppend', replica, address, entry.hash, String(decision), labels[entry.hash], quirk])
}

// Snapshots, once quiet: the main controller's authorised ids by role, and its access set's
// typed content.
const sorted = (set) => [...set].map(String).sort().join(',')
const snapshot = async (replica, address, quirk = '') => {
  const db = await open(replica, address)
  const read = async () => {
    const roles = db.access.gestRôles._rôles
    const grants = (await db.access.bd.all()).map(({ value }) => `${value.rôle}:${value.id}`).sort()
    return [sorted(roles[MODÉRATEUR]), sorted(roles[MEMBRE]), grants.join(',')]
  }
  const [moderators, members, grants] = await quiet(read)
  rows.events.push(['roles', replica, address, moderators, members, '', quirk])
  rows.events.push(['grants', replica, db.access.adresseBdAccès, grants, '', quirk])
}

// Role updates follow database events asynchronously: wait for an expected one, or for quiet.
const until = async (what, condition) => {
  for (let i = 0; i < 2000; i++) {
    if (await condition()) return
    await sleep(5)
  }
  throw new Error('timed out waiting for ' + what)
}
const settle = async () => {
  for (let i = 0; i < 10; i++) await sleep(5)
}
// Role updates that follow an account's root database come later still: wait until nothing changes.
const quiet = async (read) => {
  let last = JSON.stringify(await read())
  for (let i = 0; i < 100; i++) {
    await sleep(150)
    const now = JSON.stringify(await read())
    if (now === last) return JSON.parse(now)
    last = now
  }
  throw new Error('never quiet')
}
const isAuthorised = async (replica, address, name) => (await open(replica, address)).access.estAutorisé(id(name))
const kvPut = (key, value) => ({ op: 'PUT', key, value })
const setAdd = (value) => ({ op: 'ADD', key: null, value })

// === 1. alice's database, its access set, moderators granting moderators =====================
const A = await node('alice')
const bd = await A.orbitdb.open('bd', { type: 'keyvalue', AccessController: ContrôleurConstellation({ write: id('alice'), nom: 'accès-bd' }) })
bd.events.on('error', () => {})
const bdAccess = bd.access
const bdSet = bdAccess.bd
await recordManifests('bd', bd)
await recordManifests('accès-bd', bdSet)
const bdSetAddress = bdSet.address

const grant = async (replica, db, label, rôle, who) => {
  const payload = setAdd({ rôle, id: who })
  const result = await append(replica, db.access.bd, label, payload, async () => {
    await db.access.grant(rôle, who)
    const heads = await db.access.bd.log.heads()
    const made = heads.find((h) => h.payload.value?.id === who && h.payload.value?.rôle === rôle)
    if (!made) throw new Error(`grant of ${rôle} to ${who} on ${replica} made no entry`)
    return made.hash
  })
  await settle()
  return result
}

await append('alice', bd, 'bd alice 1', kvPut('espèce', 'Acer saccharum'), () => bd.put('espèce', 'Acer saccharum'))
const s1 = await grant('alice', bd, 'set alice MEMBRE bob', MEMBRE, id('bob'))
const s2 = await grant('alice', bd, 'set alice MODÉRATEUR carol', MODÉRATEUR, id('carol'))

// carol's node learns of her role, live (entries in order), then grants dave MODÉRATEUR.
const C = await node('carol')
const bdOnC = await open('carol', bd.address)
await deliver('carol', bdSetAddress, s1)
await deliver('carol', bdSetAddress, s2)
await until('carol authorised on her node', () => isAuthorised('carol', bd.address, 'carol'))
const s3 = await grant('carol', bdOnC, 'set carol MODÉRATEUR dave', MODÉRATEUR, id('dave'))
await deliver('alice', bdSetAddress, s3)
await until('dave authorised on alice', () => isAuthorised('alice', bd.address, 'dave'))

// dave, a moderator made by a moderator, grants gina MEMBRE.
const D = await node('dave')
const bdOnD = await open('dave', bd.address)
for (const s of [s1, s2, s3]) await deliver('dave', bdSetAddress, s)
await until('dave authorised on his node', () => isAuthorised('dave', bd.address, 'dave'))
const s4 = await grant('dave', bdOnD, 'set dave MEMBRE gina', MEMBRE, id('gina'))
await deliver('alice', bdSetAddress, s4)
await until('gina authorised on alice', () => isAuthorised('alice', bd.address, 'gina'))

// Entries the access set must refuse.
const bobGrant = await craft('set bob(MEMBRE) MEMBRE eve', 'bob', 'alice', bdSetAddress, setAdd({ rôle: MEMBRE, id: id('eve') }))
await deliver('alice', bdSetAddress, bobGrant.hash)
const eveGrant = await craft('set eve MODÉRATEUR eve', 'eve', 'alice', bdSetAddress, setAdd({ rôle: MODÉRATEUR, id: id('eve') }))
await deliver('alice', bdSetAddress, eveGrant.hash)
const refusedByAlice = [
  ['set alice DEL MEMBRE bob', { op: 'DEL', key: null, value: { rôle: MEMBRE, id: id('bob') } }],
  ['set alice ADD ADMINISTRATEUR eve', setAdd({ rôle: 'ADMINISTRATEUR', id: id('eve') })],
  ['set alice ADD a string', setAdd(MEMBRE)],
  ['set alice ADD null', setAdd(null)],
  ['set alice PUT MEMBRE eve', kvPut(id('eve'), { rôle: MEMBRE, id: id('eve') })]
]
for (const [label, payload] of refusedByAlice) {
  await append('alice', bdSet, label, payload, () => bdSet.addOperation(payload))
  const crafted = await craft(label, 'alice', 'carol', bdSetAddress, payload)
  await deliver('carol', bdSetAddress, crafted.hash)
}
// How the access set controller reads payloads, asked directly (canAppend) for entries by alice.
const payloadProbes = [
  ['ADD of a list', setAdd([MEMBRE, id('eve')])],
  ['ADD of bytes', setAdd(new Uint8Array([1, 2]))],
  ['ADD of 0', setAdd(0)],
  ['ADD of 1', setAdd(1)],
  ['ADD of true', setAdd(true)],
  ['ADD of an empty string', setAdd('')],
  ['ADD rôle in a list', setAdd({ rôle: [MEMBRE], id: id('eve') })],
  ['ADD rôle in lower case', setAdd({ rôle: 'membre', id: id('eve') })],
  ['ADD rôle with a space', setAdd({ rôle: MEMBRE + ' ', id: id('eve') })],
  ['ADD rôle decomposed', setAdd({ rôle: MODÉRATEUR.normalize('NFD'), id: id('eve') })],
  ['ADD key role', setAdd({ role: MEMBRE, id: id('eve') })],
  ['op with a space', { op: 'ADD ', key: null, value: { rôle: MEMBRE, id: id('eve') } }],
  ['op in a list', { op: ['ADD'], key: null, value: { rôle: MEMBRE, id: id('eve') } }],
  ['no op', { key: null, value: { rôle: MEMBRE, id: id('eve') } }],
  ['payload a string', 'ADD'],
  ['payload a list', ['ADD', { rôle: MEMBRE, id: id('eve') }]],
  ['ADD with a key', { op: 'ADD', key: 'clef', value: { rôle: MEMBRE, id: id('eve') } }],
  ['ADD MODÉRATEUR id 7', setAdd({ rôle: MODÉRATEUR, id: 7 })],
  ['ADD MEMBRE id a map', setAdd({ rôle: MEMBRE, id: { id: id('eve') } })]
]
for (const [label, payload] of payloadProbes) {
  const entry = await craft('set alice probe ' + label, 'alice', 'alice', bdSetAddress, payload)
  await probe('alice', bdSetAddress, entry)
}

// Accepted by the controller, yet not grants: the typed set drops values without a string id.
await append('alice', bdSet, 'set alice ADD MEMBRE without id', setAdd({ rôle: MEMBRE }), () => bdSet.addOperation(setAdd({ rôle: MEMBRE })))
await append('alice', bdSet, 'set alice ADD MEMBRE id 42', setAdd({ rôle: MEMBRE, id: 42 }), () => bdSet.addOperation(setAdd({ rôle: MEMBRE, id: 42 })))
await append('alice', bdSet, 'set alice ADD MEMBRE hugo with extra field', setAdd({ rôle: MEMBRE, id: id('hugo'), note: 'en plus' }),
  () => bdSet.addOperation(setAdd({ rôle: MEMBRE, id: id('hugo'), note: 'en plus' })))
await settle()

// The database itself: entries by allowed and non-allowed writers.
const bdEntries = {}
for (const name of ['bob', 'carol', 'dave', 'gina', 'hugo', 'eve', 'henri']) {
  bdEntries[name] = await craft(`bd ${name}`, name, 'alice', bd.address, kvPut('auteur', name))
  await probe('alice', bd.address, bdEntries[name])
}
for (const name of ['bob', 'carol', 'dave', 'gina', 'hugo', 'eve', 'henri']) {
  await deliver('alice', bd.address, bdEntries[name].hash)
}
await snapshot('alice', bd.address)

// === 2. a fresh replica joins the access set from its head: ipa walks `next` ===================
const H = await node('henri')
await open('henri', bd.address)
await deliver('henri', bdSetAddress, s4) // dave <- carol <- alice, through next
await until('dave authorised on henri', () => isAuthorised('henri', bd.address, 'dave'))
await snapshot('henri', bd.address)

// === 3. accounts: frank's root database, its devices, one-level expansion =====================
const accountRoot = async (name) => {
  const n = await node(name)
  const root = await n.orbitdb.open('racine', {
    type: 'keyvalue', AccessController: ContrôleurConstellation({ write: id(name), nom: 'racine' })
  })
  root.events.on('error', () => {})
  return root
}
const irisRoot = await accountRoot('iris1')
await recordManifests('racine iris', irisRoot)
await recordManifests('accès racine iris', irisRoot.access.bd)
const frankRoot = await accountRoot('frank1')
await recordManifests('racine frank', frankRoot)
await recordManifests('accès racine frank', frankRoot.access.bd)
const frankAccount = frankRoot.address
const frankSetAddress = frankRoot.access.adresseBdAccès
const f1 = await grant('frank1', frankRoot, 'racine frank1 MODÉRATEUR frank2', MODÉRATEUR, id('frank2'))
const f2 = await grant('frank1', frankRoot, 'racine frank1 MEMBRE compte iris', MEMBRE, irisRoot.address)

// alice grants frank's account MEMBRE: its devices may write; iris, in frank's list, is not expanded.
const s5 = await grant('alice', bd, 'set alice MEMBRE compte frank', MEMBRE, frankAccount)
await deliver('alice', frankSetAddress, f2) // alice's node opened frank's account to expand it
await until('frank2 authorised on alice', () => isAuthorised('alice', bd.address, 'frank2'))
for (const name of ['frank1', 'frank2', 'iris1']) {
  bdEntries[name] = await craft(`bd ${name}`, name, 'alice', bd.address, kvPut('auteur', name))
  await probe('alice', bd.address, bdEntries[name])
  await deliver('alice', bd.address, bdEntries[name].hash)
}
await snapshot('alice', bd.address)

// frank's own object, created with write = his account (as ipa creates objects).
const bdFrank = await nodes.frank1.orbitdb.open('bd-frank', {
  type: 'keyvalue', AccessController: ContrôleurConstellation({ write: frankAccount, nom: 'accès-bd-frank' })
})
bdFrank.events.on('error', () => {})
await recordManifests('bd-frank', bdFrank)
await recordManifests('accès bd-frank', bdFrank.access.bd)
await append('frank1', bdFrank, 'bd-frank frank1', kvPut('auteur', 'frank1'), () => bdFrank.put('auteur', 'frank1'))
const F2 = await node('frank2')
await open('frank2', frankAccount)
await deliver('frank2', frankSetAddress, f2)
const bdFrankOnF2 = await open('frank2', bdFrank.address)
await deliver('frank2', bdFrank.address, (await bdFrank.log.heads())[0].hash)
await until('frank2 authorised on his node', () => isAuthorised('frank2', bdFrank.address, 'frank2'))
const fb = await grant('frank2', bdFrankOnF2, 'set bd-frank frank2 MEMBRE bob', MEMBRE, id('bob'))
await deliver('frank1', bdFrank.access.adresseBdAccès, fb)
await until('bob authorised on frank1', () => isAuthorised('frank1', bdFrank.address, 'bob'))
for (const name of ['frank2', 'bob', 'iris1', 'eve']) {
  const entry = await craft(`bd-frank ${name}`, name, 'frank1', bdFrank.address, kvPut('auteur', name))
  await probe('frank1', bdFrank.address, entry)
  await deliver('frank1', bdFrank.address, entry.hash)
}
const irisGrant = await craft('set bd-frank iris1 MEMBRE eve', 'iris1', 'frank1', bdFrank.access.adresseBdAccès, setAdd({ rôle: MEMBRE, id: id('eve') }))
await deliver('frank1', bdFrank.access.adresseBdAccès, irisGrant.hash)
await snapshot('frank1', bdFrank.address)

// === 4. one controller shared by a database and its sub-database ============================
const sousBd = await A.orbitdb.open('sous-bd', { type: 'set', AccessController: ContrôleurConstellation({ write: bdAccess.address }) })
sousBd.events.on('error', () => {})
await recordManifests('sous-bd', sousBd)
await append('alice', sousBd, 'sous-bd alice', setAdd('a'), () => sousBd.add('a'))
for (const name of ['bob', 'frank2', 'eve']) {
  const entry = await craft(`sous-bd ${name}`, name, 'alice', sousBd.address, setAdd(name))
  await probe('alice', sousBd.address, entry)
  await deliver('alice', sousBd.address, entry.hash)
}
await snapshot('alice', sousBd.address)

// === 5. quirks of ipa's controllers ==========================================================
// (a) The walk through `next` stops at the first ancestor by a known moderator: a fresh replica
// refuses dave's grant when an entry by alice (not a MODÉRATEUR grant) lies between.
const s6 = await grant('alice', bd, 'set alice MEMBRE jules', MEMBRE, id('jules'))
for (const s of [s5, s6]) await deliver('dave', bdSetAddress, s)
const s7 = await grant('dave', bdOnD, 'set dave MEMBRE henri', MEMBRE, id('henri'))
await node('gina')
await open('gina', bd.address)
await deliver('gina', bdSetAddress, s7, 'walk-stops-at-moderator')
await deliver('henri', bdSetAddress, s7) // henri already knows dave: accepted
await snapshot('henri', bd.address)
await snapshot('gina', bd.address, 'walk-stops-at-moderator')

// (b) canAppend makes moderators as a side effect, before the log checks signatures: an
// unsigned "grant" claiming alice's identity, reachable through next, makes eve a moderator on
// the node that walks it, although the log then refuses the entry.
const forger = { ...people.alice.identity, sign: (_, bytes) => people.eve.identity.sign(people.eve.identity, bytes) }
const forged = await craft('set forged alice MODÉRATEUR eve', 'alice', 'alice', bdSetAddress,
  setAdd({ rôle: MODÉRATEUR, id: id('eve') }), { signer: forger })
const eveOnForged = await craft('set eve MEMBRE eve over forged', 'eve', 'alice', bdSetAddress,
  setAdd({ rôle: MEMBRE, id: id('eve') }), { next: [forged] })
await deliver('alice', bdSetAddress, eveOnForged.hash, 'forged-ancestor')
const eveAfter = await craft('set eve MODÉRATEUR eve after forged', 'eve', 'alice', bdSetAddress,
  setAdd({ rôle: MODÉRATEUR, id: id('eve') }))
await deliver('alice', bdSetAddress, eveAfter.hash, 'forged-ancestor')
await deliver('henri', bdSetAddress, eveAfter.hash)
await until('eve authorised on alice', () => isAuthorised('alice', bd.address, 'eve'))
const eveLater = await craft('bd eve after forged', 'eve', 'alice', bd.address, kvPut('auteur', 'eve encore'))
await probe('alice', bd.address, eveLater, 'forged-ancestor')
await snapshot('alice', bd.address, 'forged-ancestor')

// (c) A value whose rôle and id sit under a "__proto__" key: the controller reads them, inherited
// through the prototype the decoder makes of that key, and takes the entry; the log then refuses
// it, since Entry.verify re-encodes the decoded payload without the key and the signature fails.
const underProto = {}
Object.defineProperty(underProto, '__proto__', { value: { rôle: MEMBRE, id: id('karl') }, enumerable: true })
const protoGrant = await craft('set alice ADD MEMBRE karl under __proto__', 'alice', 'carol', bdSetAddress, setAdd(underProto))
await probe('carol', bdSetAddress, protoGrant)
await deliver('carol', bdSetAddress, protoGrant.hash, 'proto-key-fails-signature')

// --- output ----------------------------------------------------------------------------------
write('constellation-setup.tsv', [
  'Constellation access controllers (@constl/ipa 1.6.16 on @orbitdb/core 2.5): identities and manifests',
  'identity\tname\tprivateA\tprivateB\tid\thash\tbytes',
  'controller\tlabel\taddress (/contrôleur-constellation/<cid>)\tbytes',
  'access-controller\tlabel\taddress (/contrôleur-accès-constellation/<cid>)\tbytes',
  'database\tlabel\taddress\ttype\tbytes'
], rows.setup)
write('constellation-entries.tsv', [
  'Every entry made by constellation-access.mjs, appended by ipa or signed directly (label says who and what)',
  'entry\tlabel\thash\tbytes'
], rows.entries)
write('constellation-events.tsv', [
  'What each node decided, in order. Replicas are named after the identity running them; the last column names an ipa quirk',
  'append\treplica\tdatabase\twriter\tpayload (dag-cbor)\tentry hash or refused\tlabel\tquirk',
  'deliver\treplica\tdatabase\tentry hash\taccepted|refused (pubsub delivery: log.joinEntry)\tlabel\tquirk',
  'canAppend\treplica\tdatabase\tentry hash\ttrue|false (canAppend of the database\'s controller)\tlabel\tquirk',
  'roles\treplica\tdatabase\tMODÉRATEUR ids\tMEMBRE ids (gestRôles, accounts expanded)\t\tquirk',
  'grants\treplica\taccess set database\trôle:id of its typed content\t\tquirk',
  'The last two columns of every row are a label and the name of the ipa quirk the row shows (empty for none)'
], rows.events)

rmSync(scratch, { recursive: true, force: true })
process.exit(0) // ipa's database manager keeps a cleanup interval alive
