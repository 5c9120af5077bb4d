package org.constl.orbitdb;

/** A malformed OrbitDB object (manifest, address, access controller) or a misuse of this API. */
public class OrbitDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrbitDbException(String message) {
        super(message);
    }

    public OrbitDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
