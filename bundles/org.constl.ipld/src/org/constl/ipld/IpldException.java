package org.constl.ipld;

/**
 * The single error type of the IPLD bundle: malformed or unsupported input (varints, multibase
 * strings, CIDs, multiaddrs, DAG-CBOR, JSON) and values the data model cannot represent.
 */
public class IpldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IpldException(String message) {
        super(message);
    }

    public IpldException(String message, Throwable cause) {
        super(message, cause);
    }
}
