// Golden vectors for org.constl.core.rules: what @constl/ipa 1.6.16 decides when it validates a
// table. Every decision comes from ipa's own rule function, `valid.générerFonctionRègle`, which
// calls @constl/utils-ipa's `validerCatégorieVal` (categories, dates, GeoJSON through
// geojson-validation, CIDs through multiformats); nothing here re-implements a check.
// What ipa only does inside a live client (suivreRègles and suivreValidDonnées in tableaux.js:
// the rules of each column's variable with the implicit `catégorie` rule, the column of each
// variable, the values of another table's column) is reproduced in `tableRules` below, line by
// line, and used only for constellation-tables.tsv.
//
// Values go through DAG-JSON (@ipld/dag-json) both ways, so ipa sees exactly what a decoded
// OrbitDB entry holds: integers beyond 2^53 as BigInt, links as CID, bytes as Uint8Array, and a
// "__proto__" key as the object's prototype. Each row is checked alone, so one row on which ipa
// throws does not hide the others. Dates are read in UTC (TZ is set before the first one).
// Deterministic: fixed cases and a seeded generator (prng.mjs).
// Run: node interop/vectors/constellation-rules.mjs  (writes into org.constl.core.tests)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as dagJson from '@ipld/dag-json'
import { valid } from '@constl/ipa'
import { CID } from 'multiformats/cid'
import { base32 } from 'multiformats/bases/base32'
import { base36 } from 'multiformats/bases/base36'
import { base58btc } from 'multiformats/bases/base58'
import { sha256 } from 'multiformats/hashes/sha2'
import { identity } from 'multiformats/hashes/identity'
import { seededContent } from './prng.mjs'

process.env.TZ = 'UTC'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.core.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })

// A value given as DAG-JSON text: for a "__proto__" key, which only decoding turns into a prototype.
class Raw {
  constructor (text) { this.text = text }
}
const raw = (text) => new Raw(text)
const toJson = (value) => value instanceof Raw ? value.text : new TextDecoder().decode(dagJson.encode(value))
const fromJson = (text) => dagJson.decode(new TextEncoder().encode(text))
// What a decoded entry holds for this value.
const decoded = (value) => fromJson(toJson(value))
// The cells of a row holding this value in column c (none when undefined).
const cellsJson = (value) => value === undefined ? '{}' : `{"c":${toJson(value)}}`

const write = (name, header, rows) => {
  for (const row of rows) {
    for (const field of row) {
      if (/[\t\n\r]/.test(String(field))) throw new Error(`${name}: field with tab or newline: ${field}`)
    }
  }
  const lines = [...header.map((h) => '# ' + h), ...rows.map((r) => r.join('\t'))]
  writeFileSync(join(out, name), lines.join('\n') + '\n')
  console.log(`${name}: ${rows.length} vectors`)
}

// A xorshift stream of small integers, for the generated strings.
const picker = (seed, length) => {
  const bytes = seededContent(length, seed)
  let i = 0
  return (n) => {
    if (i >= bytes.length) throw new Error('picker exhausted')
    return bytes[i++] % n
  }
}

// ---- ipa's rule function on one row ---------------------------------------------------------

const RULE_ID = 'règle-1'
const columnRule = (règle, colonne = 'c', source = { type: 'tableau', id: 'tableau-1' }, id = RULE_ID) =>
  ({ règle: { id, règle }, source, colonne })
// A table's own rules, as ajouterRègleTableau stores them: under their id.
const tableRulesOf = (rules) => Object.fromEntries(Object.entries(rules).map(([id, [règle, colonne]]) =>
  [id, columnRule(règle, colonne, { type: 'tableau', id: 'tableau-1' }, id)]))

/** 'rejected' when ipa cannot even build the check; else per row 'ok', 'fail' or 'throws'. */
const outcomes = (règle, rows, { varsÀColonnes = {}, donnéesCatégorie } = {}) => {
  let check
  try {
    check = valid.générerFonctionRègle({ règle, varsÀColonnes, donnéesCatégorie })
  } catch {
    return 'rejected'
  }
  return Object.fromEntries(rows.map((row) => {
    try {
      return [row.id, check([row]).length ? 'fail' : 'ok']
    } catch {
      return [row.id, 'throws']
    }
  }))
}

// ---- values for the categories --------------------------------------------------------------

const digest = (seed, length = 64) => sha256.digest(seededContent(length, seed))
const cids = []
for (let i = 0; i < 4; i++) {
  const hash = await digest(0x5eed0100 + i)
  cids.push(CID.createV1([0x71, 0x55, 0x70, 0x0129][i], hash))
}
const v0 = CID.createV0(await digest(0x5eed0200))
const identityCid = CID.createV1(0x55, identity.digest(new Uint8Array([1, 2, 3])))
const cidTexts = [
  v0.toString(), cids[0].toString(), cids[1].toString(base58btc), cids[2].toString(base36),
  cids[3].toString(), identityCid.toString(), identityCid.toString(base58btc)
]
// CIDs from hand-made bytes: what multiformats 13.3.6 accepts beyond the canonical forms.
const rawCid = (bytes) => base32.encode(new Uint8Array(bytes))
const hash32 = [...seededContent(32, 0x5eed0300)]
cidTexts.push(
  rawCid([0x01, 0x71, 0x12, 0x20, ...hash32]), // canonical
  rawCid([0x01, 0xf1, 0x00, 0x12, 0x20, ...hash32]), // codec varint not minimal
  rawCid([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x12, 0x20, ...hash32]), // huge codec
  rawCid([0x81, 0x00, 0x71, 0x12, 0x20, ...hash32]), // version varint not minimal
  rawCid([0x00, 0x70, 0x12, 0x20, ...hash32]), // version 0 spelled out
  rawCid([0x00, 0x71, 0x12, 0x20, ...hash32]),
  rawCid([0x02, 0x71, 0x12, 0x20, ...hash32]),
  rawCid([0x12, 0x20, ...hash32]), // a bare multihash (CIDv0 bytes) with a multibase prefix
  rawCid([0x01, 0x71, 0x12, 0x21, ...hash32]), // digest shorter than announced
  rawCid([0x01, 0x71, 0x12, 0x1f, ...hash32]), // bytes after the digest
  rawCid([0x01, 0x71, 0x12, 0x00]), // empty digest
  rawCid([0x01, 0x71, 0x12]), // truncated
  rawCid([0x01]),
  rawCid([]),
  rawCid([0x01, 0x71, 0x12, 0x80]), // varint running off the end
  base58btc.encode(new Uint8Array([0x12, 0x20, ...hash32])), // CIDv0 bytes with the z prefix
  base58btc.encode(new Uint8Array([0x01, 0x71, 0x12, 0x20, ...hash32])).slice(1), // v1 bytes, no prefix
  'Q' + v0.toString().slice(2), 'Qm', 'Q', 'z', 'b', 'k', '',
  cids[0].toString().toUpperCase(), 'B' + cids[0].toString().slice(1),
  cids[0].toString() + '=', cids[0].toString() + '===', cids[0].toString() + 'a',
  cids[0].toString().slice(0, -1), v0.toString() + '1', v0.toString().slice(0, -1),
  ' ' + v0.toString(), v0.toString() + ' ', 'z ' + cids[0].toString(base58btc).slice(1),
  'z1' + cids[0].toString(base58btc).slice(1), 'z11' + cids[0].toString(base58btc).slice(1),
  'k0' + cids[2].toString(base36).slice(1), 'zé' + cids[0].toString(base58btc).slice(1),
  'z' + cids[0].toString(base58btc).slice(1, 20) + 'ĳ' + cids[0].toString(base58btc).slice(20),
  'z' + cids[0].toString(base58btc).slice(1, 20) + '0' + cids[0].toString(base58btc).slice(20),
  v0.toString().slice(0, 10) + 'ğ' + v0.toString().slice(10), 'hello', '123'
)
// Single-character changes of valid CIDs, each base.
{
  const pick = picker(0x5eed0400, 4096)
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567QmzkAB0189'
  for (let i = 0; i < 200; i++) {
    const text = cidTexts[pick(7)]
    const at = pick(text.length)
    const op = pick(3)
    const c = alphabet[pick(alphabet.length)]
    cidTexts.push(op === 0
      ? text.slice(0, at) + c + text.slice(at + 1)
      : op === 1 ? text.slice(0, at) + c + text.slice(at) : text.slice(0, at) + text.slice(at + 1))
  }
}

const dateStrings = [
  '2020-01-01', '2020-01-01T10:00', '2020-01-01T10:00:00Z', '2020-01-01T10:00:00.123+05:30',
  '2020-01-01T10:00:00.1234567-0130', '2020-01-01T10:00:00+24:00', '2020-01-01T10:00:00+23:59',
  '2020-01-01T10:00:60', '2020-01-01T10:60', '2020-01-01T24:00', '2020-01-01T24:00:00.000',
  '2020-01-01T24:00:01', '2020-01-01T24:01', '2020-01-01T25:00', '2020-01-01T1:00', '2020-01-01T',
  '2020-01-01t10:00', '2020-01-01 10:00', '2020-01-01T10:00Z ', '2020-01-01T10:00:00.Z',
  '2020-13-01', '2020-00-10', '2020-01-32', '2020-01-00', '2020-02-31', '2020-1-1', '2020/01/01',
  '2020-01', '2020', '02020', '+002020-01-01', '-002020-01-01', '-000000-01-01', '+000000-01-01',
  '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z', '-271821-04-20T00:00:00.000Z',
  '-271821-04-19T23:59:59.999Z', '275760-09-13', '275760-09-14', '1', '12', '13', '31', '32',
  '49', '50', '99', '100', '1000', '999999999', '0', '00', '1.5', '1.5.2020', '12:00', '12:00:00',
  '1 12:00', 'Jan 2020', 'January 1, 2020', 'Janvier 1 2020', 'Ja 1 2020', 'Tue Mar 01 2022',
  'Tuesday, 1 March 2022 10:00 PM', 'Sat, 01 Jan 2000 00:00:00 GMT', 'Sat, 01 Jan 2000 00:00:00 GMT+0200',
  '1/1/2020 GMT+1193046:', '1/1/2020 GMT+1193047:', '1/1/2020 GMT+596523:', '1/1/2020 GMT+596524:',
  '1/1/2020 UTC-5', '1/1/2020 EST', '1/1/2020 PDT 10:00', 'Jan 1 2020 10:00 PM', 'Jan 1 2020 12:00 AM',
  'Jan 1 2020 13:00 PM', 'pm 1/1/2020 5:00', '1/1/2020 5:00 pm', '5:00:01.5 1/1/2020',
  '5:00:01. 1/1/2020', '5::1/1/2020', '5:: 1/1/2020', '1/1/2020 10:00:00.123456789',
  '(comment) 2020-01-01', '2020 (comment', '2020 (a(b)c) 1 1', 'x 1', 'x1', 'foo 1 bar',
  'hello', '', ' ', '  2020-01-01  ', '\u00a02020', '2020\u00002x', '\u30002020', '2020\u3000',
  'T10:00', '2020-01-01T10:00:00.000Z)', '2020-01-01T10:00:00.000Z+', '1 2 3', '1 2 3 4', '2020 13',
  '13 2020', '1-2-3', '1/2/3', '2020-1', 'May 5', '5 May', '5 May 99', 'May 5 1999 GMT-0800',
  'May 5 1999 GMT-08', 'May 5 1999 GMT-8', 'May 5 1999 GMT-12345', 'May 5 1999 z', 'May 5 1999 Z',
  '1999 May 5 T', 'Mayo 5 1999', 'dec 25', 'DEC 25 2020', 'z 2020', 'am', '2020-01-01T10:00:00.000000000000001Z',
  '0000000000001 1 2020', '2020-06-15T12:00+01', '2020-06-15T12:00+0100x', '10:00 -0500 1/1/2020',
  '1/1/2020 10:00 -0500', '1/1/2020 10:00 +05:30', '1/1/2020 10:00 +5', '1/1/2020 -', '-1/1/2020',
  '1/1/2020 10:00 UT', '1/1/2020 10:00 UTC+', '1/1/2020 10:00)', ')1/1/2020', '+1/1/2020',
  '\ufeff2020', '\u16802020', '\u180e2020', '\u200b2020', '1\u00a02\u00a02020', '1 \u2028 2 2020', '\u20282020',
  'xé1', 'xé 1', '\u0085 2020', 'À2020', '0000000001 1 2020', '000000000000000000012 1 2020', '00012020 1 1',
  '1 1 0000000002020', '1234567891 1 2020', '2020-01-01T10:00:00.0000000001Z', '0002020-01-01', '0000'
]
{
  // Token soup, to reach the corners of V8's date parser.
  const tokens = ['2020', '1', '12', '31', '99', '275760', '0012', '-', '+', ':', '.', '/', ',', ' ',
    ' ', 'T', 'Z', 'z', 'GMT', 'UTC', 'EST', 'am', 'PM', 'Jan', 'feb', 'march', 'xyz', '(', ')', '05', '24',
    '60', '123', '1234', '12345', 't', '\t', '::', '\u00a0', '0000', 'é', '\u2028']
  const pick = picker(0x5eed0500, 32768)
  for (let i = 0; i < 2500; i++) {
    let text = ''
    const n = 1 + pick(8)
    for (let j = 0; j < n; j++) text += tokens[pick(tokens.length)]
    dateStrings.push(text)
  }
}

const point = { type: 'Point', coordinates: [1, 2] }
const ring = [[0, 0], [1, 0], [1, 1], [0, 0]]
const geoJsons = [
  point, { type: 'Point', coordinates: [1, 2, 3] }, { type: 'Point', coordinates: [1] },
  { type: 'Point', coordinates: [1, '2'] }, { type: 'Point', coordinates: 5 }, { type: 'Point' },
  { coordinates: [1, 2] }, { type: 'point', coordinates: [1, 2] }, { type: 'Point', coordinates: [1.5, -2e10] },
  { type: 'Point', coordinates: [1, 2], bbox: [0, 0, 1, 1] }, { type: 'Point', coordinates: [1, 2], bbox: [0, 0, 1] },
  { type: 'Point', coordinates: [1, 2], bbox: 'x' }, { type: 'Point', coordinates: [1, 2 ** 60] },
  { type: 'Point', coordinates: [1, null] }, { type: 'Point', coordinates: [1, [2]] },
  { type: 'Point', coordinates: [1, { toString: 1 }] }, { type: 'Point', coordinates: [1, { valueOf: 1 }] },
  { type: 'Point', coordinates: [1, [{ toString: 1 }]] },
  { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }, { type: 'MultiPoint', coordinates: [] },
  { type: 'MultiPoint', coordinates: [[1, 2], [3]] }, { type: 'MultiPoint', coordinates: {} },
  { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, { type: 'LineString', coordinates: [[1, 2]] },
  { type: 'LineString', coordinates: [[1, 2], 'x'] },
  { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]]] }, { type: 'MultiLineString', coordinates: [[[1, 2]]] },
  { type: 'MultiLineString', coordinates: [] },
  { type: 'Polygon', coordinates: [ring] }, { type: 'Polygon', coordinates: [] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, { type: 'Polygon', coordinates: [[]] },
  { type: 'Polygon', coordinates: [[null, [0, 0]]] }, { type: 'Polygon', coordinates: [['a', [0, 0], [1, 1], 'a']] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0.0]]] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], '0,0']] },
  { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], { toString: 1 }]] },
  { type: 'Polygon', coordinates: [[{}, [1, 0], [1, 1], {}]] },
  { type: 'Polygon', coordinates: [[[1e21, 1e-7], [1, 0], [1, 1], [1e21, 1e-7]]] },
  { type: 'Polygon', coordinates: 'x' }, { type: 'Polygon', coordinates: ['x'] },
  { type: 'MultiPolygon', coordinates: [[ring], [ring]] }, { type: 'MultiPolygon', coordinates: [[[[0, 0]]]] },
  { type: 'MultiPolygon', coordinates: [ring] },
  { type: 'GeometryCollection', geometries: [point, { type: 'LineString', coordinates: [[1, 2], [3, 4]] }] },
  { type: 'GeometryCollection', geometries: [] }, { type: 'GeometryCollection', geometries: [{ type: 'Feature' }] },
  { type: 'GeometryCollection', geometries: [5] }, { type: 'GeometryCollection', geometries: {} },
  { type: 'GeometryCollection' },
  { type: 'Feature', properties: {}, geometry: point }, { type: 'Feature', properties: null, geometry: null },
  { type: 'Feature', geometry: point }, { type: 'Feature', properties: {} },
  { type: 'Feature', properties: {}, geometry: { type: 'Point' } },
  { type: 'Feature', properties: {}, geometry: { type: 'Feature', properties: {}, geometry: null } },
  { type: 'Feature', properties: {}, geometry: [] }, { type: 'Feature', properties: {}, geometry: 'Point' },
  { type: 'Feature', properties: {}, geometry: point, bbox: [1, 2] },
  { type: 'FeatureCollection', features: [] },
  { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: point }] },
  { type: 'FeatureCollection', features: [point] }, { type: 'FeatureCollection', features: 'x' },
  { type: 'FeatureCollection' }, { type: 'FeatureCollection', features: [], bbox: [1] },
  { type: 'Unknown' }, { type: 5 }, { type: null }, { type: ['Point'], coordinates: [1, 2] },
  { type: ['Feature'], properties: {}, geometry: null }, { type: { toString: 1 } }, {}, [],
  'Point', 5, true, null, new Uint8Array([1, 2]), cids[0],
  { type: 'toString' }, { type: 'toLocaleString' }, { type: 'valueOf' }, { type: 'constructor' },
  { type: 'hasOwnProperty' }, { type: 'isPrototypeOf' }, { type: 'propertyIsEnumerable' },
  { type: '__lookupGetter__' }, { type: '__lookupSetter__' }, { type: '__defineGetter__' },
  { type: '__defineSetter__' }, { type: '__proto__' }, { type: ['toString'] },
  { type: 'hasOwnProperty', toString: 1 },
  ...['toString', 'valueOf', 'constructor', 'hasOwnProperty', 'isPrototypeOf', '__lookupGetter__', '__proto__']
    .map((type) => ({ type: 'Feature', properties: {}, geometry: { type } })),
  { type: 'Feature', properties: {}, geometry: { type: 'constructor', length: 1 } },
  { type: 'Feature', properties: {}, geometry: { type: 'constructor', length: 0 } },
  { type: 'Feature', properties: {}, geometry: { type: 'propertyIsEnumerable', toString: 'x' } },
  raw('{"__proto__":{"type":"Point","coordinates":[1,2]}}'),
  raw('{"__proto__":{"type":"Point"},"coordinates":[1,2]}'),
  raw('{"__proto__":null,"type":"Point","coordinates":[1,2]}'),
  raw('{"__proto__":5,"type":"Point","coordinates":[1,2]}')
]

const fileName = (ext) => `${cids[0]}/fichier.${ext}`
const fileValues = [
  ...['webp', 'svg', 'png', 'jpg', 'jpeg', 'jfif', 'pjpeg', 'pjp', 'gif', 'avif', 'apng', 'mp4', 'mp3', 'ogg',
    'm4a', 'pdf', 'PNG', 'MP4', 'tar.gz'].map(fileName),
  `${cids[0]}/fichier`, `${cids[0]}/.png`, `${cids[0]}/fichier.`, `${cids[0]}/`, `${cids[0]}`,
  `${cids[0]}/a/b.png`, `${cids[0]}/a.png/b`, `${v0}/photo.jpg`, `/photo.jpg`, `pas-un-cid/photo.jpg`,
  `${cids[0]}/photo.jpg `, ...cidTexts.map((text) => `${text}/x.png`), 5, null, true, [fileName('png')],
  cids[0]
]

const orbitAddresses = [
  `/orbitdb/${cids[0].toString(base58btc)}`, `/orbitdb/${v0}`, `/orbitdb/${cids[0]}`,
  `/orbitdb/${cids[2].toString(base36)}`, `\\orbitdb\\${cids[0].toString(base58btc)}`,
  `/orbitdb/${cids[0].toString(base58btc)}/`, `/orbitdb/${cids[0].toString(base58btc)}/nom`,
  `/orbitdb/${cids[0].toString(base58btc)}/orbitdb/`, `/orbitdb/z/${cids[0].toString(base58btc).slice(1)}`,
  `/orbitdb${cids[0].toString(base58btc)}`, `orbitdb/${cids[0].toString(base58btc)}`,
  `/orbitdb//${cids[0].toString(base58btc)}`, `/ORBITDB/${cids[0].toString(base58btc)}`,
  `\\orbitdb/${cids[0].toString(base58btc)}`, `/orbitdb/`, '/orbitdb', 'bonjour', '',
  ...cidTexts.map((text) => `/orbitdb/${text}`), 5, null, cids[0]
]

const numbers = [0, -1, 1.5, -0.25, 1e300, 2 ** 53 - 1, 2n ** 53n, -(2n ** 63n), 8.64e15, 8.64e15 + 1,
  -8.64e15, -8.64e15 - 1, 1e16, 1577836800000, 0.5]
const others = ['5', '', 'texte', true, false, null, [], [1, 2], {}, { a: 1 }, new Uint8Array([1, 2]),
  new Uint8Array([]), cids[0]]

const categoryValues = {
  numérique: [...numbers, ...others],
  horoDatage: [...numbers, ...others, ...dateStrings,
    ...['dateJS', 'grégorien', 'autre', 'DateJS'].flatMap((système) => [
      { système, val: '2020-01-01' }, { système, val: 'hier' }, { système, val: 1577836800000 }]),
    { système: 'dateJS' }, { val: '2020-01-01' }, { système: 5, val: '2020-01-01' },
    { système: 'dateJS', val: '2020-01-01', autre: 1 }, { système: 'dateJS', val: '1 12:00' },
    raw('{"__proto__":{"système":"dateJS"},"val":"2020-01-01"}'), [{ système: 'dateJS', val: '2020' }]],
  intervaleTemps: [[0, 1], [1577836800000, '2020-02-01'], ['2020-01-01', 'hier'], [0], [0, 1, 2], [],
    [{ système: 'dateJS', val: '2020' }, 5], [null, 1], [true, 1], [2n ** 60n, 1], [[0], 1], [8.64e15, -8.64e15],
    [8.64e15 + 1, 0], '2020-01-01', 5, null, {}],
  chaîne: [...orbitAddresses, ...others],
  chaîneNonTraductible: ['', 'texte', 'é', '/orbitdb/x', ...numbers.slice(0, 3), ...others],
  booléen: [true, false, 'true', 0, 1, null, [], {}, [true]],
  géojson: geoJsons,
  vidéo: fileValues,
  audio: fileValues,
  image: fileValues,
  fichier: fileValues
}

{
  const rows = []
  const add = (catégorie, type, value) => {
    const données = fromJson(cellsJson(value))
    const result = outcomes(columnRule({ typeRègle: 'catégorie', détails: { catégorie: { type, catégorie } } }),
      [{ id: 'l', données }])
    if (result === 'rejected') throw new Error('category rule rejected')
    rows.push([catégorie, type, toJson(value), { ok: 'valid', fail: 'invalid', throws: 'throws' }[result.l]])
  }
  for (const [catégorie, values] of Object.entries(categoryValues)) {
    for (const value of values) add(catégorie, 'simple', value)
    // Lists: no value, all valid, one invalid, the bare value, nested.
    const plain = values.filter((v) => !(v instanceof Raw))
    const valids = plain.filter((v) => {
      const r = outcomes(columnRule({ typeRègle: 'catégorie', détails: { catégorie: { type: 'simple', catégorie } } }),
        [{ id: 'l', données: fromJson(cellsJson(v)) }])
      return r.l === 'ok'
    })
    const invalid = plain.find((v) => !valids.includes(v))
    const lists = [[], valids.slice(0, 3), [...valids.slice(0, 2), invalid], [valids[0]], [[valids[0]]], valids[0]]
    for (const list of lists) add(catégorie, 'liste', list)
  }
  write('constellation-categories.tsv', [
    'ipa 1.6.16: a `catégorie` rule ({type, catégorie}) on one cell; value as DAG-JSON.',
    'outcome: valid | invalid | throws (ipa\'s check throws on this value)',
    'category\tshape\tvalue\toutcome'
  ], rows)
}

// ---- one rule over rows -----------------------------------------------------------------------

// Rows as DAG-JSON text: [{"données": {...}, "id": "r1"}, ...].
const rowsJson = (cells) => '[' + cells.map((c, i) => `{"données":${c},"id":"r${i + 1}"}`).join(',') + ']'
const rows = (...values) => rowsJson(values.map(cellsJson))
const withBound = (pairs) => rowsJson(pairs.map(([c, b]) =>
  '{' + [['b', b], ['c', c]].filter(([, v]) => v !== undefined).map(([k, v]) => `"${k}":${toJson(v)}`).join(',') + '}'))
const bornes = (type, val, op) => ({ typeRègle: 'bornes', détails: { type, val, op } })
const fixedBoundValues = rows(499, 500, 501, 500.5, -1, null, undefined, true, '600', '500', 'abc', '',
  [400, 450], [400, 600], [], [[600]], ['450', 450], {}, { toString: 1 }, { valueOf: 1 }, 2n ** 60n,
  -(2n ** 60n), new Uint8Array([7]), cids[0], [null], [{ toString: 1 }], '0x1f4', ' 500 ', '5e2', 'Infinity', '-Infinity')

const scenarios = []
const scenario = (name, règle, rowList, context = {}) => scenarios.push({ name, règle, rows: rowList, context })

scenario('existe', columnRule({ typeRègle: 'existe', détails: {} }), rows(1, null, undefined, '', [], false, {}))
scenario('existe, another column', columnRule({ typeRègle: 'existe', détails: {} }, 'autre'), rows(1, undefined))
scenario('catégorie numérique', columnRule({ typeRègle: 'catégorie', détails: { catégorie: { type: 'simple', catégorie: 'numérique' } } }),
  rows(1, 'a', undefined, null, [1]))
scenario('catégorie liste de booléens', columnRule({ typeRègle: 'catégorie', détails: { catégorie: { type: 'liste', catégorie: 'booléen' } } }),
  rows([true], [true, 1], true, undefined, []))
for (const op of ['<', '>', '<=', '>=', '≤', '≥']) {
  scenario(`bornes fixe ${op} 500`, columnRule(bornes('fixe', 500, op)), fixedBoundValues)
}
scenario('bornes fixe ≤ 0.5', columnRule(bornes('fixe', 0.5, '≤')), rows(0.5, 0.4999, '0.5', [0.5, 1]))
scenario('bornes fixe > -2^60 (BigInt)', columnRule(bornes('fixe', -(2n ** 60n), '>')),
  rows(0, -(2n ** 61n), '-1152921504606846977', '-1152921504606846975', 'x', -1e30, 1e30))
scenario('bornes fixe ≥ 2^60 (BigInt)', columnRule(bornes('fixe', 2n ** 60n, '≥')),
  rows(2n ** 60n, 2 ** 60, 2n ** 60n - 1n, '1152921504606846976', ' 0x1000000000000000 ', '1e30', '1.5', ''))
for (const op of ['<', '≥']) {
  scenario(`bornes dynamiqueColonne ${op}`, columnRule(bornes('dynamiqueColonne', 'b', op)), withBound([
    [1, 2], [2, 2], [3, 2], [1, undefined], [undefined, 2], ['10', '9'], ['10', 9], [[1, 3], 2], [[1, 1], 2],
    [1, [2]], [1, [1, 1]], ['a', 'b'], ['b', 'a'], ['B', 'a'], ['é', 'e'], [null, 0], [null, null], [true, 1],
    [1e21, '1e+21'], [[1e21], '1e+21'], [[1.5e-7], '1.5e-7'], [[123.456], '123.456'], [[0.1], '0.1'],
    [2n ** 60n, 2 ** 60], [2n ** 60n, '1152921504606846976'], [2n ** 60n, 'x'], [cids[0], cids[0].toString()],
    [new Uint8Array([1, 2]), '1,2'], [{}, '[object Object]'], [{ toString: 1 }, 1], [1, { toString: 1 }],
    [['a', null, 'b'], 'a,,b'], [[[1, 2], 3], '1,2,3']
  ]))
}
{
  // A one-number list against the number's JS text: equal (both ≤ and ≥ hold) only if the
  // texts match, which checks Number::toString on many doubles.
  const bytes = seededContent(8 * 150, 0x5eed0600)
  const view = new DataView(bytes.buffer)
  const doubles = [5e-324, 1e21, 1e-7, 1.5e-7, 123.456, 0.1, 1 / 3, 2 ** 53, 2 ** 70, 1e300, 1.7976931348623157e308,
    4.9406564584124654e-324, 2.2250738585072014e-308, 123e-20, 1e-6, 999999999999999900000, -0.5]
  for (let i = 0; i < 150; i++) {
    const d = view.getFloat64(i * 8)
    if (Number.isFinite(d)) doubles.push(d)
    doubles.push(view.getUint32(i * 8) / 2 ** (i % 40))
  }
  for (const op of ['≤', '≥']) {
    scenario(`bornes dynamiqueColonne ${op}, texte des nombres`, columnRule(bornes('dynamiqueColonne', 'b', op)),
      withBound(doubles.map((d) => [[d], String(d)])))
  }
}
scenario('bornes dynamiqueColonne vers une colonne absente', columnRule(bornes('dynamiqueColonne', 'absente', '<')),
  rows(1, 1000))
scenario('bornes dynamiqueVariable ≤', columnRule(bornes('dynamiqueVariable', 'variable-b', '≤')),
  withBound([[1, 2], [3, 2], [3, undefined], [[1, 5], 2]]), { varsÀColonnes: { 'variable-b': 'b', 'variable-c': 'c' } })
scenario('bornes dynamiqueVariable, variable absente', columnRule(bornes('dynamiqueVariable', 'variable-x', '≤')),
  withBound([[1, 2], [3, 2]]), { varsÀColonnes: { 'variable-b': 'b' } })
scenario('bornes, opérateur inconnu', columnRule(bornes('fixe', 5, '=')), rows(5, undefined))
scenario('valeurCatégorique fixe', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'fixe', options: ['a', 'b', 1, true, null, 2n ** 60n] } }),
  rows('a', 'c', 1, 1.0, '1', true, 'true', null, undefined, ['a'], 2n ** 60n, 2 ** 60, {}, 0, false, ''))
scenario('valeurCatégorique fixe, objets', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'fixe', options: [[1], {}, cids[0]] } }),
  rows([1], {}, cids[0], 1))
scenario('valeurCatégorique fixe, sans options', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'fixe' } }), rows('a'))
scenario('valeurCatégorique fixe, liste vide', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'fixe', options: [] } }),
  rows('a', undefined))
scenario('valeurCatégorique dynamique', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'dynamique', tableau: 'tableau-2', colonne: 'espèce' } }),
  rows('chêne', 'érable', 'pin', undefined, null, 3, ['chêne']),
  { tableaux: { 'tableau-2': [{ id: 'a', données: { espèce: 'chêne' } }, { id: 'b', données: { espèce: 'érable', autre: 'pin' } },
    { id: 'c', données: {} }, { id: 'd', données: { espèce: 3 } }, { id: 'e', données: { espèce: ['chêne'] } }] } })
scenario('valeurCatégorique dynamique, colonne absente', columnRule({ typeRègle: 'valeurCatégorique', détails: { type: 'dynamique', tableau: 'tableau-2', colonne: 'absente' } }),
  rows('chêne', undefined), { tableaux: { 'tableau-2': [{ id: 'a', données: { espèce: 'chêne' } }] } })
scenario('type de règle inconnu', columnRule({ typeRègle: 'inconnue', détails: {} }), rows(1))
scenario('règle d\'une variable', columnRule({ typeRègle: 'existe', détails: {} }, 'c', { type: 'variable', id: 'variable-1' }), rows(1, undefined))
scenario('cellules héritées par __proto__', columnRule(bornes('fixe', 10, '<')),
  rowsJson(['{"__proto__":{"c":50}}', '{"__proto__":{"c":5},"c":50}', '{"__proto__":{"b":50}}', '{"__proto__":null}']))

{
  const lines = scenarios.map(({ name, règle, rows: rowList, context }) => {
    const rowsSeen = fromJson(rowList)
    const règleSeen = decoded(règle)
    const { varsÀColonnes = {}, tableaux = {} } = context
    const détails = règleSeen.règle.règle.détails
    // As suivreValidDonnées: the other table's column, one value per row (undefined where empty).
    const donnéesCatégorie = détails.type === 'dynamique' && tableaux[détails.tableau]
      ? decoded(tableaux[détails.tableau]).map((d) => d.données[détails.colonne])
      : undefined
    const result = outcomes(règleSeen, rowsSeen, { varsÀColonnes, donnéesCatégorie })
    return [name, toJson(règle), toJson(context), rowList, JSON.stringify(result)]
  })
  write('constellation-rules.tsv', [
    'ipa 1.6.16: valid.générerFonctionRègle({règle, varsÀColonnes, donnéesCatégorie}) on each row alone.',
    'rule: règleColonne as ipa stores it; context: {varsÀColonnes?, tableaux?: {idTableau: rows}}; rows: [{id, données}]',
    'expected: "rejected" (ipa cannot build the check) or {rowId: ok | fail | throws}; all DAG-JSON',
    'name\trule\tcontext\trows\texpected'
  ], lines)
}

// ---- whole tables: ipa's assembly of the rules -------------------------------------------------

// ipa gives each implied rule a random id; here the variable's id follows this prefix.
const IMPLICIT = '*catégorie*'
/** suivreRègles + suivreValidDonnées, reproduced: which rule checks which column, with what. */
function tableRules ({ colonnes, variables, règles }) {
  const fromTable = Object.values(règles)
  // suivreDeFonctionListe keys the branches by variable: the last column of a variable wins.
  const columnOfVariable = Object.fromEntries(colonnes.filter((c) => !!c.variable).map((c) => [c.variable, c]))
  const fromVariables = Object.entries(columnOfVariable).flatMap(([idVariable, colonne]) => {
    const variable = variables[idVariable]
    if (!variable) return []
    const { catégorie } = variable
    const implicit = catégorie && catégorie.catégorie && catégorie.type
      ? { [IMPLICIT + idVariable]: { typeRègle: 'catégorie', détails: { catégorie } } }
      : {}
    return Object.entries(Object.assign({}, implicit, variable.règles ?? {})).map(([id, règle]) =>
      ({ règle: { id, règle }, source: { type: 'variable', id: idVariable }, colonne: colonne.id }))
  })
  // The validation keys the rules by id: the last rule with an id wins.
  return Object.values(Object.fromEntries([...fromTable, ...fromVariables].map((r) => [r.règle.id, r])))
}

const tables = []
const table = (name, input) => tables.push({ name, input })
const category = (catégorie, type = 'simple') => ({ type, catégorie })
table('variables et règles du tableau', {
  colonnes: [{ id: 'pluie', variable: 'v-pluie' }, { id: 'date', variable: 'v-date', index: true },
    { id: 'site', variable: 'v-site', index: true }, { id: 'note' }],
  variables: {
    'v-pluie': { catégorie: category('numérique'), règles: { 'min-pluie': bornes('fixe', 0, '≥'), 'max-pluie': bornes('fixe', 500, '≤') } },
    'v-date': { catégorie: category('horoDatage'), règles: { 'date-existe': { typeRègle: 'existe', détails: {} } } },
    'v-site': { catégorie: category('chaîneNonTraductible'), règles: {} }
  },
  règles: tableRulesOf({
    'site-connu': [{ typeRègle: 'valeurCatégorique', détails: { type: 'fixe', options: ['S1', 'S2'] } }, 'site'],
    'note-existe': [{ typeRègle: 'existe', détails: {} }, 'note']
  }),
  données: [
    { id: 'a', données: { pluie: 12.5, date: '2024-05-01', site: 'S1', note: 'ok' } },
    { id: 'b', données: { pluie: 612, date: '2024-05-02', site: 'S3' } },
    { id: 'c', données: { pluie: -1, site: 'S2', note: '' } },
    { id: 'd', données: { pluie: 'beaucoup', date: 'hier', site: 5, note: null } },
    { id: 'e', données: {} }
  ]
})
table('une variable dans deux colonnes', {
  colonnes: [{ id: 'min', variable: 'v-t' }, { id: 'max', variable: 'v-t' }, { id: 'moy', variable: 'v-moy' }],
  variables: {
    'v-t': { catégorie: category('numérique'), règles: { 'borne-t': bornes('fixe', 40, '<') } },
    'v-moy': { catégorie: category('numérique'), règles: { 'moy-max': bornes('dynamiqueVariable', 'v-t', '≤'), 'moy-min': bornes('dynamiqueColonne', 'min', '≥') } }
  },
  règles: {},
  données: [
    { id: 'a', données: { min: 50, max: 'x', moy: 10 } },
    { id: 'b', données: { min: 'x', max: 50, moy: 60 } },
    { id: 'c', données: { min: 5, max: 15, moy: 20 } }
  ]
})
table('règles de même identifiant (variables copiées)', {
  colonnes: [{ id: 'a', variable: 'v-a' }, { id: 'b', variable: 'v-b' }],
  variables: {
    'v-a': { catégorie: category('numérique'), règles: { 'même-id': bornes('fixe', 10, '<') } },
    'v-b': { catégorie: category('numérique'), règles: { 'même-id': bornes('fixe', 10, '<') } }
  },
  règles: {},
  données: [{ id: 'x', données: { a: 50, b: 50 } }, { id: 'y', données: { a: 5, b: 5 } }]
})
table('listes, variable sans catégorie, variable inconnue', {
  colonnes: [{ id: 'photos', variable: 'v-photos' }, { id: 'libre', variable: 'v-libre' }, { id: 'perdue', variable: 'v-perdue' }],
  variables: {
    'v-photos': { catégorie: category('image', 'liste'), règles: { 'photos-existe': { typeRègle: 'existe', détails: {} } } },
    'v-libre': { règles: { 'libre-existe': { typeRègle: 'existe', détails: {} } } }
  },
  règles: tableRulesOf({ 'perdue-max': [bornes('fixe', 1, '<'), 'perdue'] }),
  données: [
    { id: 'a', données: { photos: [fileName('png'), fileName('gif')], libre: 1, perdue: 0 } },
    { id: 'b', données: { photos: [fileName('png'), fileName('pdf')], perdue: 3 } },
    { id: 'c', données: { photos: fileName('png'), libre: null } }
  ]
})
table('valeurs d\'un autre tableau', {
  colonnes: [{ id: 'espèce', variable: 'v-espèce' }],
  variables: { 'v-espèce': { catégorie: category('chaîneNonTraductible'), règles: {} } },
  règles: tableRulesOf({
    'espèce-connue': [{ typeRègle: 'valeurCatégorique', détails: { type: 'dynamique', tableau: 'espèces', colonne: 'nom' } }, 'espèce']
  }),
  tableaux: { espèces: [{ id: 'p', données: { nom: 'pin' } }, { id: 'q', données: { nom: 'sapin' } }] },
  données: [{ id: 'a', données: { espèce: 'pin' } }, { id: 'b', données: { espèce: 'chêne' } }, { id: 'c', données: {} }]
})

{
  const lines = tables.map(({ name, input }) => {
    const seen = decoded(input)
    const varsÀColonnes = seen.colonnes.reduce((o, c) => (c.variable ? { ...o, [c.variable]: c.id } : { ...o }), {})
    const findings = []
    for (const règle of tableRules(seen)) {
      const détails = règle.règle.règle.détails
      const donnéesCatégorie = détails.type === 'dynamique'
        ? seen.tableaux[détails.tableau].map((d) => d.données[détails.colonne])
        : undefined
      const result = outcomes(règle, seen.données, { varsÀColonnes, donnéesCatégorie })
      if (result === 'rejected') throw new Error(`${name}: rule rejected`)
      for (const [id, outcome] of Object.entries(result)) {
        if (outcome !== 'ok') {
          const ruleId = règle.règle.id.startsWith(IMPLICIT) ? IMPLICIT : règle.règle.id
          findings.push([id, règle.colonne, ruleId, règle.règle.règle.typeRègle, règle.source.type, outcome])
        }
      }
    }
    findings.sort((a, b) => a.join('\u0000') < b.join('\u0000') ? -1 : 1)
    return [name, toJson(input), toJson(findings)]
  })
  write('constellation-tables.tsv', [
    'ipa 1.6.16: the rules of a table (its own and its variables\', with the implicit `catégorie` rule',
    `written ${IMPLICIT}) checked over its rows, as suivreValidDonnées assembles them (reproduced here).`,
    'input: {colonnes: [{id, variable?, index?}], variables: {id: {catégorie?, règles}}, règles: {id: règleColonne},',
    '        données: [{id, données}], tableaux?: {id: rows}}',
    'findings: sorted [rowId, colonne, ruleId, typeRègle, source type, fail | throws]',
    'name\tinput\tfindings'
  ], lines)
}
