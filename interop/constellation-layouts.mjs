// The layouts of @constl/ipa 1.6.16's databases, and the JSON schemas ipa hands to
// @constl/bohr-db 1.2.3 for each, checked with bohr-db's own validators (its `utils.js`, one AJV
// instance made as bohr-db makes it). Shared by vectors/constellation-objects.mjs and
// check-layouts.mjs.
//
// Schemas come from the installed package at run time. ipa exports some of them; the others are
// module-private consts, which ipa-schemas-hook.mjs exports unchanged as each module loads. The
// account's `nuées` list is typed by an inline literal in the Nuées constructor: it is read from
// an instance. So ipa must be loaded through `loadIpa()`, before anything else imports it.
import { register } from 'node:module'
import { isValidAddress } from '@orbitdb/core'

const ipaIndex = import.meta.resolve('@constl/ipa')
const bohrIndex = import.meta.resolve('@constl/bohr-db')

let loaded
/** Registers the schema hook, then loads ipa's modules; returns {ipa, modules, schemas}. */
export const loadIpa = async () => {
  if (loaded) return loaded
  register('./ipa-schemas-hook.mjs', import.meta.url)
  const ipa = await import('@constl/ipa')
  const files = ['automatisation', 'bds', 'client', 'favoris', 'motsClefs', 'nuées', 'profil', 'projets',
    'protocoles', 'reseau', 'tableaux', 'types', 'variables', 'accès/cntrlConstellation']
  const modules = {}
  for (const file of files) modules[file] = await import(new URL(`./${file}.js`, ipaIndex).href)
  const named = (path) => {
    const [file, name] = path.split(':')
    const schema = modules[file]?.[name]
    if (!schema) throw new Error(`@constl/ipa has no schema ${path}: is the hook registered?`)
    return schema
  }
  const schemas = {}
  for (const [kind, layout] of Object.entries(LAYOUTS)) {
    schemas[kind] = layout.schema === NUEES_LIST
      ? new modules.nuées.Nuées({ client: {} }).schémaBdPrincipale
      : named(layout.schema)
  }
  if (JSON.stringify(schemas['compte.nuées']) !== '{"type":"string"}') throw new Error('unexpected schema of the nuées list')
  loaded = { ipa, modules, schemas, named }
  return loaded
}

const NUEES_LIST = 'nuées:(Nuées constructor)'

/**
 * Every kind of database: its OrbitDB type, the schema ipa types it with (`file:const`), the
 * kinds of the sub-databases its keys hold (`children`), of the objects its values or keys name
 * (`valuesAre`, `keysAre`), and of the databases its cells may name (`cellsMayBe`).
 */
export const LAYOUTS = {
  compte: {
    type: 'keyvalue',
    schema: 'client:schémaStructureBdCompte',
    children: {
      protocoles: 'compte.protocoles', nomsDispositifs: 'compte.nomsDispositifs', profil: 'profil',
      motsClefs: 'compte.motsClefs', variables: 'compte.variables', bds: 'compte.bds',
      projets: 'compte.projets', nuées: 'compte.nuées', favoris: 'compte.favoris',
      réseau: 'compte.réseau', automatisations: 'compte.automatisations'
    }
  },
  'compte.protocoles': { type: 'keyvalue', schema: 'protocoles:schémaStructureBdProtocoles' },
  'compte.nomsDispositifs': { type: 'keyvalue', schema: 'client:schémaStructureNomsDispositifs' },
  'compte.motsClefs': { type: 'set', schema: 'motsClefs:schémaBdPrincipale', valuesAre: 'motClef' },
  'compte.variables': { type: 'set', schema: 'variables:schémaBdPrincipale', valuesAre: 'variable' },
  'compte.bds': { type: 'set', schema: 'bds:schémaBdPrincipale', valuesAre: 'bd' },
  'compte.projets': { type: 'set', schema: 'projets:schémaBdPrincipale', valuesAre: 'projet' },
  'compte.nuées': { type: 'set', schema: NUEES_LIST, valuesAre: 'nuée' },
  'compte.favoris': { type: 'keyvalue', schema: 'favoris:schémaBdPrincipale' },
  'compte.réseau': { type: 'keyvalue', schema: 'reseau:schémaBdPrincipaleRéseau' },
  'compte.automatisations': { type: 'keyvalue', schema: 'automatisation:schémaBdAutomatisations' },
  profil: { type: 'keyvalue', schema: 'profil:schémaStructureBdProfil', children: { noms: 'profil.noms', contacts: 'profil.contacts' } },
  'profil.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'profil.contacts': { type: 'set', schema: 'profil:schémaContactProfil' },
  bd: {
    type: 'keyvalue',
    schema: 'bds:schémaStructureBdBd',
    children: {
      métadonnées: 'bd.métadonnées', noms: 'bd.noms', descriptions: 'bd.descriptions',
      tableaux: 'bd.tableaux', motsClefs: 'bd.motsClefs', nuées: 'bd.nuées'
    }
  },
  'bd.métadonnées': { type: 'keyvalue', schema: 'types:schémaStructureBdMétadonnées' },
  'bd.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'bd.descriptions': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'bd.tableaux': { type: 'ordered-keyvalue', schema: 'bds:schémaBdTableauxDeBd', keysAre: 'tableau' },
  'bd.motsClefs': { type: 'set', schema: 'bds:schémaStructureBdMotsClefs', valuesAre: 'motClef' },
  'bd.nuées': { type: 'set', schema: 'bds:schémaStructureBdNuées', valuesAre: 'nuée' },
  tableau: {
    type: 'keyvalue',
    schema: 'tableaux:schémaStructureBdTableau',
    children: { noms: 'tableau.noms', données: 'tableau.données', colonnes: 'tableau.colonnes', règles: 'tableau.règles' }
  },
  'tableau.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'tableau.données': { type: 'keyvalue', schema: 'tableaux:schémaBdDonnéesTableau', cellsMayBe: 'texteTraductible' },
  'tableau.colonnes': { type: 'keyvalue', schema: 'tableaux:schémaBdInfoCol' },
  'tableau.règles': { type: 'keyvalue', schema: 'tableaux:schémaBdRègles' },
  texteTraductible: { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  variable: {
    type: 'keyvalue',
    schema: 'variables:schémaStructureBdVariable',
    children: { noms: 'variable.noms', descriptions: 'variable.descriptions', règles: 'variable.règles' }
  },
  'variable.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'variable.descriptions': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'variable.règles': { type: 'keyvalue', schema: 'variables:schémaBdRèglesVariable' },
  motClef: {
    type: 'keyvalue',
    schema: 'motsClefs:schémaBdMotClef',
    children: { noms: 'motClef.noms', descriptions: 'motClef.descriptions' }
  },
  'motClef.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'motClef.descriptions': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  projet: {
    type: 'keyvalue',
    schema: 'projets:schémaStructureBdProjet',
    children: { noms: 'projet.noms', descriptions: 'projet.descriptions', bds: 'projet.bds', motsClefs: 'projet.motsClefs' }
  },
  'projet.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'projet.descriptions': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'projet.bds': { type: 'set', schema: 'projets:schémaStuctureBdsDeProjet', valuesAre: 'bd' },
  'projet.motsClefs': { type: 'set', schema: 'projets:schémaStructureBdMotsClefsdeProjet', valuesAre: 'motClef' },
  nuée: {
    type: 'keyvalue',
    schema: 'nuées:schémaStructureBdNuée',
    children: {
      métadonnées: 'nuée.métadonnées', noms: 'nuée.noms', descriptions: 'nuée.descriptions',
      motsClefs: 'nuée.motsClefs', tableaux: 'nuée.tableaux', autorisation: 'nuée.autorisation'
    }
  },
  'nuée.métadonnées': { type: 'keyvalue', schema: 'types:schémaStructureBdMétadonnées' },
  'nuée.noms': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'nuée.descriptions': { type: 'keyvalue', schema: 'types:schémaStructureBdNoms' },
  'nuée.motsClefs': { type: 'set', schema: 'nuées:schémaBdMotsClefsNuée', valuesAre: 'motClef' },
  'nuée.tableaux': { type: 'ordered-keyvalue', schema: 'bds:schémaBdTableauxDeBd', keysAre: 'tableau' },
  'nuée.autorisation': { type: 'keyvalue', schema: 'nuées:schémaStructureBdAutorisation', children: { membres: 'nuée.autorisation.membres' } },
  'nuée.autorisation.membres': { type: 'keyvalue', schema: 'nuées:schémaBdAutorisations' },
  // The set behind every contrôleur-constellation (its `adresseBdAccès`).
  accès: { type: 'set', schema: 'accès/cntrlConstellation:schémaBdAccès' }
}

/** The `type` value of each object kind's root (ipa's types.ts). */
export const OBJECT_TYPES = ['bd', 'tableau', 'variable', 'motClef', 'projet', 'nuée']

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const IDENTITY = /^0[23][0-9a-f]{64}$/
const CID_PATH = /^(baf[a-z2-7]+|Qm[1-9A-Za-z]{44}|zdpu[1-9A-Za-z]+)(\/.*)?$/
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A value with what differs between two writers of the same data replaced: OrbitDB addresses
 * by "<orbitdb:KIND>" (`kindOf(address)`), UUIDs by "<uuid>", OrbitDB identity ids by
 * "<identity>", CIDs by "<cid>" (a file name after one is kept). Keys too.
 */
export const shapeOf = (value, kindOf) => {
  if (typeof value === 'string') {
    if (isValidAddress(value)) return `<orbitdb:${kindOf(value)}>`
    if (UUID.test(value)) return '<uuid>'
    if (IDENTITY.test(value)) return '<identity>'
    const cid = CID_PATH.exec(value)
    return cid ? '<cid>' + (cid[2] ?? '') : value
  }
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, kindOf))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [shapeOf(k, kindOf), shapeOf(v, kindOf)]))
  return value
}

/**
 * A database's `all()` items as plain JSON ({key, value}; {value} for a set), in a stable order:
 * an ordered-keyvalue's own, else by shape (a keyvalue or set has no order).
 */
export const stableItems = (dbType, items, kindOf) => {
  const plain = items.map((e) => (dbType === 'set' || dbType === 'feed' ? { value: e.value } : { key: e.key, value: e.value }))
  if (dbType === 'ordered-keyvalue') return plain
  const text = (i) => JSON.stringify(shapeOf(i, kindOf)) + JSON.stringify(i)
  return plain.sort((a, b) => compareText(text(a), text(b)))
}

const { generateDictValidator, generateListValidator } = await import(new URL('./utils.js', bohrIndex).href)

const compact = (errors) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}` +
  (e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : '')).join('; ')

/**
 * The values of one database that bohr-db would refuse with `schema`: `entries` are OrbitDB's
 * `all()` items. Keyvalue and ordered-keyvalue values are checked by key (as bohr-db's get, put
 * and all do); then what remains of a keyvalue once those are dropped is checked whole, as
 * allAsJSON does (key `(root)`: required keys); set values one by one. Returns [{key, error}].
 */
export const schemaFailures = (dbType, schema, entries) => {
  const failures = []
  if (dbType === 'set' || dbType === 'feed') {
    const { validate } = generateListValidator(schema)
    for (const { value } of entries) {
      if (!validate(value)) failures.push({ key: JSON.stringify(value), error: compact(validate.errors) })
    }
    return failures
  }
  const { validateRoot, validateKey, getKeyValidator, supportedKey } = generateDictValidator(schema)
  const kept = {}
  for (const { key, value } of entries) {
    if (!supportedKey(key)) failures.push({ key, error: 'key not in the schema (bohr-db: Unsupported key)' })
    else if (!validateKey(value, key)) failures.push({ key, error: compact(getKeyValidator(key).errors) })
    else kept[key] = value
  }
  if (dbType === 'keyvalue' && !validateRoot(kept)) {
    failures.push({ key: '(root)', error: compact(validateRoot.errors) })
  }
  return failures
}
