package org.constl.identity.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.constl.identity.IdentityException;
import org.constl.identity.KeyType;
import org.constl.ipld.IpldException;
import org.constl.ipld.Varint;

/**
 * The libp2p key protobufs, written by hand: {@code message PublicKey/PrivateKey {required KeyType
 * Type = 1; required bytes Data = 2;}}. Encoding is deterministic; decoding accepts only that
 * same canonical form (both fields, in tag order, once, minimal varints, nothing after).
 */
public final class KeyProtobuf {

    /** Type and Data of a decoded key protobuf. */
    public record Fields(KeyType type, byte[] data) {
    }

    /** Far above any supported key (the largest is a 96-byte Ed25519 private key), below anything costly. */
    public static final int MAX_LENGTH = 8192;

    private static final int TYPE_TAG = 1 << 3;      // field 1, varint
    private static final int DATA_TAG = 2 << 3 | 2;  // field 2, length-delimited

    private KeyProtobuf() {
    }

    public static byte[] encode(KeyType type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        out.write(TYPE_TAG);
        Varint.write(type.protobufNumber(), out);
        out.write(DATA_TAG);
        Varint.write(data.length, out);
        out.writeBytes(data);
        return out.toByteArray();
    }

    public static Fields decode(byte[] bytes) {
        if (bytes.length > MAX_LENGTH) {
            throw new IdentityException("key protobuf: " + bytes.length + " bytes, more than " + MAX_LENGTH);
        }
        try {
            int at = expectTag(bytes, 0, TYPE_TAG, "Type");
            Varint.Read type = Varint.read(bytes, at);
            at = expectTag(bytes, type.next(), DATA_TAG, "Data");
            Varint.Read length = Varint.read(bytes, at);
            if (length.value() != bytes.length - length.next()) {
                throw new IdentityException("key protobuf: Data length " + length.value() + " but "
                        + (bytes.length - length.next()) + " bytes follow");
            }
            return new Fields(KeyType.fromProtobufNumber(type.value()), Arrays.copyOfRange(bytes, length.next(), bytes.length));
        } catch (IpldException e) {
            throw new IdentityException("key protobuf: bad varint: " + e.getMessage(), e);
        }
    }

    private static int expectTag(byte[] bytes, int at, int tag, String field) {
        if (at >= bytes.length) {
            throw new IdentityException("key protobuf: missing field " + field);
        }
        if ((bytes[at] & 0xFF) != tag) {
            throw new IdentityException(String.format("key protobuf: expected field %s (tag 0x%02x), found 0x%02x",
                    field, tag, bytes[at] & 0xFF));
        }
        return at + 1;
    }
}
