package org.constl.orbitdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.constl.ipld.Block;
import org.constl.storage.StoreException;

/**
 * How an {@link OrbitDb} creates and opens Constellation's two controllers
 * ({@code ipa/src/accès}): the access set's own controller, and the main controller, which
 * keeps its grants in a {@code set} database named like the controller. A database created with
 * {@code write} = an existing main controller's address shares that controller, as ipa's
 * sub-databases do.
 */
final class ConstellationAccessTypes {

    private ConstellationAccessTypes() {
    }

    static List<AccessControllerType> all() {
        return List.of(new AccessSet(), new Main());
    }

    /** {@code contrôleur-accès-constellation}. */
    private static final class AccessSet implements AccessControllerType {
        @Override
        public String type() {
            return AccessSetControllerManifest.TYPE;
        }

        @Override
        public AccessController open(OrbitDb orbitdb, String address) {
            return new AccessSetController(AccessSetControllerManifest.open(address, orbitdb.blocks()), orbitdb.blocks(),
                    orbitdb::accountWriters);
        }

        @Override
        public AccessController create(OrbitDb orbitdb, String name, List<String> write) {
            AccessSetControllerManifest manifest = AccessSetControllerManifest.create(single(write));
            put(orbitdb, manifest.block());
            return new AccessSetController(manifest, orbitdb.blocks(), orbitdb::accountWriters);
        }
    }

    /** {@code contrôleur-constellation}. */
    private static final class Main implements AccessControllerType {
        @Override
        public String type() {
            return ConstellationControllerManifest.TYPE;
        }

        @Override
        public AccessController open(OrbitDb orbitdb, String address) {
            ConstellationControllerManifest manifest = ConstellationControllerManifest.open(address, orbitdb.blocks());
            Database accessSet = openSet(orbitdb, manifest.accessSet());
            return new ConstellationController(manifest, accessSet, (AccessSetController) accessSet.accessController(),
                    orbitdb::accountWriters);
        }

        @Override
        public AccessController create(OrbitDb orbitdb, String name, List<String> write) {
            String writer = single(write);
            if (ConstellationControllerManifest.isAddress(writer)) {
                return open(orbitdb, writer);
            }
            try {
                Database accessSet = orbitdb.create(name, SetDb.TYPE, AccessSetControllerManifest.TYPE, List.of(writer),
                        Optional.empty());
                ConstellationControllerManifest manifest = ConstellationControllerManifest.create(writer, name,
                        accessSet.address());
                put(orbitdb, manifest.block());
                return new ConstellationController(manifest, accessSet, (AccessSetController) accessSet.accessController(),
                        orbitdb::accountWriters);
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Database openSet(OrbitDb orbitdb, OrbitDbAddress address) {
            try {
                return orbitdb.open(address);
            } catch (StoreException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** ipa's controllers take one writer: an identity id or an account (database) address. */
    private static String single(List<String> write) {
        if (write.size() != 1) {
            throw new OrbitDbException("a Constellation access controller takes exactly one writer, got " + write);
        }
        return write.get(0);
    }

    private static void put(OrbitDb orbitdb, Block block) {
        try {
            orbitdb.blocks().put(block.cid(), block.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
