package org.constl.orbitdb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.constl.ipld.Cid;
import org.constl.orbitdb.internal.Hashes;
import org.constl.storage.BlockStore;

/**
 * A Java node standing for one node of {@code constellation-access.mjs}: the databases it opened,
 * each a log under the controller its manifest names, opened on first use as the database layer
 * opens them; an account's writers are read from the account's root database on this node.
 */
final class ConstellationReplica {

    private final LogWriter writer;
    private final BlockStore blocks;
    private final Map<String, Log> logs = new HashMap<>();
    private final Map<String, AccessController> controllers = new HashMap<>();

    ConstellationReplica(LogWriter writer, BlockStore blocks) {
        this.writer = writer;
        this.blocks = blocks;
    }

    /** The log of the database at this address, opened with its controller. */
    Log log(String address) {
        Log log = logs.get(address);
        if (log == null) {
            log = new Log(address, controllerOf(address), blocks, writer);
            logs.put(address, log);
        }
        return log;
    }

    /** The controller of the database at this address. */
    AccessController controllerOf(String database) {
        return controller(manifest(database).accessController());
    }

    private AccessController controller(String address) {
        AccessController controller = controllers.get(address);
        if (controller != null) {
            return controller;
        }
        if (ConstellationControllerManifest.isAddress(address)) {
            ConstellationControllerManifest manifest = ConstellationControllerManifest.open(address, blocks);
            String accessSet = manifest.accessSet().toString();
            controller = new ConstellationController(manifest, log(accessSet),
                    (AccessSetController) controllerOf(accessSet), this::writersOf);
        } else {
            controller = new AccessSetController(AccessSetControllerManifest.open(address, blocks), blocks, this::writersOf);
        }
        controllers.put(address, controller);
        return controller;
    }

    private List<String> writersOf(OrbitDbAddress account) {
        return controllerOf(account.toString()) instanceof ConstellationController root ? root.accountWriters() : List.of();
    }

    private Manifest manifest(String database) {
        Cid cid = OrbitDbAddress.parse(database).cid();
        return Manifest.decode(Hashes.fetch(blocks, Hashes.of(cid), 1 << 20)
                .orElseThrow(() -> new IllegalStateException("no manifest for " + database)));
    }
}
