package org.constl.identity;

/**
 * The error type of the identity bundle: malformed or unsupported keys, protobufs, peer IDs,
 * signatures encodings and OrbitDB identities, and key files that cannot be read.
 */
public class IdentityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityException(String message) {
        super(message);
    }

    public IdentityException(String message, Throwable cause) {
        super(message, cause);
    }
}
