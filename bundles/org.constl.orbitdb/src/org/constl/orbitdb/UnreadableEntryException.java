package org.constl.orbitdb;

/**
 * A database state that cannot be read because of one of its entries: the JS code of the
 * database type throws on it (a null payload, an integer beyond 2^53 − 1 in a set element, a key
 * or position with no string form, an ordered-keyvalue PUT whose value is null), so JS peers
 * cannot read the state either; or the entry relies on JS behaviour this implementation does not
 * reproduce (an object whose {@code __proto__} key is a list, bytes or a link).
 */
public class UnreadableEntryException extends OrbitDbException {

    private static final long serialVersionUID = 1L;

    private final String hash;

    public UnreadableEntryException(String hash, String message) {
        super("entry " + hash + " cannot be read as JS reads it: " + message);
        this.hash = hash;
    }

    /** The hash of the entry. */
    public String hash() {
        return hash;
    }
}
