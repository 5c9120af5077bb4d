package org.constl.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.constl.identity.IdentityException;
import org.constl.identity.KdfParameters;
import org.constl.identity.KeyFileException;
import org.constl.identity.KeyFileException.Reason;
import org.constl.identity.Keys;
import org.constl.identity.PrivateKey;

/**
 * The bytes of one key file. Layout: {@code "CKEY" version(1) mode} then, for mode 0 (plain), the
 * key protobuf; for mode 1 (passphrase), {@code memoryKiB(u32) iterations(u32) parallelism(u8)
 * salt(16) nonce(12)} and the AES-256-GCM encryption of the key protobuf under an Argon2id key,
 * with everything before it as associated data. Last, SHA-256 of all that precedes: it tells a
 * damaged file (checksum wrong) from a wrong passphrase (checksum right, tag wrong).
 */
public final class KeyFileFormat {

    /** Far above any supported key file, small enough to read whole. */
    public static final int MAX_FILE_LENGTH = 16 * 1024;

    private static final byte[] MAGIC = "CKEY".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final byte MODE_PLAIN = 0;
    private static final byte MODE_PASSPHRASE = 1;
    private static final int PREFIX_LENGTH = MAGIC.length + 2;
    private static final int SALT_LENGTH = 16;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 32;
    private static final int ENCRYPTED_HEADER_LENGTH = PREFIX_LENGTH + 4 + 4 + 1 + SALT_LENGTH + NONCE_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFileFormat() {
    }

    /** The file content for {@code key}; encrypted when {@code passphrase} is not null. */
    public static byte[] encode(PrivateKey key, char[] passphrase, KdfParameters kdf) {
        byte[] protobuf = key.toProtobuf();
        try {
            if (passphrase == null) {
                return withChecksum(concat(prefix(MODE_PLAIN), protobuf));
            }
            if (passphrase.length == 0) {
                throw new IllegalArgumentException("empty passphrase: pass null for an unencrypted key file");
            }
            byte[] salt = random(SALT_LENGTH);
            byte[] nonce = random(NONCE_LENGTH);
            byte[] header = ByteBuffer.allocate(ENCRYPTED_HEADER_LENGTH).put(prefix(MODE_PASSPHRASE))
                    .putInt(kdf.memoryKiB()).putInt(kdf.iterations()).put((byte) kdf.parallelism())
                    .put(salt).put(nonce).array();
            byte[] ciphertext = aesGcm(Cipher.ENCRYPT_MODE, deriveKey(passphrase, salt, kdf), nonce, header, protobuf);
            return withChecksum(concat(header, ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(protobuf, (byte) 0);
        }
    }

    /** The key in {@code file}, or a {@link KeyFileException} saying why not. */
    public static PrivateKey decode(byte[] file, char[] passphrase) {
        if (file.length > MAX_FILE_LENGTH || file.length < PREFIX_LENGTH + CHECKSUM_LENGTH) {
            throw damaged("length " + file.length + " is not that of a key file");
        }
        int bodyLength = file.length - CHECKSUM_LENGTH;
        byte[] body = Arrays.copyOf(file, bodyLength);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOfRange(file, bodyLength, file.length))) {
            throw damaged("checksum mismatch (truncated or altered)");
        }
        if (!Arrays.equals(MAGIC, Arrays.copyOf(body, MAGIC.length)) || body[MAGIC.length] != VERSION) {
            throw damaged("not a version " + VERSION + " key file");
        }
        byte mode = body[MAGIC.length + 1];
        if (mode == MODE_PLAIN) {
            return keyFromProtobuf(Arrays.copyOfRange(body, PREFIX_LENGTH, bodyLength));
        }
        if (mode != MODE_PASSPHRASE) {
            throw damaged("unknown protection mode " + mode);
        }
        if (passphrase == null) {
            throw new KeyFileException(Reason.PASSPHRASE_REQUIRED, "key file: encrypted, a passphrase is required");
        }
        return decrypt(body, passphrase);
    }

    private static PrivateKey decrypt(byte[] body, char[] passphrase) {
        if (body.length < ENCRYPTED_HEADER_LENGTH + TAG_BITS / 8) {
            throw damaged("encrypted key file too short");
        }
        ByteBuffer header = ByteBuffer.wrap(body, PREFIX_LENGTH, ENCRYPTED_HEADER_LENGTH - PREFIX_LENGTH);
        KdfParameters kdf;
        try {
            kdf = new KdfParameters(header.getInt(), header.getInt(), header.get() & 0xFF);
        } catch (IdentityException e) {
            throw damaged("unacceptable key derivation parameters: " + e.getMessage());
        }
        byte[] salt = new byte[SALT_LENGTH];
        byte[] nonce = new byte[NONCE_LENGTH];
        header.get(salt).get(nonce);
        byte[] protobuf = null;
        try {
            protobuf = aesGcm(Cipher.DECRYPT_MODE, deriveKey(passphrase, salt, kdf), nonce,
                    Arrays.copyOf(body, ENCRYPTED_HEADER_LENGTH), Arrays.copyOfRange(body, ENCRYPTED_HEADER_LENGTH, body.length));
            return keyFromProtobuf(protobuf);
        } catch (AEADBadTagException e) {
            throw new KeyFileException(Reason.WRONG_PASSPHRASE, "key file: wrong passphrase");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            if (protobuf != null) {
                Arrays.fill(protobuf, (byte) 0);
            }
        }
    }

    private static PrivateKey keyFromProtobuf(byte[] protobuf) {
        try {
            return Keys.privateKeyFromProtobuf(protobuf);
        } catch (IdentityException e) {
            throw damaged("intact file but no valid key inside: " + e.getMessage());
        }
    }

    private static byte[] deriveKey(char[] passphrase, byte[] salt, KdfParameters kdf) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt)
                .withMemoryAsKB(kdf.memoryKiB()).withIterations(kdf.iterations()).withParallelism(kdf.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] password = utf8(passphrase);
        byte[] key = new byte[KEY_LENGTH];
        generator.generateBytes(password, key);
        Arrays.fill(password, (byte) 0);
        return key;
    }

    private static byte[] aesGcm(int mode, byte[] key, byte[] nonce, byte[] associatedData, byte[] input)
            throws GeneralSecurityException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private static byte[] prefix(byte mode) {
        return concat(MAGIC, new byte[] {VERSION, mode});
    }

    private static byte[] withChecksum(byte[] body) {
        return concat(body, sha256(body));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static KeyFileException damaged(String detail) {
        return new KeyFileException(Reason.DAMAGED, "key file: " + detail);
    }
}
