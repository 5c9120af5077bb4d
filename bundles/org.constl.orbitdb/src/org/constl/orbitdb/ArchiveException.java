package org.constl.orbitdb;

/**
 * A database folder ({@link DatabaseArchive}) that cannot be imported or written: malformed,
 * tampered with, incomplete, too large, or holding an entry the database refuses (then the cause
 * is the {@link EntryRefusedException}, with its reason). The message names the file at fault.
 */
public class ArchiveException extends OrbitDbException {

    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
