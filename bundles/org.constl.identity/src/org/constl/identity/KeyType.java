package org.constl.identity;

/** The libp2p {@code KeyType} protobuf enum; only Ed25519 and secp256k1 keys are implemented. */
public enum KeyType {
    RSA(0),
    ED25519(1),
    SECP256K1(2),
    ECDSA(3);

    private final int protobufNumber;

    KeyType(int protobufNumber) {
        this.protobufNumber = protobufNumber;
    }

    /** The value of the {@code Type} field in the key protobufs. */
    public int protobufNumber() {
        return protobufNumber;
    }

    public static KeyType fromProtobufNumber(long number) {
        for (KeyType type : values()) {
            if (type.protobufNumber == number) {
                return type;
            }
        }
        throw new IdentityException("key protobuf: unknown key type " + number);
    }
}
