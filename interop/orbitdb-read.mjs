// Reads a database folder (README.md) with @orbitdb/core 2.5: its blocks go into a memory
// blockstore (each checked against its CID), the database is opened by address (manifest, then
// access controller), its heads are joined as a peer's heads are (Entry.decode, log.joinEntry),
// so OrbitDB verifies every entry, and db.all() is printed as DAG-JSON. Exit code 1, with
// OrbitDB's reason on stderr, when anything is refused. No network.
// Run: node interop/orbitdb-read.mjs DIR
import { joinHeads, loadFolder, offlineOrbitDB, openDatabase, sharedBlocks, stateJson } from './orbitdb-offline.mjs'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node orbitdb-read.mjs DIR')
  process.exit(2)
}

try {
  const blocks = sharedBlocks()
  const { description, heads } = await loadFolder(blocks, dir)
  const reader = await offlineOrbitDB(blocks, 'reader')
  const db = await openDatabase(reader, description.address)
  if (db.type !== description.type || db.name !== description.name) {
    throw new Error(`database.json says ${description.type} '${description.name}', the manifest ${db.type} '${db.name}'`)
  }
  await joinHeads(db, heads)
  const joined = (await db.log.heads()).map((e) => e.hash).sort()
  if (JSON.stringify(joined) !== JSON.stringify([...description.heads].sort())) {
    throw new Error(`heads after joining ${joined} are not database.json's ${description.heads}`)
  }
  process.stdout.write(await stateJson(db) + '\n')
  await reader.stop()
  // OrbitDB leaves 30 s block-storage timeouts armed; they would keep node alive.
  process.exit(0)
} catch (e) {
  console.error(`orbitdb-read: ${dir}: ${e.message}`)
  process.exit(1)
}
