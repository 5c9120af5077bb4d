// Live cross-check for org.constl.identity: reads JSON lines on stdin, each a Java-made object,
// and prints one tab-separated line per input saying whether the JS stack accepts it.
//   {"kind":"signature","publicKey":<protobuf hex>,"message":<hex>,"signature":<hex>}
//       -> true|false            (@libp2p/crypto publicKey.verify)
//   {"kind":"orbitdb-signature","publicKey":<raw hex>,"message":<hex>,"signature":<hex>}
//       -> true|false            (@orbitdb/core Identities.verify)
//   {"kind":"identity","bytes":<identity block hex>}
//       -> true|false <hash>     (decodeIdentity + Identities.verifyIdentity)
//   {"kind":"peerid","text":<peer id text>}
//       -> ok <multihash hex> <base58> <cid base32> | invalid
// A line that throws prints "error <message>". Loopback only: nothing here touches the network.
import { createInterface } from 'node:readline'
import { publicKeyFromProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromString } from '@libp2p/peer-id'
import { Identities, KeyStore, MemoryStorage } from '@orbitdb/core'
import { decodeIdentity } from '@orbitdb/core/src/identities/identity.js'

const bytes = (hex) => Uint8Array.from(Buffer.from(hex, 'hex'))
const hex = (data) => Buffer.from(data).toString('hex')

const identities = await Identities({ keystore: await KeyStore({ storage: await MemoryStorage() }) })

const check = async (request) => {
  switch (request.kind) {
    case 'signature': {
      const key = publicKeyFromProtobuf(bytes(request.publicKey))
      try {
        return String(await key.verify(bytes(request.message), bytes(request.signature)) === true)
      } catch {
        return 'false'
      }
    }
    case 'orbitdb-signature':
      return String(await identities.verify(request.signature, request.publicKey, bytes(request.message)))
    case 'identity': {
      const identity = await decodeIdentity(bytes(request.bytes))
      return `${await identities.verifyIdentity(identity)}\t${identity.hash}`
    }
    case 'peerid':
      try {
        const peerId = peerIdFromString(request.text)
        return `ok\t${hex(peerId.toMultihash().bytes)}\t${peerId.toString()}\t${peerId.toCID().toString()}`
      } catch {
        return 'invalid'
      }
    default:
      throw new Error('unknown kind ' + request.kind)
  }
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim() === '') continue
  try {
    console.log(await check(JSON.parse(line)))
  } catch (err) {
    console.log('error\t' + String(err.message ?? err).replace(/\s+/g, ' '))
  }
}
