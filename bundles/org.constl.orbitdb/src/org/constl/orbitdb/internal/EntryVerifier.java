package org.constl.orbitdb.internal;

import java.util.Optional;

import org.constl.identity.IdentityException;
import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.AccessController;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.EntryRefusedException;
import org.constl.orbitdb.OrbitDbException;

/**
 * The checks a log makes on every entry it takes ({@code log.js verifyEntry} and the access
 * controller's {@code canAppend}): log id, writer identity (found by hash, both signatures valid,
 * its signing key is the entry's key), write access, entry signature.
 */
public final class EntryVerifier {

    /** Identities whose signatures hold, by hash; shared, like OrbitDB's verified-identities cache. */
    private static final VerifiedCache<OrbitDbIdentity> IDENTITIES = new VerifiedCache<>(1000);
    /** Entries whose signatures hold, by hash. */
    private static final VerifiedCache<Boolean> SIGNATURES = new VerifiedCache<>(100_000);

    private final String logId;
    private final AccessController access;
    private final BlockSource blocks;

    public EntryVerifier(String logId, AccessController access, BlockSource blocks) {
        this.logId = logId;
        this.access = access;
        this.blocks = blocks;
    }

    /** Throws {@link EntryRefusedException} saying why when the entry may not join the log. */
    public void verify(Entry entry) {
        if (Entry.hasProtoKey(entry.payload())) {
            throw new EntryRefusedException(Reason.BAD_SIGNATURE, entry.hash(), "its payload has a \"" + JsObjects.PROTO
                    + "\" key, which JS peers drop before checking the signature, so they refuse it: so do we");
        }
        authorize(entry);
        if (SIGNATURES.get(entry.hash()) == null) {
            if (!entry.verifySignature()) {
                throw new EntryRefusedException(Reason.BAD_SIGNATURE, entry.hash(), "the signature does not match the entry's key");
            }
            SIGNATURES.put(entry.hash(), Boolean.TRUE);
        }
    }

    /**
     * The checks but the entry signature, for entries this process just signed: log id, writer
     * identity, write access ({@code canAppend} in {@code log.append}).
     */
    public void authorize(Entry entry) {
        if (!entry.id().equals(logId)) {
            throw new EntryRefusedException(Reason.WRONG_LOG, entry.hash(),
                    "the entry's id (" + entry.id() + ") is not the log's id (" + logId + ")");
        }
        OrbitDbIdentity writer = identity(entry);
        if (!writer.publicKey().equals(entry.key())) {
            throw new EntryRefusedException(Reason.KEY_NOT_IDENTITY, entry.hash(),
                    "the entry's key " + entry.key() + " is not the signing key of identity " + entry.identity());
        }
        access.authorize(entry, writer);
    }

    private OrbitDbIdentity identity(Entry entry) {
        OrbitDbIdentity cached = IDENTITIES.get(entry.identity());
        if (cached != null) {
            return cached;
        }
        OrbitDbIdentity identity;
        try {
            Optional<byte[]> bytes = Hashes.fetch(blocks, entry.identity(), OrbitDbIdentity.MAX_BLOCK_LENGTH);
            if (bytes.isEmpty()) {
                throw new EntryRefusedException(Reason.UNKNOWN_IDENTITY, entry.hash(), "identity block " + entry.identity() + " not found");
            }
            identity = OrbitDbIdentity.decode(bytes.get());
        } catch (OrbitDbException | IdentityException e) {
            if (e instanceof EntryRefusedException refused) {
                throw refused;
            }
            throw new EntryRefusedException(Reason.UNKNOWN_IDENTITY, entry.hash(), "identity " + entry.identity() + ": " + e.getMessage());
        }
        if (!identity.verify()) {
            throw new EntryRefusedException(Reason.BAD_IDENTITY, entry.hash(),
                    "the signatures of identity " + entry.identity() + " do not hold");
        }
        IDENTITIES.put(entry.identity(), identity);
        return identity;
    }
}
