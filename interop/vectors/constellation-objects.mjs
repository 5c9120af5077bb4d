// Golden vector of the databases @constl/ipa 1.6.16 writes for an account and its objects: the
// real client (`Constellation.créer`) on its own OrbitDB 2.5 over Helia and a libp2p that only
// listens on 127.0.0.1, discovers nothing and refuses to dial anything else. Through ipa's own
// API it makes a keyword, variables of several categories (one a list) with units and rules, a
// database (licences, names, descriptions, metadata, keyword, status) with two tables (columns,
// index columns, rules of every type, rows with and without index columns, a translatable text
// cell), a project and a profile. Then it walks every database reachable from the account and
// records its address, type, access controller, the schemas ipa typed it with (seen by wrapping
// GestionnaireOrbite.ouvrirBdTypée) and its final state, plus every row key ipa made and the
// inputs it made it from.
//
// What varies between runs: database addresses (ipa names databases with UUID v4), the access
// controller and manifest CIDs that follow from them, table rule ids and the keys of rows of
// tables without index columns (UUID v4), and entry hashes. What does not: the OrbitDB identity
// and libp2p key (fixed), every key, value shape and kind, and the keys of indexed rows. So each
// database also has a `shape`: its state with every OrbitDB address replaced by
// "<orbitdb:KIND>", every UUID by "<uuid>" and every CID by "<cid>", which is stable.
//
// Run: TZ=UTC node interop/vectors/constellation-objects.mjs
//        (writes org.constl.core.tests/resources/vectors/constellation-objects.json)
//      node interop/vectors/constellation-objects.mjs --export DIR
//        (writes no vector: DIR/good/NN-label/ holds every database in the folder format of
//        README.md, DIR/broken/ the same after deliberate schema violations, see `breakCopy`)
import '../node20.mjs'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLibp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { identify } from '@libp2p/identify'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { gossipsub } from '@chainsafe/libp2p-gossipsub'
import { privateKeyFromRaw } from '@libp2p/crypto/keys'
import { createHelia } from 'helia'
import { bitswap } from '@helia/block-brokers'
import { libp2pRouting } from '@helia/routers'
import { MemoryBlockstore } from 'blockstore-core/memory'
import { MemoryDatastore } from 'datastore-core/memory'
import * as dagJson from '@ipld/dag-json'
import { createOrbitDB, Identities, isValidAddress, KeyStore, MemoryStorage } from '@orbitdb/core'
import { LAYOUTS, loadIpa, OBJECT_TYPES, shapeOf, stableItems } from '../constellation-layouts.mjs'
import { exportDatabase } from '../orbitdb-offline.mjs'

process.env.TZ = 'UTC'
const here = dirname(fileURLToPath(import.meta.url))
const exportIndex = process.argv.indexOf('--export')
const exportDir = exportIndex > 0 ? process.argv[exportIndex + 1] : undefined
if (exportIndex > 0 && !exportDir) {
  console.error('usage: node constellation-objects.mjs [--export DIR]')
  process.exit(2)
}
const scratch = mkdtempSync(join(tmpdir(), 'constellation-objects-'))

const { ipa, modules, named, schemas } = await loadIpa()

// --- which schema ipa types each database with --------------------------------------------------
const schemaNames = new Map()
for (const [file, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith('schéma') && value && typeof value === 'object' && !schemaNames.has(value)) schemaNames.set(value, `${file}:${name}`)
  }
}
const typedWith = new Map() // address -> Set of schema names
const { GestionnaireOrbite } = ipa.orbite
const ouvrirBdTypée = GestionnaireOrbite.prototype.ouvrirBdTypée
GestionnaireOrbite.prototype.ouvrirBdTypée = async function (args) {
  const result = await ouvrirBdTypée.call(this, args)
  const name = schemaNames.get(args.schéma) ?? 'inline:' + JSON.stringify(args.schéma)
  const address = result.bd.address
  if (!typedWith.has(address)) typedWith.set(address, new Set())
  typedWith.get(address).add(name)
  return result
}

// --- the client, on loopback only --------------------------------------------------------------
const sha256 = (text) => new Uint8Array(createHash('sha256').update(text).digest())
const secp = (label) => privateKeyFromRaw(sha256('constellation objects vector ' + label))
const hex = (bytes) => Buffer.from(bytes).toString('hex')
const loopbackOnly = (ma) => !ma.toString().startsWith('/ip4/127.0.0.1/')

const libp2p = await createLibp2p({
  privateKey: secp('libp2p'),
  addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
  transports: [tcp()],
  connectionEncrypters: [noise()],
  streamMuxers: [yamux()],
  connectionGater: { denyDialMultiaddr: loopbackOnly, denyDialPeer: () => true },
  peerDiscovery: [],
  services: {
    identify: identify(),
    pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }),
    obtClefPrivée: (components) => ({ obtenirClef: () => components.privateKey })
  }
})
const helia = await createHelia({
  libp2p,
  blockstore: new MemoryBlockstore(),
  datastore: new MemoryDatastore(),
  blockBrokers: [bitswap()],
  routers: [libp2pRouting(libp2p)]
})
ipa.orbite.préparerOrbite()
const keystore = await KeyStore({ storage: await MemoryStorage() })
const keyA = secp('id')
await keystore.addKey('constellation', { privateKey: keyA.raw })
await keystore.addKey(hex(keyA.publicKey.raw), { privateKey: secp('signing').raw })
const identities = await Identities({ keystore, ipfs: helia })
const orbitdb = await createOrbitDB({ ipfs: helia, identities, id: 'constellation', directory: join(scratch, 'orbite') })
const client = await modules.client.Constellation.créer({ dossier: join(scratch, 'constl'), orbite: orbitdb })

// --- objects, through ipa's API ------------------------------------------------------------------
const rowKeys = []
const labels = new Map() // address -> label given here
const label = (address, name) => { labels.set(address, name); return address }

await client.profil.sauvegarderNom({ langue: 'fr', nom: 'Curatrice' })
await client.profil.sauvegarderNom({ langue: 'en', nom: 'Curator' })
await client.profil.sauvegarderContact({ type: 'courriel', contact: 'curatrice@example.org' })

const motClef = label(await client.motsClefs.créerMotClef(), 'motClef hydrologie')
await client.motsClefs.sauvegarderNomsMotClef({ idMotClef: motClef, noms: { fr: 'hydrologie', en: 'hydrology' } })
await client.motsClefs.sauvegarderDescriptionsMotClef({ idMotClef: motClef, descriptions: { fr: 'Eaux de surface' } })

const variable = async (name, catégorie, noms) => {
  const id = label(await client.variables.créerVariable({ catégorie }), 'variable ' + name)
  await client.variables.sauvegarderNomsVariable({ idVariable: id, noms })
  return id
}
const vSite = await variable('site', 'chaîneNonTraductible', { fr: 'Site' })
const vDate = await variable('date', 'horoDatage', { fr: 'Date' })
const vHauteur = await variable('hauteur', 'numérique', { fr: 'Hauteur', en: 'Height' })
const vHauteurMax = await variable('hauteurMax', 'numérique', { fr: 'Hauteur maximale' })
const vNotes = await variable('notes', 'chaîne', { fr: 'Notes' })
const vValide = await variable('valide', 'booléen', { fr: 'Valide' })
const vLieu = await variable('lieu', 'géojson', { fr: 'Lieu' })
const vPhoto = await variable('photo', 'image', { fr: 'Photo' })
const vMesures = await variable('mesures', { type: 'liste', catégorie: 'numérique' }, { fr: 'Mesures' })
const vEspèce = await variable('espèce', 'chaîneNonTraductible', { fr: 'Espèce' })
await client.variables.sauvegarderDescriptionsVariable({ idVariable: vHauteur, descriptions: { fr: 'Hauteur de l\'eau' } })
await client.variables.sauvegarderUnitésVariable({ idVariable: vHauteur, idUnité: 'm' })
await client.variables.sauvegarderUnitésVariable({ idVariable: vHauteurMax, idUnité: 'm' })
await client.variables.ajouterRègleVariable({
  idVariable: vHauteur, règle: { typeRègle: 'bornes', détails: { type: 'fixe', val: 0, op: '>=' } }
})
await client.variables.ajouterRègleVariable({
  idVariable: vHauteur, règle: { typeRègle: 'bornes', détails: { type: 'dynamiqueVariable', val: vHauteurMax, op: '<=' } }
})
await client.variables.ajouterRègleVariable({ idVariable: vSite, règle: { typeRègle: 'existe', détails: {} } })

const bd = label(await client.bds.créerBd({ licence: 'ODbl-1_0', licenceContenu: 'CC-BY-SA-4_0' }), 'bd')
await client.bds.sauvegarderNomsBd({ idBd: bd, noms: { fr: 'Niveaux d\'eau', en: 'Water levels' } })
await client.bds.sauvegarderDescriptionsBd({ idBd: bd, descriptions: { fr: 'Relevés de terrain', es: 'Datos de campo' } })
await client.bds.sauvegarderMétadonnéesBd({ idBd: bd, métadonnées: { région: 'Outaouais', années: [2023, 2024], protocole: { version: 2 } } })
await client.bds.ajouterMotsClefsBd({ idBd: bd, idsMotsClefs: [motClef] })
await client.bds.changerStatutBd({ idBd: bd, statut: { statut: 'jouet' } })

const observations = label(await client.bds.ajouterTableauBd({ idBd: bd, clefTableau: 'observations' }), 'tableau observations')
const espèces = label(await client.bds.ajouterTableauBd({ idBd: bd, clefTableau: 'espèces' }), 'tableau espèces')
await client.tableaux.sauvegarderNomsTableau({ idTableau: observations, noms: { fr: 'Observations' } })
await client.tableaux.sauvegarderNomsTableau({ idTableau: espèces, noms: { fr: 'Espèces', en: 'Species' } })

const columns = { site: vSite, date: vDate, hauteur: vHauteur, hauteurMax: vHauteurMax, notes: vNotes, valide: vValide, lieu: vLieu, photo: vPhoto, mesures: vMesures, espèce: vEspèce }
for (const [idColonne, idVariable] of Object.entries(columns)) {
  await client.tableaux.ajouterColonneTableau({ idTableau: observations, idVariable, idColonne })
}
await client.tableaux.ajouterColonneTableau({ idTableau: observations, idColonne: 'remarque' }) // no variable
await client.tableaux.changerColIndex({ idTableau: observations, idColonne: 'site', val: true })
await client.tableaux.changerColIndex({ idTableau: observations, idColonne: 'date', val: true })
await client.tableaux.ajouterColonneTableau({ idTableau: espèces, idVariable: vEspèce, idColonne: 'code' })
await client.tableaux.ajouterColonneTableau({ idTableau: espèces, idVariable: vNotes, idColonne: 'nom' })

const tableRules = [
  ['site', { typeRègle: 'existe', détails: {} }],
  ['hauteur', { typeRègle: 'catégorie', détails: { catégorie: { type: 'simple', catégorie: 'numérique' } } }],
  ['hauteur', { typeRègle: 'bornes', détails: { type: 'fixe', val: 10, op: '<' } }],
  ['hauteur', { typeRègle: 'bornes', détails: { type: 'dynamiqueColonne', val: 'hauteurMax', op: '≤' } }],
  ['hauteur', { typeRègle: 'bornes', détails: { type: 'dynamiqueVariable', val: vHauteurMax, op: '<=' } }],
  ['espèce', { typeRègle: 'valeurCatégorique', détails: { type: 'fixe', options: ['SALFON', 'ACESAC'] } }],
  ['espèce', { typeRègle: 'valeurCatégorique', détails: { type: 'dynamique', tableau: espèces, colonne: 'code' } }]
]
for (const [idColonne, règle] of tableRules) await client.tableaux.ajouterRègleTableau({ idTableau: observations, idColonne, règle })

const photo = await client.ajouterÀSFIP({ contenu: new Uint8Array(sha256('a tiny stand-in for a photo')), nomFichier: 'berge.png' })
const point = { type: 'Point', coordinates: [-75.7, 45.42] }
const rows = async (table, indexColumns, vals) => {
  const keys = await client.tableaux.ajouterÉlément({ idTableau: table, vals })
  vals.forEach((input, i) => {
    const index = indexColumns.length ? JSON.stringify(Object.fromEntries(Object.entries(input).filter(([c]) => indexColumns.includes(c)))) : null
    const expected = index === null ? null : createHash('md5').update(index).digest('base64')
    if (expected !== null && expected !== keys[i]) throw new Error(`ipa made key ${keys[i]} for ${index}, not ${expected}`)
    rowKeys.push({ table: labels.get(table), indexColumns, input, indexJson: index, key: keys[i] })
  })
}
await rows(observations, ['site', 'date'], [
  { site: 'S1', date: { système: 'dateJS', val: 1700000000000 }, hauteur: 1.25, hauteurMax: 3, valide: true, lieu: point, photo, mesures: [1.2, 1.3], espèce: 'SALFON', remarque: 'crue' },
  { date: { système: 'dateJS', val: 1700000000000 }, site: 'S1', hauteur: 1.5 }, // index keys in the other order
  { site: 'S2', hauteur: 0.5, valide: false }, // one index column missing
  { hauteur: 12, espèce: 'QUERUB' }, // no index column at all: the key of {}
  { site: 'É ✨', date: '2024-05-01T00:00:00.000Z', mesures: [] }
])
// importerDonnées reads the columns' categories once: keep them followed until all are known,
// so it converts the translatable text into databases (ipa's cache serves the followed value).
let categories
const forgetCategories = await client.tableaux.suivreColonnesEtCatégoriesTableau({ idTableau: espèces, f: (cols) => { categories = cols } })
while (!(categories?.length === 2 && categories.every((c) => c.catégorie))) await new Promise((resolve) => setTimeout(resolve, 20))
await client.tableaux.importerDonnées({
  idTableau: espèces,
  données: [{ code: 'SALFON', nom: 'Saule fontinal' }, { code: 'ACESAC', nom: 'Érable à sucre' }],
  conversions: { nom: { type: 'chaîne', langue: 'fr' } }
})
await forgetCategories()
await rows(espèces, [], [{ code: 'QUERUB' }])

const projet = label(await client.projets.créerProjet(), 'projet')
await client.projets.sauvegarderNomsProjet({ idProjet: projet, noms: { fr: 'Suivi des rivières' } })
await client.projets.sauvegarderDescriptionsProjet({ idProjet: projet, descriptions: { fr: 'Trois bassins' } })
await client.projets.ajouterBdProjet({ idProjet: projet, idBd: bd })
await client.projets.ajouterMotsClefsProjet({ idProjet: projet, idsMotsClefs: [motClef] })

// Let ipa's readers type what they read too (their schemas join `typedWith`).
const once = (subscribe) => new Promise((resolve) => {
  let forget
  let done = false
  subscribe((value) => {
    if (done || value === undefined) return
    done = true
    resolve(value)
    if (forget) forget()
  }).then((f) => { forget = f; if (done) f() })
})
await once((f) => client.bds.suivreTableauxBd({ idBd: bd, f }))
await once((f) => client.tableaux.suivreDonnées({ idTableau: observations, f }))
await once((f) => client.tableaux.suivreRègles({ idTableau: observations, f }))
await once((f) => client.bds.suivreMotsClefsBd({ idBd: bd, f }))
await once((f) => client.projets.suivreBdsProjet({ idProjet: projet, f }))
await once((f) => client.profil.suivreContacts({ f }))

// --- walk every database reachable from the account ----------------------------------------------
const account = await client.obtIdCompte()
labels.set(account, 'compte')
const open = async (address) => (await client.orbite.ouvrirBd({ id: address })).bd
const found = new Map() // address -> {kind, label, db}
let cells = 0 // cell databases are labelled by column and order met: row keys are UUIDs
const visit = async (address, kind, name) => {
  if (found.has(address)) return
  const db = await open(address)
  found.set(address, { kind, label: labels.get(address) ?? name, db })
  const layout = LAYOUTS[kind]
  const entries = await db.all()
  for (const { key, value } of entries) {
    if (layout.children?.[key] && isValidAddress(value)) await visit(value, layout.children[key], `${found.get(address).label}/${key}`)
    if (layout.valuesAre && isValidAddress(value)) await visit(value, layout.valuesAre, `${layout.valuesAre} ${value}`)
    if (layout.keysAre && isValidAddress(key)) await visit(key, layout.keysAre, `${layout.keysAre} ${key}`)
    if (layout.cellsMayBe) {
      for (const [column, cell] of Object.entries(value)) {
        if (typeof cell === 'string' && isValidAddress(cell)) await visit(cell, layout.cellsMayBe, `${found.get(address).label}/${column} ${++cells}`)
      }
    }
  }
  if (db.access.type === 'contrôleur-constellation') await visit(db.access.adresseBdAccès, 'accès', `${found.get(address).label} accès`)
}
await visit(account, 'compte', 'compte')

// --- the vector -------------------------------------------------------------------------------------
const kindOf = (address) => found.get(address)?.kind ?? 'unknown'
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const json = (value) => JSON.parse(new TextDecoder().decode(dagJson.encode(value)))
const databases = []
for (const [address, { kind, label: name, db }] of found) {
  const state = stableItems(db.type, json(await db.all()), kindOf)
  databases.push({
    label: name,
    kind,
    address,
    name: db.name,
    type: db.type,
    accessController: { type: db.access.type, address: db.access.address, write: db.access.write ?? null },
    schemas: [...(typedWith.get(address) ?? [])].sort(),
    expectedSchema: LAYOUTS[kind].schema,
    state,
    shape: state.map((item) => shapeOf(item, kindOf))
  })
}
databases.sort((a, b) => compareText(a.label, b.label))
for (const d of databases) {
  const expected = JSON.stringify(schemas[d.kind])
  const same = d.schemas.some((s) => (s.startsWith('inline:') ? s.slice(7) : JSON.stringify(named(s))) === expected)
  if (!same) {
    console.warn(`note: ${d.label} (${d.kind}) typed by ipa with ${d.schemas.join(', ') || 'nothing'} in this run, layout says ${d.expectedSchema}`)
  }
}
for (const objectType of OBJECT_TYPES) named(LAYOUTS[objectType].schema) // every object schema resolves

if (exportDir) {
  let n = 0
  for (const { kind, db } of found.values()) await exportDatabase(orbitdb, db, join(exportDir, 'good', `${String(n++).padStart(2, '0')}-${kind}`))
  await breakCopy(join(exportDir, 'broken'))
  console.log(`exported ${found.size} databases into ${exportDir}/good and the broken copy into ${exportDir}/broken`)
} else {
  const vector = {
    about: 'Databases written by @constl/ipa 1.6.16 (real client, loopback only) for one account and its objects; made by interop/vectors/constellation-objects.mjs',
    varies: ['address', 'name', 'accessController.address', 'state (addresses, UUIDs: table rule ids, keys of rows of tables without index columns)', 'rowKeys[].key where indexJson is null'],
    stable: ['label', 'kind', 'type', 'accessController.type', 'expectedSchema', 'shape', 'rowKeys[] other than unindexed keys'],
    schemasNote: 'schemas lists what ipa typed the database with during this run (GestionnaireOrbite.ouvrirBdTypée); a database only written or read untyped lists none',
    identity: { id: orbitdb.identity.id, publicKey: hex(keyA.publicKey.raw) },
    account,
    databases,
    rowKeys
  }
  const out = join(here, '..', '..', 'bundles', 'org.constl.core.tests', 'resources', 'vectors')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'constellation-objects.json'), JSON.stringify(vector, null, 1) + '\n')
  console.log(`constellation-objects.json: ${databases.length} databases, ${rowKeys.length} row keys`)
}

/**
 * The same databases after values bohr-db must refuse were written straight into the untyped
 * OrbitDB databases by the account's own identity (so OrbitDB itself accepts them): each one is
 * listed in DIR/expected-failures.json as {kind, key}, which check-layouts must report, and
 * nothing else.
 */
async function breakCopy (dir) {
  const byKind = (kind) => [...found.values()].find((f) => f.kind === kind).db
  const breaks = [
    ['bd', 'statut', 'jouet'],
    ['bd', 'licence', undefined], // deleted: the root misses a required key
    ['bd', 'inconnue', 'x'],
    ['tableau.colonnes', 'hauteur', { variable: vHauteur }],
    ['tableau.règles', 'mauvaise', { colonne: 'hauteur', règle: { id: 'mauvaise', règle: { typeRègle: 'existe' } } }],
    ['tableau.données', 'pas-un-objet', 42],
    ['variable.règles', 'sans-détails', { typeRègle: 'existe' }],
    ['bd.tableaux', 'sans-clef', {}],
    ['compte.bds', null, 7],
    ['profil.contacts', null, { type: 'courriel' }],
    ['bd.noms', 'de', { nom: 'Wasserstand' }]
  ]
  const expected = []
  for (const [kind, key, value] of breaks) {
    const db = byKind(kind)
    if (db.type === 'set') await db.add(value)
    else if (value === undefined) await db.del(key)
    else await db.put(key, value)
    const reported = key === null ? JSON.stringify(value) : value === undefined ? '(root)' : key
    expected.push({ kind, address: db.address, key: reported })
    if (kind === 'bd' && key === 'licence') expected.push({ kind, address: db.address, key: '(root)' })
  }
  let n = 0
  for (const { kind, db } of found.values()) await exportDatabase(orbitdb, db, join(dir, `${String(n++).padStart(2, '0')}-${kind}`))
  const unique = [...new Map(expected.map((e) => [`${e.address} ${e.key}`, e])).values()]
  writeFileSync(join(dir, 'expected-failures.json'), JSON.stringify(unique, null, 1) + '\n')
}

rmSync(scratch, { recursive: true, force: true })
process.exit(0) // ipa and libp2p keep timers alive
