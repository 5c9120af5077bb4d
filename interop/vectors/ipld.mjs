// Golden vectors for org.constl.ipld, produced by the JS reference itself: multiformats
// (varint, multibase, multihash, CID), @multiformats/multiaddr and @ipld/dag-cbor 9.
// Deterministic: all random content comes from seededContent (prng.mjs) with fixed seeds.
// Run: node interop/vectors/ipld.mjs  (writes into bundles/org.constl.ipld.tests/resources/vectors)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as dagCbor from '@ipld/dag-cbor'
import { multiaddr } from '@multiformats/multiaddr'
import { CID, varint } from 'multiformats'
import { base16 } from 'multiformats/bases/base16'
import { base32 } from 'multiformats/bases/base32'
import { base36 } from 'multiformats/bases/base36'
import { base58btc } from 'multiformats/bases/base58'
import { base64, base64pad, base64url, base64urlpad } from 'multiformats/bases/base64'
import * as Digest from 'multiformats/hashes/digest'
import { identity } from 'multiformats/hashes/identity'
import { sha256 } from 'multiformats/hashes/sha2'
import { seededContent } from './prng.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'bundles', 'org.constl.ipld.tests', 'resources', 'vectors')
mkdirSync(out, { recursive: true })

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const unhex = (text) => new Uint8Array(Buffer.from(text, 'hex'))

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

// ---- varint -------------------------------------------------------------------------------
{
  const values = [0n, 1n, 127n, 128n, 255n, 256n, 300n, 16383n, 16384n, 0x1fffffn, 0x200000n,
    0xfffffffn, 0x10000000n, 0xffffffffn, 0x100000000n, 2n ** 53n - 1n, 2n ** 56n - 1n, 2n ** 56n,
    2n ** 63n - 1n]
  const random = seededContent(8 * 40, 0x5eed0001)
  for (let i = 0; i < 40; i++) {
    const bits = BigInt(1 + (i * 7) % 63)
    const raw = new DataView(random.buffer).getBigUint64(i * 8)
    values.push(raw % (2n ** bits))
  }
  const rows = values.map((v) => {
    // multiformats' varint (a Number API) is exact up to 2^53; above that the encoding is
    // computed here with the same LEB128 rule and checked against it where it can be.
    const bytes = []
    let x = v
    do {
      let b = Number(x & 0x7fn)
      x >>= 7n
      if (x > 0n) b |= 0x80
      bytes.push(b)
    } while (x > 0n)
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) {
      const js = varint.encodeTo(Number(v), new Uint8Array(varint.encodingLength(Number(v))))
      if (hex(js) !== hex(bytes)) throw new Error(`varint mismatch for ${v}`)
      const [decoded, length] = varint.decode(js)
      if (BigInt(decoded) !== v || length !== js.length) throw new Error(`varint decode mismatch for ${v}`)
    }
    return [v.toString(), hex(bytes)]
  })
  write('varint.txt', ['value (decimal)\tencoding (hex), minimal unsigned LEB128'], rows)
}

// ---- multibase ----------------------------------------------------------------------------
{
  const bases = { base58btc, base32, base16, base36, base64, base64url, base64pad, base64urlpad }
  const rows = []
  const lengths = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 31, 32, 33, 34, 36, 38, 64, 100]
  lengths.forEach((length, i) => {
    const data = seededContent(length, 0x5eed0100 + i)
    // Leading zero bytes matter for base58btc and base36.
    if (i % 3 === 1 && length > 2) { data[0] = 0; data[1] = 0 }
    for (const [name, base] of Object.entries(bases)) {
      const text = base.encode(data)
      if (hex(base.decode(text)) !== hex(data)) throw new Error(`multibase round trip ${name}`)
      rows.push([name, hex(data), text])
    }
  })
  for (const [name, base] of Object.entries(bases)) {
    rows.push([name, '000000', base.encode(new Uint8Array(3))])
  }
  write('multibase.txt', ['base name\tbytes (hex)\tmultibase text (with prefix)'], rows)
}

// ---- CID ----------------------------------------------------------------------------------
{
  const rows = []
  const codecs = [0x71, 0x55, 0x70, 0x72, 0x0129]
  for (let i = 0; i < 12; i++) {
    const data = seededContent(i * 37, 0x5eed0200 + i)
    const digest = await sha256.digest(data)
    const cids = [CID.createV1(codecs[i % codecs.length], digest)]
    if (i % 3 === 0) cids.push(CID.createV0(digest))
    if (i % 4 === 1) cids.push(CID.createV1(0x72, identity.digest(data.subarray(0, 36))))
    for (const cid of cids) {
      const viaSha = cid.multihash.code === 0x12
      const v1 = cid.version === 1
      rows.push([
        hex(cid.bytes), cid.version, cid.code, hex(cid.multihash.bytes),
        viaSha ? hex(data) : '-', cid.toString(),
        v1 ? cid.toString(base58btc) : '-', v1 ? cid.toString(base36) : '-'
      ])
      if (!CID.parse(cid.toString()).equals(cid)) throw new Error('cid parse')
    }
  }
  write('cid.txt', [
    'cid (hex)\tversion\tcodec\tmultihash (hex)\tblock data whose sha2-256 it is (hex, - if identity)' +
    '\tdefault text (v0 base58btc, v1 base32)\tbase58btc text (v1)\tbase36 text (v1)'], rows)
}

// ---- multiaddr ----------------------------------------------------------------------------
{
  const peer = '12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTGY'
  const peerV0 = 'QmcgpsyWgH8Y8ajJz1Cu72KnS5uo2Aa2LpzU7kinSupNKC'
  const peerCid = CID.createV1(0x72, Digest.decode(base58btc.decode('z' + peer))).toString()
  const certhash = base64url.encode((await sha256.digest(seededContent(40, 0x5eed0300))).bytes)
  const certhash58 = base58btc.encode((await sha256.digest(seededContent(40, 0x5eed0301))).bytes)
  const texts = [
    '/ip4/127.0.0.1/tcp/4001', '/ip4/0.0.0.0/tcp/0', '/ip4/255.255.255.255/udp/65535',
    '/ip4/192.168.1.20/udp/4001/quic-v1', '/ip4/10.0.0.1/udp/9090/webrtc-direct/certhash/' + certhash,
    '/ip4/1.2.3.4/udp/4001/quic-v1/webtransport/certhash/' + certhash + '/certhash/' + certhash58,
    '/ip6/::1/tcp/4001', '/ip6/::/tcp/1', '/ip6/2001:db8::1/tcp/4001/ws', '/ip6/fe80::1:2:3:4/udp/1',
    '/ip6/1::/tcp/2', '/ip6/2001:0db8:0000:0000:0001:0000:0000:0001/tcp/3', '/ip6/1:0:1:0:1:0:1:0/tcp/4',
    '/ip6/::ffff:1.2.3.4/tcp/5', '/ip6/1:2:3:4:5:6:7:8/udp/6', '/ip6/ABCD::EF/tcp/7',
    '/dns/example.com/tcp/443/wss', '/dns4/localhost/tcp/8080/ws', '/dns6/ip6.example/udp/53',
    '/dnsaddr/bootstrap.libp2p.io', '/dns4/xn--nxasmq6b.example/tcp/1',
    '/ip4/127.0.0.1/tcp/4001/p2p/' + peer, '/ip4/127.0.0.1/tcp/4001/ipfs/' + peer,
    '/p2p/' + peerV0, '/p2p/' + peerCid,
    '/ip4/127.0.0.1/tcp/4001/p2p/' + peer + '/p2p-circuit/p2p/' + peerV0,
    '/ip4/127.0.0.1/tcp/4001/tls/sni/example.com/ws', '/ip4/127.0.0.1/tcp/4001/noise',
    '/p2p-circuit', '/ip4/127.0.0.1/udp/1234/webrtc', '/ip4/127.0.0.1/udp/1234/quic'
  ]
  const rows = texts.map((text) => {
    const ma = multiaddr(text)
    const canonical = multiaddr(ma.bytes).toString()
    if (hex(multiaddr(canonical).bytes) !== hex(ma.bytes)) throw new Error('multiaddr round trip ' + text)
    return [text, hex(ma.bytes), canonical]
  })
  write('multiaddr.txt', ['text as written\tbinary (hex)\tcanonical text (what JS prints)'], rows)
}

// ---- DAG-CBOR -----------------------------------------------------------------------------

// JSON in the form org.constl.ipld.IpldJson reads: DAG-JSON links and bytes, integers without a
// fraction, and every float that is not a safe integer marked as a float so that it stays one.
function toJson (value) {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(Object.is(value, -0) ? 0 : value)
    const text = String(value)
    return /[.e]/.test(text) ? text : text + '.0'
  }
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof Uint8Array) return `{"/":{"bytes":"${base64.encode(value).slice(1)}"}}`
  const cid = CID.asCID(value)
  if (cid) return `{"/":"${cid.toString()}"}`
  if (Array.isArray(value)) return '[' + value.map(toJson).join(',') + ']'
  return '{' + Object.entries(value).map(([k, v]) => JSON.stringify(k) + ':' + toJson(v)).join(',') + '}'
}

// A seeded random value: every kind, nested a few levels.
function randomValue (next, depth) {
  const kind = next() % (depth > 3 ? 7 : 9)
  switch (kind) {
    case 0: return null
    case 1: return next() % 2 === 0
    case 2: return (next() % 2 ? -1 : 1) * (next() % [24, 256, 65536, 2 ** 31][next() % 4])
    case 3: return (next() - 2 ** 31) / ((next() % 1000) + 1) / 7
    case 4: return String.fromCharCode(...Array.from({ length: next() % 30 }, () => 0x20 + (next() % 0x3000)))
    case 5: return seededContent(next() % 40, (next() | 1) >>> 0)
    case 6: return [BigInt(next()) * 2n ** 32n + BigInt(next()), -(BigInt(next()) * 2n ** 32n) - 1n][next() % 2]
    case 7: return Array.from({ length: next() % 6 }, () => randomValue(next, depth + 1))
    default: {
      const obj = {}
      for (let i = next() % 6; i > 0; i--) obj[String.fromCharCode(0x61 + next() % 26).repeat(1 + next() % 3)] = randomValue(next, depth + 1)
      return obj
    }
  }
}

{
  const link1 = CID.createV1(0x71, await sha256.digest(seededContent(10, 0x5eed0400)))
  const link0 = CID.createV0(await sha256.digest(seededContent(10, 0x5eed0401)))
  let deep = 'bottom'
  for (let i = 0; i < 100; i++) deep = i % 2 ? [deep] : { d: deep }
  const values = {
    null: null, true: true, false: false,
    'int-0': 0, 'int-23': 23, 'int-24': 24, 'int-255': 255, 'int-256': 256, 'int-65535': 65535,
    'int-65536': 65536, 'int-2^32-1': 2 ** 32 - 1, 'int-2^32': 2 ** 32, 'int-max-safe': Number.MAX_SAFE_INTEGER,
    'int-minus-1': -1, 'int-minus-24': -24, 'int-minus-25': -25, 'int-minus-256': -256, 'int-minus-257': -257,
    'int-min-safe': Number.MIN_SAFE_INTEGER, 'bigint-2^53': 2n ** 53n, 'bigint-2^63': 2n ** 63n,
    'bigint-2^64-1': 2n ** 64n - 1n, 'bigint-minus-2^63-1': -(2n ** 63n) - 1n, 'bigint-minus-2^64': -(2n ** 64n),
    'float-1.5': 1.5, 'float-minus-1.5': -1.5, 'float-0.1': 0.1, 'float-1e20': 1e20, 'float-2^53': 2 ** 53,
    'float-1e300': 1e300, 'float-min-subnormal': 5e-324, 'float-minus-0': -0, 'float-max': Number.MAX_VALUE,
    'string-empty': '', 'string-a': 'a', 'string-e-acute': 'é', 'string-emoji': '👩‍🔬 ok',
    'string-23': 'x'.repeat(23), 'string-24': 'x'.repeat(24), 'string-256': 'y'.repeat(256),
    'string-lone-surrogate': 'a\ud800b', 'string-escapes': 'quote " backslash \\ tab \t nl \n nul \u0000',
    'bytes-empty': new Uint8Array(0), 'bytes-1': new Uint8Array([7]), 'bytes-24': seededContent(24, 0x5eed0402),
    'bytes-300': seededContent(300, 0x5eed0403),
    'list-empty': [], 'list-nested': [1, [2, [3, []]], 'x'], 'list-24': Array.from({ length: 24 }, (_, i) => i),
    'map-empty': {}, 'map-order': { b: 1, a: 2, aa: 3, é: 4, z: 5, '': 6, ab: 7, 'a\u0000': 8, zzz: 9 },
    'map-unicode-keys': { 'ж': 1, 'я': 2, 'b': 3, '\u{1F600}': 4, 'ab': 5 },
    'link-v1': link1, 'link-v0': link0, 'links-in-map': { l: link1, list: [link0, link1] },
    'deep-100': deep
  }
  const next = (() => {
    const random = seededContent(4 * 20000, 0x5eed0500)
    const view = new DataView(random.buffer)
    let i = 0
    return () => view.getUint32((i++ % 20000) * 4)
  })()
  for (let i = 0; i < 60; i++) values['random-' + i] = randomValue(next, 0)

  // WIRE.md A14: a real OrbitDB database (manifest, AC manifest, identity, entry).
  const orbit = {
    'orbitdb-manifest': ['zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp', 'a3646e616d656973616d706c652d64626474797065666576656e747370616363657373436f6e74726f6c6c657278372f697066732f7a64707541764a6d503463334b6b694e79577277687557734564383777514179674b35426741323852336466634c454758'],
    'orbitdb-ac-manifest': ['zdpuAvJmP4c3KkiNyWrwhuWsEd87wQAygK5BgA28R3dfcLEGX', 'a264747970656469706673657772697465817842303234653339373133313561633363363264653661336530626230343830326433323733643834336234663936303337616537623065386636623339326264326436'],
    'orbitdb-identity': ['zdpuAteCksLPatUudcfPBo8NAecweJt8CD9yW471Mztc7d5JX', 'a462696478423032346533393731333135616333633632646536613365306262303438303264333237336438343362346639363033376165376230653866366233393262643264366474797065697075626c69636b6579697075626c69634b657978423033396239353363396237323139303531333761376162616465303935646265616132366334303737353738346663303538356133623730383530353338343463626a7369676e617475726573a2626964788e33303435303232313030383839643461303163336563653262393332613035646533373335363639316263646336363733393032353962666637343139396236376564636432633233373032323033663637353230336234356238656632316133376437303266646638306632346561396432376337616662303333363831313335653330346337303362376236697075626c69634b6579788e33303435303232313030656233643239313036346263383032656366643836366462313738666462653933656139333362313633613433656230663365386561646431626634653765363032323034346236303838363133663831356363366233336664653636356138386538356136663765353430393532313033323062326536336563306564616530626137'],
    'orbitdb-entry': ['zdpuAqRkAH7sqa9aQx2dKyNUBk1LdecnZTAmr8xERcGkEh5kL', 'a9617602626964783a2f6f7262697464622f7a64707541735a664550633167656b6845626a4558777a61346963704b6b433942505754725959506a7a59697a5a697370636b6579784230333962393533633962373231393035313337613761626164653039356462656161323663343037373537383466633035383561336237303835303533383434636263736967788c3330343430323230306332386661663037653438323537343437323839336637613037393734316463653064646562616437646631366663346435383534346366623234343331303032323031616433323631353034313863653666336432356236313339663835623965336234396534626263343932643431376338383664366230373464386135653535646e6578748178317a6470754178627651596e35474d336d595a65576b723676767a4a654d70413445434e474a416e55764a684a56784e636b64726566738065636c6f636ba262696478423033396239353363396237323139303531333761376162616465303935646265616132366334303737353738346663303538356133623730383530353338343463626474696d6502677061796c6f6164a3626f7063414444636b6579f66576616c7565aa626964656f62732d31636c6174fb4046c00346dc5d64636c6f6efbc052666809d4951864646174657818323032332d31312d31345432323a31343a32302e3030305a647369746566736974652d3165636f756e740165646268436dfb3ff8000000000000656e6f74657372706c6f7420312c206f627365727665722031676865696768744dfb401470a3d70a3d7067737065636965736f46616775732073796c766174696361686964656e7469747978317a647075417465436b734c506174557564636650426f384e41656377654a743843443979573437314d7a74633764354a58']
  }
  const rows = []
  for (const [name, [hash, blockHex]] of Object.entries(orbit)) {
    const value = dagCbor.decode(unhex(blockHex))
    const bytes = dagCbor.encode(value)
    const cid = CID.createV1(dagCbor.code, await sha256.digest(bytes))
    if (hex(bytes) !== blockHex || cid.toString(base58btc) !== hash) throw new Error(name + ' does not re-encode')
    values[name] = value
  }
  // The part of the entry that is signed: the entry without key, identity and sig (408 bytes).
  const { key, identity: id, sig, ...signed } = values['orbitdb-entry']
  if (dagCbor.encode(signed).length !== 408) throw new Error('signed entry is not 408 bytes')
  values['orbitdb-entry-signed'] = signed

  for (const [name, value] of Object.entries(values)) {
    const bytes = dagCbor.encode(value)
    const cid = CID.createV1(dagCbor.code, await sha256.digest(bytes))
    rows.push([name, toJson(value), hex(bytes), cid.toString(base58btc), toJson(dagCbor.decode(bytes))])
  }
  write('dag-cbor.txt', [
    'name\tvalue as JSON (IpldJson form)\tdag-cbor bytes (hex)\tCIDv1 dag-cbor sha2-256, base58btc' +
    '\tthe decoded bytes as JSON (differs from the value when JS changes it, e.g. lone surrogates)'], rows)

  // Blocks that a strict DAG-CBOR decoder refuses, and whether @ipld/dag-cbor 9 refuses them too.
  const invalid = {
    'truncated-uint16': '19ff', 'empty-input': '', 'trailing-byte': '0000',
    'non-minimal-uint8': '1817', 'non-minimal-uint16': '1900ff', 'non-minimal-uint32': '1a0000ffff',
    'non-minimal-uint64': '1b00000000ffffffff', 'non-minimal-negint': '3817', 'non-minimal-length': '7801' + '61',
    'reserved-info-28': '1c', 'indefinite-array': '9f01ff', 'indefinite-map': 'bf616101ff',
    'indefinite-string': '7f6161ff', 'break-alone': 'ff',
    'undefined': 'f7', 'float16': 'f93c00', 'float32': 'fa3fc00000', 'simple-value': 'f0', 'simple-value-24': 'f820',
    'nan': 'fb7ff8000000000000', 'infinity': 'fb7ff0000000000000', 'minus-infinity': 'fbfff0000000000000',
    'duplicate-key': 'a2616101616102', 'unsorted-keys-bytewise': 'a2616201616101',
    'unsorted-keys-length-first': 'a262616101616202', 'integer-key': 'a10101', 'bytes-key': 'a1416101',
    'other-tag': 'c11a514b67b0', 'tag-42-not-bytes': 'd82a6161', 'tag-42-no-zero-prefix': 'd82a5822' + '1220' + '00'.repeat(32),
    'tag-42-bad-cid': 'd82a4400010203', 'array-too-long': '8501', 'map-too-long': 'a1616101a0',
    'string-longer-than-input': '7a7fffffff61', 'huge-array-header': '9b7fffffffffffffff00',
    'bytes-huge-header': '5bffffffffffffffff00', 'invalid-utf8': '62c328', 'utf8-surrogate': '63eda080',
    'utf8-overlong': '62c0af', 'deep-nesting-300': '81'.repeat(300) + '01'
  }
  const invalidRows = Object.entries(invalid).map(([name, blockHex]) => {
    let jsRefuses = 'js-refuses'
    try { dagCbor.decode(unhex(blockHex)) ; jsRefuses = 'js-accepts' } catch { }
    return [name, blockHex, jsRefuses]
  })
  write('dag-cbor-invalid.txt', [
    'name\tbytes (hex) that the Java decoder must refuse\twhether @ipld/dag-cbor 9 refuses them too',
    'Java is stricter than JS where JS accepts: the spec (ipld/specs dag-cbor Strictness) refuses them'], invalidRows)
}

// ---- fuzz seed corpus ---------------------------------------------------------------------
// resources/corpus/<target>/: one seed per .bin file (raw bytes; text seeds as UTF-8), listed in
// index.txt. Seeds are golden valid inputs plus known-invalid ones, for the Java mutation harness.
{
  const corpusRoot = join(here, '..', '..', 'bundles', 'org.constl.ipld.tests', 'resources', 'corpus')
  const read = (name) => readFileSync(join(out, name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'))
  const utf8 = (text) => new TextEncoder().encode(text)
  const writeCorpus = (target, seeds) => {
    const dir = join(corpusRoot, target)
    mkdirSync(dir, { recursive: true })
    const names = seeds.map(([name, bytes]) => {
      const file = `${name.replace(/[^a-z0-9-]/gi, '_')}.bin`
      writeFileSync(join(dir, file), bytes)
      return file
    })
    writeFileSync(join(dir, 'index.txt'), names.join('\n') + '\n')
    console.log(`corpus/${target}: ${names.length} seeds`)
  }
  writeCorpus('varint', [
    ...read('varint.txt').filter((_, i) => i % 3 === 0).map(([v, h]) => ['v-' + v, unhex(h)]),
    ['non-minimal', unhex('8000')], ['overlong', unhex('ffffffffffffffffff01')], ['truncated', unhex('80')]])
  writeCorpus('multibase', read('multibase.txt').filter((_, i) => i % 4 === 0).map(([b, h, t], i) => [`${i}-${b}`, utf8(t)]))
  writeCorpus('cid', read('cid.txt').flatMap(([h, , , , , text, z], i) => [
    [`${i}-bytes`, unhex(h)], [`${i}-text`, utf8(text)], ...(z === '-' ? [] : [[`${i}-base58`, utf8(z)]])]))
  writeCorpus('multiaddr', read('multiaddr.txt').flatMap(([text, h], i) => [[`${i}-bytes`, unhex(h)], [`${i}-text`, utf8(text)]]))
  writeCorpus('dag-cbor', [
    ...read('dag-cbor.txt').map(([name, , h]) => [name, unhex(h)]),
    ...read('dag-cbor-invalid.txt').map(([name, h]) => ['invalid-' + name, unhex(h)])])
  writeCorpus('ipld-json', read('dag-cbor.txt').filter((_, i) => i % 2 === 0).map(([name, json]) => [name, utf8(json)]))
}
