// Golden vectors for dag-pb and UnixFS, written by the JS reference (@helia/unixfs 4, @ipld/dag-pb 4,
// ipfs-unixfs 11) for the Java tests of bundle org.constl.ipld. Deterministic: re-running it rewrites
// the same files. Run from /work/main/interop: `node vectors/unixfs.mjs`.
//
// Output (tab-separated text, `#` comments) in bundles/org.constl.ipld.tests/resources/:
//   unixfs/import.txt      name, options, size, seed, chunkSize, maxChildren, root CID, block count
//   unixfs/blocks.txt      name, CID, block hex: every block of the small imports
//   unixfs/dag-pb.txt      name, Data hex or '-', links, encoded hex   (links: hash,nameHex,tsize;...)
//   unixfs/dag-pb-decode.txt  name, input hex, 'ok' + re-encoded hex | 'error' + JS message
//   unixfs/unixfs-data.txt name, type, data hex, blocksizes, mode, mtime, encoded hex
//   corpus/dag-pb/*.bin    seed corpus for the Java decoder fuzz test, listed in corpus/dag-pb/index.txt
import { mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unixfs } from '@helia/unixfs'
import * as dagPb from '@ipld/dag-pb'
import { MemoryBlockstore } from 'blockstore-core'
import { UnixFS } from 'ipfs-unixfs'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { seededContent } from './prng.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const resources = join(here, '../../bundles/org.constl.ipld.tests/resources')
const MiB = 1048576

const hex = (bytes) => Buffer.from(bytes).toString('hex')
const fromHex = (text) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'))

/** Remembers every block put, in first-put order, keyed by CID text. */
class RecordingBlockstore extends MemoryBlockstore {
  blocks = new Map()
  put (cid, bytes, options) {
    if (!this.blocks.has(cid.toString())) {
      this.blocks.set(cid.toString(), bytes)
    }
    return super.put(cid, bytes, options)
  }
}

// name, size, seed, options: null means @helia/unixfs defaults (1 MiB chunks, 1024 children)
const imports = [
  ['empty', 0, 1, null],
  ['one-byte', 1, 2, null],
  ['chunk-minus-one', MiB - 1, 3, null],
  ['one-chunk', MiB, 4, null],
  ['chunk-plus-one', MiB + 1, 5, null],
  ['several-chunks', 3 * MiB + 4321, 6, null],
  ['five-mb', 5000000, 7, null],
  ['hundred-mb', 100000000, 15, null],
  // a second tree level needs more than 1024 leaves (over 1 GiB with default chunks):
  // the same layout with small chunks shows it
  ['level2-fanout-1024', 1100 * 256 + 17, 8, { chunkSize: 256, maxChildren: 1024 }],
  ['level2-fanout-174', 180 * 1024 + 5, 9, { chunkSize: 1024, maxChildren: 174 }],
  ['level3-full-fanout-4', 16 * 64, 10, { chunkSize: 64, maxChildren: 4 }],
  ['level3-fanout-4', 17 * 64 + 3, 11, { chunkSize: 64, maxChildren: 4 }],
  ['level4-fanout-3', 70 * 32 + 1, 12, { chunkSize: 32, maxChildren: 3 }],
  ['small-three-leaves', 600, 13, { chunkSize: 256, maxChildren: 1024 }],
  ['two-leaves-fanout-2', 100, 14, { chunkSize: 64, maxChildren: 2 }]
]
const BLOCKS_FOR_IMPORTS_UNDER = 10000

async function importVectors (corpus) {
  const importLines = ['# name\toptions\tsize\tseed\tchunkSize\tmaxChildren\trootCid\tblockCount']
  const blockLines = ['# name\tcid\tblockHex (every block of the small imports, in the order JS wrote them)']
  for (const [name, size, seed, custom] of imports) {
    const content = seededContent(size, seed)
    const blockstore = new RecordingBlockstore()
    const fs = unixfs({ blockstore })
    const options = custom == null
      ? {}
      : { chunker: fixedSize({ chunkSize: custom.chunkSize }), layout: balanced({ maxChildrenPerNode: custom.maxChildren }) }
    const cid = await fs.addBytes(content, options)
    // @constl/ipa calls addFile with a path; it must give the same CID as addBytes
    const viaFile = await unixfs({ blockstore: new MemoryBlockstore() })
      .addFile({ path: `${name}.bin`, content }, options)
    if (!viaFile.equals(cid)) {
      throw new Error(`addFile and addBytes differ for ${name}`)
    }
    const chunkSize = custom?.chunkSize ?? MiB
    const maxChildren = custom?.maxChildren ?? 1024
    importLines.push([name, custom == null ? 'default' : 'custom', size, seed, chunkSize, maxChildren,
      cid.toString(), blockstore.blocks.size].join('\t'))
    if (size < BLOCKS_FOR_IMPORTS_UNDER) {
      for (const [cidText, bytes] of blockstore.blocks) {
        blockLines.push([name, cidText, hex(bytes)].join('\t'))
        if (CID.parse(cidText).code === dagPb.code) {
          corpus.set(`import-${name}-${cidText.slice(-8)}`, bytes)
        }
      }
    }
  }
  return { importLines, blockLines }
}

async function rawCid (text) {
  return CID.createV1(raw.code, await sha256.digest(new TextEncoder().encode(text)))
}

async function pbCid (text) {
  return CID.createV0(await sha256.digest(new TextEncoder().encode(text)))
}

async function encodeVectors (corpus) {
  const cidA = await pbCid('a')
  const cidB = await rawCid('b')
  const cidC = CID.createV1(dagPb.code, await sha256.digest(new TextEncoder().encode('c')))
  const nodes = [
    ['empty', { Links: [] }],
    ['data-empty', { Data: new Uint8Array(0), Links: [] }],
    ['data-only', { Data: new TextEncoder().encode('hello dag-pb'), Links: [] }],
    ['link-hash-only-v0', { Links: [{ Hash: cidA }] }],
    ['link-empty-name-zero-size', { Links: [{ Hash: cidB, Name: '', Tsize: 0 }] }],
    ['link-unicode-name', { Links: [{ Hash: cidC, Name: 'fichier-é-日本.txt', Tsize: 300 }] }],
    ['links-and-data', {
      Data: fromHex('0801'),
      Links: [
        { Hash: cidA, Name: 'a', Tsize: 1 },
        { Hash: cidB, Name: 'b', Tsize: 127 },
        { Hash: cidC, Name: 'c', Tsize: 128 }
      ]
    }],
    ['large-tsize', { Links: [{ Hash: cidB, Name: '', Tsize: 2 ** 40 + 5 }], Data: fromHex('08021880808080808020') }],
    ['max-safe-tsize', { Links: [{ Hash: cidB, Tsize: Number.MAX_SAFE_INTEGER }] }]
  ]
  const lines = ['# name\tdataHex|-\tlinks (hashCid,nameHex|-,tsize|-;...)\tencodedHex']
  for (const [name, node] of nodes) {
    const bytes = dagPb.encode(node)
    const links = node.Links.map((l) => [
      l.Hash.toString(),
      l.Name === undefined ? '-' : hex(new TextEncoder().encode(l.Name)),
      l.Tsize === undefined ? '-' : String(l.Tsize)
    ].join(',')).join(';')
    lines.push([name, node.Data === undefined ? '-' : hex(node.Data), links, hex(bytes)].join('\t'))
    corpus.set(`encode-${name}`, bytes)
  }
  return lines
}

// Inputs the JS decoder accepts or refuses; the Java decoder must agree on each.
function decodeCases (cidBytes) {
  const link = (body) => '12' + (body.length / 2).toString(16).padStart(2, '0') + body
  const hashField = '0a' + (cidBytes.length).toString(16).padStart(2, '0') + hex(cidBytes)
  return [
    ['empty-input', ''],
    ['data-first-then-links', '0a0101' + link(hashField)],
    ['links-then-data', link(hashField) + '0a0101'],
    ['links-data-links', link(hashField) + '0a0101' + link(hashField)],
    ['duplicate-data', '0a01010a0101'],
    ['node-wire-type-varint', '0801'],
    ['node-unknown-field', '1a00'],
    ['node-field-zero', '0200'],
    ['data-length-past-end', '0a05010203'],
    ['data-length-non-minimal', '0a8000'],
    ['truncated-key', '8a'],
    ['varint-eleven-bytes', '0affffffffffffffffffff01'],
    ['link-empty', link('')],
    ['link-name-without-hash', link('1200')],
    ['link-name-before-hash', link('1200' + hashField)],
    ['link-tsize-before-hash', link('1800' + hashField)],
    ['link-tsize-before-name', link(hashField + '18001200')],
    ['link-duplicate-hash', link(hashField + hashField)],
    ['link-duplicate-name', link(hashField + '12001200')],
    ['link-duplicate-tsize', link(hashField + '18001800')],
    ['link-hash-wire-type', link('0800')],
    ['link-name-wire-type', link(hashField + '1000')],
    ['link-tsize-wire-type', link(hashField + '1a00')],
    ['link-unknown-field', link(hashField + '2000')],
    ['link-hash-not-a-cid', link('0a03010203')],
    ['link-hash-truncated-cid', link('0a' + (cidBytes.length - 1).toString(16).padStart(2, '0') + hex(cidBytes.subarray(0, cidBytes.length - 1)))],
    ['link-hash-empty', link('0a00')],
    ['link-body-past-end', '1210' + hashField.slice(0, 10)],
    ['link-tsize-non-minimal', link(hashField + '188100')],
    ['link-name-utf8', link(hashField + '1203e697a5' + '1805')],
    ['fixed64-field', '09' + '00'.repeat(8)]
  ]
}

async function decodeVectors (corpus) {
  const cid = await rawCid('decode')
  const lines = ['# name\tinputHex\tok + re-encoded hex | error + JS message']
  for (const [name, input] of decodeCases(cid.bytes)) {
    const bytes = fromHex(input)
    let outcome
    try {
      outcome = ['ok', hex(dagPb.encode(dagPb.decode(bytes)))]
    } catch (err) {
      outcome = ['error', err.message.replace(/\s+/g, ' ')]
    }
    lines.push([name, input, ...outcome].join('\t'))
    corpus.set(`decode-${name}`, bytes)
  }
  return lines
}

function unixfsDataVectors (corpus) {
  const cases = [
    ['file-empty', { type: 'file' }],
    ['file-with-data', { type: 'file', data: fromHex('68656c6c6f') }],
    ['file-blocksizes', { type: 'file', blockSizes: [262144n, 262144n, 5n] }],
    ['file-mode-755', { type: 'file', mode: 0o755, blockSizes: [1n] }],
    ['file-mode-default-dropped', { type: 'file', mode: 0o644 }],
    ['file-mtime', { type: 'file', mtime: { secs: 1700000000n, nsecs: 123 } }],
    ['file-mtime-secs-only', { type: 'file', mtime: { secs: 5n } }],
    ['raw-with-data', { type: 'raw', data: fromHex('00ff') }],
    ['directory', { type: 'directory' }],
    ['directory-mode-700', { type: 'directory', mode: 0o700 }],
    ['symlink', { type: 'symlink', data: new TextEncoder().encode('target') }],
    ['hamt-shard', { type: 'hamt-sharded-directory', fanout: 256n, hashType: 0x22n }]
  ]
  const lines = ['# name\ttype\tdataHex|-\tblocksizes (comma-separated)\tmode|-\tmtime secs:nsecs|secs|-\tfanout|-\thashType|-\tencodedHex']
  for (const [name, options] of cases) {
    const bytes = new UnixFS(options).marshal()
    lines.push([
      name,
      options.type,
      options.data == null ? '-' : hex(options.data),
      (options.blockSizes ?? []).join(','),
      options.mode == null ? '-' : options.mode.toString(8),
      options.mtime == null ? '-' : (options.mtime.nsecs == null ? `${options.mtime.secs}` : `${options.mtime.secs}:${options.mtime.nsecs}`),
      options.fanout == null ? '-' : String(options.fanout),
      options.hashType == null ? '-' : String(options.hashType),
      hex(bytes)
    ].join('\t'))
    corpus.set(`unixfs-${name}`, dagPb.encode({ Data: bytes, Links: [] }))
  }
  return lines
}

function write (relative, lines) {
  const path = join(resources, relative)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, lines.join('\n') + '\n')
}

const header = (what) => [`# ${what}`, '# generated by interop/vectors/unixfs.mjs from @helia/unixfs 4, @ipld/dag-pb 4, ipfs-unixfs 11; do not edit']
const corpus = new Map()
const { importLines, blockLines } = await importVectors(corpus)
write('unixfs/import.txt', [...header('UnixFS imports of seeded content (see prng.mjs)'), ...importLines])
write('unixfs/blocks.txt', [...header('every block of the small imports'), ...blockLines])
write('unixfs/dag-pb.txt', [...header('dag-pb encodings'), ...(await encodeVectors(corpus))])
write('unixfs/dag-pb-decode.txt', [...header('dag-pb decoder verdicts'), ...(await decodeVectors(corpus))])
write('unixfs/unixfs-data.txt', [...header('UnixFS Data protobuf encodings'), ...unixfsDataVectors(corpus)])

const corpusDir = join(resources, 'corpus/dag-pb')
rmSync(corpusDir, { recursive: true, force: true })
mkdirSync(corpusDir, { recursive: true })
const corpusNames = [...corpus.keys()].sort()
for (const name of corpusNames) {
  writeFileSync(join(corpusDir, `${name}.bin`), corpus.get(name))
}
// resources cannot be listed from inside a bundle: the Java test reads this index
writeFileSync(join(corpusDir, 'index.txt'), corpusNames.map((name) => `${name}.bin`).join('\n') + '\n')
console.log(`wrote ${importLines.length - 1} imports, ${blockLines.length - 1} blocks, ${corpus.size} corpus files`)
