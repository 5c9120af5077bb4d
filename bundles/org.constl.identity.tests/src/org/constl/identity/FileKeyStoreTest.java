package org.constl.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import org.constl.identity.KeyFileException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeyStoreTest {

    /** Cheap Argon2id costs so the tests stay fast; the format stores them per file. */
    private static final KdfParameters CHEAP = new KdfParameters(64, 1, 1);
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temp;

    private FileKeyStore open() throws IOException {
        return FileKeyStore.open(temp.resolve("keys"), CHEAP);
    }

    @Test
    void plainAndEncryptedKeysComeBackIdentical() throws IOException {
        FileKeyStore store = open();
        PrivateKey secp = Keys.generate(KeyType.SECP256K1);
        PrivateKey ed = Keys.generate(KeyType.ED25519);
        store.store("plain", secp, null);
        store.store("secret", ed, PASSPHRASE);
        FileKeyStore reopened = open();
        assertEquals(Optional.of(secp), reopened.load("plain", null));
        assertEquals(Optional.of(ed), reopened.load("secret", PASSPHRASE));
        assertArrayEquals(ed.raw(), reopened.load("secret", PASSPHRASE).orElseThrow().raw());
    }

    @Test
    void missingKeyIsEmptyNotAnError() throws IOException {
        assertEquals(Optional.empty(), open().load("nobody", null));
        assertFalse(open().contains("nobody"));
    }

    @Test
    void filesAreOwnerOnlyAndNoTemporaryFileRemains() throws IOException {
        FileKeyStore store = open();
        store.store("k", Keys.generate(KeyType.SECP256K1), PASSPHRASE);
        store.changePassphrase("k", PASSPHRASE, null);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())));
        try (var files = Files.list(store.folder())) {
            assertEquals(java.util.List.of(store.folder().resolve("k.key")), files.toList());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder().resolve("k.key"))));
    }

    @Test
    void existingFolderIsTightened() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("loose"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        FileKeyStore.open(folder, CHEAP);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void fileReadableByOthersIsRefused() throws IOException {
        FileKeyStore store = open();
        store.store("k", Keys.generate(KeyType.ED25519), null);
        Files.setPosixFilePermissions(store.folder().resolve("k.key"), PosixFilePermissions.fromString("rw-r--r--"));
        KeyFileException e = assertThrows(KeyFileException.class, () -> store.load("k", null));
        assertEquals(Reason.INSECURE_PERMISSIONS, e.reason());
    }

    @Test
    void wrongPassphraseIsTypedAndCreatesNothing() throws IOException {
        FileKeyStore store = open();
        store.store("k", Keys.generate(KeyType.SECP256K1), PASSPHRASE);
        byte[] before = Files.readAllBytes(store.folder().resolve("k.key"));
        KeyFileException wrong = assertThrows(KeyFileException.class, () -> store.load("k", "wrong".toCharArray()));
        assertEquals(Reason.WRONG_PASSPHRASE, wrong.reason());
        KeyFileException missing = assertThrows(KeyFileException.class, () -> store.load("k", null));
        assertEquals(Reason.PASSPHRASE_REQUIRED, missing.reason());
        KeyFileException viaCreate = assertThrows(KeyFileException.class, () -> store.loadOrCreate("k", KeyType.SECP256K1, "wrong".toCharArray()));
        assertEquals(Reason.WRONG_PASSPHRASE, viaCreate.reason());
        assertArrayEquals(before, Files.readAllBytes(store.folder().resolve("k.key")));
    }

    @Test
    void everyTruncationAndEveryBitFlipIsDamage() throws IOException {
        FileKeyStore store = open();
        for (char[] passphrase : new char[][] {null, PASSPHRASE}) {
            store.store("original", Keys.generate(KeyType.ED25519), passphrase);
            byte[] good = Files.readAllBytes(store.folder().resolve("original.key"));
            for (int length = 0; length < good.length; length++) {
                assertDamaged(store, Arrays.copyOf(good, length), passphrase);
            }
            for (int i = 0; i < good.length; i++) {
                byte[] flipped = good.clone();
                flipped[i] ^= (byte) (1 << (i % 8));
                assertDamaged(store, flipped, passphrase);
            }
            Files.delete(store.folder().resolve("original.key"));
        }
    }

    @Test
    void alteredCiphertextWithFixedChecksumFailsAuthentication() throws IOException {
        FileKeyStore store = open();
        store.store("k", Keys.generate(KeyType.SECP256K1), PASSPHRASE);
        Path file = store.folder().resolve("k.key");
        byte[] content = Files.readAllBytes(file);
        content[content.length - 40] ^= 1; // inside the GCM tag, before the checksum
        writeWithChecksum(file, Arrays.copyOf(content, content.length - 32));
        assertEquals(Reason.WRONG_PASSPHRASE, assertThrows(KeyFileException.class, () -> store.load("k", PASSPHRASE)).reason());
    }

    @Test
    void hostileKdfCostsAreRefusedBeforeAnyWork() throws IOException {
        FileKeyStore store = open();
        store.store("k", Keys.generate(KeyType.SECP256K1), PASSPHRASE);
        Path file = store.folder().resolve("k.key");
        byte[] body = Files.readAllBytes(file);
        body = Arrays.copyOf(body, body.length - 32);
        ByteBuffer.wrap(body).putInt(6, Integer.MAX_VALUE); // memory KiB
        writeWithChecksum(file, body);
        KeyFileException e = assertThrows(KeyFileException.class, () -> store.load("k", PASSPHRASE));
        assertEquals(Reason.DAMAGED, e.reason());
    }

    @Test
    void oversizedOrForeignFileIsDamage() throws IOException {
        FileKeyStore store = open();
        Path file = store.folder().resolve("big.key");
        Files.write(file, new byte[1 << 20]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(Reason.DAMAGED, assertThrows(KeyFileException.class, () -> store.load("big", null)).reason());
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n");
        assertEquals(Reason.DAMAGED, assertThrows(KeyFileException.class, () -> store.load("big", null)).reason());
        assertThrows(KeyFileException.class, () -> store.loadOrCreate("big", KeyType.ED25519, null));
    }

    @Test
    void keysAreNeverOverwrittenByStore() throws IOException {
        FileKeyStore store = open();
        PrivateKey first = store.loadOrCreate("k", KeyType.ED25519, null);
        assertEquals(first, store.loadOrCreate("k", KeyType.ED25519, null));
        assertThrows(FileAlreadyExistsException.class, () -> store.store("k", Keys.generate(KeyType.ED25519), null));
        assertEquals(Optional.of(first), store.load("k", null));
    }

    @Test
    void changePassphraseKeepsTheKey() throws IOException {
        FileKeyStore store = open();
        PrivateKey key = store.loadOrCreate("k", KeyType.SECP256K1, null);
        store.changePassphrase("k", null, PASSPHRASE);
        assertEquals(Reason.PASSPHRASE_REQUIRED, assertThrows(KeyFileException.class, () -> store.load("k", null)).reason());
        store.changePassphrase("k", PASSPHRASE, "another".toCharArray());
        assertEquals(Optional.of(key), store.load("k", "another".toCharArray()));
    }

    @Test
    void namesThatCouldEscapeTheFolderAreRefused() throws IOException {
        FileKeyStore store = open();
        for (String name : new String[] {"", "../x", "a/b", ".hidden", "x\u0000", "a".repeat(129)}) {
            assertThrows(IllegalArgumentException.class, () -> store.load(name, null), name);
        }
        assertTrue(store.load("024e3971315ac3c62de6a3e0bb04802d3273d843b4f96037ae7b0e8f6b392bd2d6", null).isEmpty());
    }

    @Test
    void defaultCostsAreMemoryHard() {
        assertTrue(KdfParameters.DEFAULT.memoryKiB() >= 64 * 1024);
        assertThrows(IdentityException.class, () -> new KdfParameters(KdfParameters.MAX_MEMORY_KIB + 1, 1, 1));
        assertThrows(IdentityException.class, () -> new KdfParameters(64, 0, 1));
    }

    private static void assertDamaged(FileKeyStore store, byte[] content, char[] passphrase) throws IOException {
        Path file = store.folder().resolve("probe.key");
        Files.write(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        KeyFileException e = assertThrows(KeyFileException.class, () -> store.load("probe", passphrase));
        assertEquals(Reason.DAMAGED, e.reason(), e.getMessage());
    }

    private static void writeWithChecksum(Path file, byte[] body) throws IOException {
        try {
            byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] content = Arrays.copyOf(body, body.length + checksum.length);
            System.arraycopy(checksum, 0, content, body.length, checksum.length);
            Files.write(file, content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
