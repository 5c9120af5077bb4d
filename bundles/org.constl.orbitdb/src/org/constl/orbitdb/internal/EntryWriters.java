package org.constl.orbitdb.internal;

import java.util.Optional;

import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.AccessController;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.EntryRefusedException;

/**
 * The writer of an entry when the entry would pass a log's own checks ({@link EntryVerifier}:
 * log id, identity block, identity signatures, key, entry signature). Access controllers that
 * read entries a log has not verified yet (ancestors of an entry being joined) trust only these.
 */
public final class EntryWriters {

    private final String logId;
    private final BlockSource blocks;

    public EntryWriters(String logId, BlockSource blocks) {
        this.logId = logId;
        this.blocks = blocks;
    }

    /** The entry's verified writer, or empty when any check fails. */
    public Optional<OrbitDbIdentity> of(Entry entry) {
        Recorder recorder = new Recorder();
        try {
            new EntryVerifier(logId, recorder, blocks).verify(entry);
        } catch (EntryRefusedException e) {
            return Optional.empty();
        }
        return Optional.of(recorder.writer);
    }

    /** Lets everyone write and keeps the identity the verifier resolved. */
    private static final class Recorder implements AccessController {

        private OrbitDbIdentity writer;

        @Override
        public String type() {
            return "entry-writers";
        }

        @Override
        public String address() {
            return "";
        }

        @Override
        public void authorize(Entry entry, OrbitDbIdentity identity) {
            writer = identity;
        }
    }
}
