package org.constl.orbitdb;

/**
 * An oplog entry that a log will not take, with the reason. Nothing is added to the log when a
 * join or an append fails with this exception.
 */
public class EntryRefusedException extends OrbitDbException {

    private static final long serialVersionUID = 1L;

    /** Why an entry was refused. */
    public enum Reason {
        /** Not a DAG-CBOR entry of version 2 with the fields and types OrbitDB writes. */
        MALFORMED,
        /** The entry block is larger than {@link Entry#MAX_BYTES}. */
        TOO_LARGE,
        /** The entry has no {@code key} (the signer's public key). */
        MISSING_KEY,
        /** The entry has no {@code sig}. */
        MISSING_SIGNATURE,
        /** {@code sig} is not a signature of the entry by {@code key}. */
        BAD_SIGNATURE,
        /** The identity block the entry names cannot be found or is not a valid identity block. */
        UNKNOWN_IDENTITY,
        /** The identity's own signatures do not hold. */
        BAD_IDENTITY,
        /** The entry's {@code key} is not the signing key of the identity it names. */
        KEY_NOT_IDENTITY,
        /** The entry belongs to another log (another database). */
        WRONG_LOG,
        /** The access controller does not let this identity write. */
        NOT_ALLOWED,
        /** An entry the joined entry points to cannot be fetched. */
        MISSING_ENTRY
    }

    private final Reason reason;
    private final String hash;

    public EntryRefusedException(Reason reason, String hash, String message) {
        super("entry " + (hash == null ? "(unknown hash)" : hash) + " refused (" + reason + "): " + message);
        this.reason = reason;
        this.hash = hash;
    }

    public Reason reason() {
        return reason;
    }

    /** The hash of the refused entry, or null when it is not known (e.g. undecodable bytes). */
    public String hash() {
        return hash;
    }
}
