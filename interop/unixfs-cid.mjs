// Prints the CID @helia/unixfs 4 gives a file with its defaults (as @constl/ipa's addFile does),
// for the Java live cross-check. Usage: node unixfs-cid.mjs FILE [CHUNK_SIZE MAX_CHILDREN]
// The optional pair replaces the default chunker and balanced layout settings.
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { unixfs } from '@helia/unixfs'
import { MemoryBlockstore } from 'blockstore-core'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'

const [file, chunkSize, maxChildren] = process.argv.slice(2)
if (file == null || (chunkSize == null) !== (maxChildren == null)) {
  console.error('usage: node unixfs-cid.mjs FILE [CHUNK_SIZE MAX_CHILDREN]')
  process.exit(2)
}
const options = chunkSize == null
  ? {}
  : {
      chunker: fixedSize({ chunkSize: Number(chunkSize) }),
      layout: balanced({ maxChildrenPerNode: Number(maxChildren) })
    }
const cid = await unixfs({ blockstore: new MemoryBlockstore() })
  .addFile({ path: basename(file), content: createReadStream(file) }, options)
console.log(cid.toString())
