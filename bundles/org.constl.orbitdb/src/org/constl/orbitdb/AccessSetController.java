package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.orbitdb.EntryRefusedException.Reason;
import org.constl.orbitdb.internal.AccessSetRule;
import org.constl.orbitdb.internal.EntryWriters;
import org.constl.orbitdb.internal.Hashes;

/**
 * {@code contrôleur-accès-constellation} ({@code @constl/ipa} {@code accès/cntrlMod.ts}), the
 * controller of a Constellation access set database: it takes only {@code ADD} operations of
 * {@code {rôle, id}} with a known role, written by a moderator, that is the manifest's
 * {@code write} or someone a valid MODÉRATEUR grant in the entry's history names. Ids that are
 * OrbitDB addresses are accounts, standing for their writers ({@link AccountWriters}).
 *
 * <p>Unlike ipa, which keeps every moderator its checks ever met, a decision here depends on the
 * entry's history only, and only on verified entries: every replica decides alike, whatever the
 * order entries reach it in, and an unsigned entry makes nobody a moderator.
 */
public final class AccessSetController implements AccessController {

    private final AccessSetControllerManifest manifest;
    private final BlockSource blocks;
    private final AccountWriters accounts;

    /**
     * @param blocks where the history of an entry being joined is read from: the same blocks
     *     the log fetches it from, since the log asks before it adds that history
     */
    public AccessSetController(AccessSetControllerManifest manifest, BlockSource blocks, AccountWriters accounts) {
        this.manifest = manifest;
        this.blocks = blocks;
        this.accounts = accounts;
    }

    public AccessSetControllerManifest manifest() {
        return manifest;
    }

    @Override
    public String type() {
        return AccessSetControllerManifest.TYPE;
    }

    /** {@code /contrôleur-accès-constellation/<hash>}. */
    @Override
    public String address() {
        return manifest.address();
    }

    @Override
    public void authorize(Entry entry, OrbitDbIdentity writer) {
        AccessSetRule rule = new AccessSetRule(manifest.write(), accounts, this::fetch, new EntryWriters(entry.id(), blocks)::of);
        rule.evaluate(entry, writer).refusal().ifPresent(why -> {
            throw new EntryRefusedException(Reason.NOT_ALLOWED, entry.hash(),
                    type() + " " + address() + " refuses the entry of identity " + writer.id() + ": " + why);
        });
    }

    /**
     * The grants of the valid entries of an access set database (the typed set ipa reads: those
     * whose {@code id} is a string), oldest first, each once. {@code logId} is the database's
     * address; entries of another log are not valid.
     */
    public List<AccessGrant> grants(Oplog accessSet, String logId) {
        AccessSetRule rule = new AccessSetRule(manifest.write(), accounts, accessSet::get, new EntryWriters(logId, blocks)::of);
        Set<AccessGrant> grants = new LinkedHashSet<>();
        for (Entry entry : accessSet.values()) {
            if (rule.evaluate(entry).valid()) {
                AccessGrant.fromPayload(entry.payload()).ifPresent(grants::add);
            }
        }
        return new ArrayList<>(grants);
    }

    private Optional<Entry> fetch(String hash) {
        try {
            return Hashes.fetch(blocks, hash, Entry.MAX_BYTES).map(Entry::decode);
        } catch (OrbitDbException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AccessSetController[" + address() + ", write " + manifest.write() + "]";
    }
}
