package org.constl.identity;

/** A key file exists but cannot give back its key; {@link #reason()} says why. */
public final class KeyFileException extends IdentityException {

    private static final long serialVersionUID = 1L;

    /** Why a key file could not be read. */
    public enum Reason {
        /** The file is encrypted and its checksum is intact, but the passphrase does not open it. */
        WRONG_PASSPHRASE,
        /** The file is encrypted and no passphrase was given. */
        PASSPHRASE_REQUIRED,
        /** The file is truncated, altered or not a key file at all. */
        DAMAGED,
        /** The file or its folder can be read by other users than the owner. */
        INSECURE_PERMISSIONS
    }

    private final Reason reason;

    public KeyFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
