package org.constl.orbitdb;

import java.util.List;

/**
 * A kind of access controller that an {@link OrbitDb} can create for new databases and open for
 * the databases whose manifest names it ({@code /ipfs/...}, {@code /contrôleur-constellation/...}).
 */
public interface AccessControllerType {

    /** The type, the first segment of the controller address. */
    String type();

    /** Opens the controller at {@code address}; its manifest must be readable from the store. */
    AccessController open(OrbitDb orbitdb, String address);

    /**
     * Creates the controller of a new database named {@code name}, letting {@code write} write,
     * and stores (and pins) its manifest.
     */
    AccessController create(OrbitDb orbitdb, String name, List<String> write);
}
