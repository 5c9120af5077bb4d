package org.constl.ipld;

/** The multicodec table entries this stack uses (multiformats/multicodec table.csv). */
public final class Multicodec {

    public static final int IDENTITY = 0x00;
    public static final int SHA2_256 = 0x12;
    public static final int RAW = 0x55;
    public static final int DAG_PB = 0x70;
    public static final int DAG_CBOR = 0x71;
    public static final int LIBP2P_KEY = 0x72;
    public static final int DAG_JSON = 0x0129;

    private Multicodec() {
    }

    /** The table name of a code, or its hexadecimal form when this class does not know it. */
    public static String name(long code) {
        if (code != (int) code) {
            return "0x" + Long.toHexString(code);
        }
        return switch ((int) code) {
            case IDENTITY -> "identity";
            case SHA2_256 -> "sha2-256";
            case RAW -> "raw";
            case DAG_PB -> "dag-pb";
            case DAG_CBOR -> "dag-cbor";
            case LIBP2P_KEY -> "libp2p-key";
            case DAG_JSON -> "dag-json";
            default -> "0x" + Long.toHexString(code);
        };
    }
}
