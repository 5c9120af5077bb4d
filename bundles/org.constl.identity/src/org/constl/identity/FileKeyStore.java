package org.constl.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.constl.identity.KeyFileException.Reason;
import org.constl.identity.internal.KeyFileFormat;

/**
 * Private keys in a folder, one file per name ({@code <name>.key}). On POSIX file systems the
 * folder is 0700 and every file 0600; a file others can read is refused. Files are written
 * atomically (temp file, fsync, rename, fsync of the folder) and optionally encrypted with a
 * passphrase (Argon2id + AES-256-GCM). A key is only ever created by {@link #store} or by
 * {@link #loadOrCreate} when no file of that name exists: a damaged file or a wrong passphrase is a
 * {@link KeyFileException}, never a fresh key.
 */
public final class FileKeyStore {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final String SUFFIX = ".key";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FOREIGN = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path folder;
    private final KdfParameters kdf;
    private final boolean posix;

    private FileKeyStore(Path folder, KdfParameters kdf, boolean posix) {
        this.folder = folder;
        this.kdf = kdf;
        this.posix = posix;
    }

    /** Opens (creating it if needed) the key folder, with the default Argon2id costs for new files. */
    public static FileKeyStore open(Path folder) throws IOException {
        return open(folder, KdfParameters.DEFAULT);
    }

    /** Opens the key folder; {@code kdf} sets the costs of files written from now on. */
    public static FileKeyStore open(Path folder, KdfParameters kdf) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        boolean posix = Files.getFileAttributeView(absolute.getParent() == null ? absolute : absolute.getParent(),
                PosixFileAttributeView.class) != null;
        if (!Files.isDirectory(absolute)) {
            try {
                Files.createDirectory(absolute, posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER)}
                        : new FileAttribute<?>[0]);
            } catch (FileAlreadyExistsException e) {
                // created concurrently: fine as long as it is a folder, checked below
            }
        }
        if (!Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is not a folder");
        }
        if (posix) {
            // Our own folder: tighten it rather than refuse (it may predate us, e.g. made by a launcher).
            Files.setPosixFilePermissions(absolute, OWNER_ONLY_FOLDER);
        }
        return new FileKeyStore(absolute, kdf, posix);
    }

    public Path folder() {
        return folder;
    }

    public boolean contains(String name) {
        return Files.exists(file(name));
    }

    /**
     * The key stored under {@code name}; empty only when there is no such file.
     *
     * @param passphrase the passphrase of an encrypted file; null when it is not encrypted
     * @throws KeyFileException when the file exists but does not give back a key
     */
    public Optional<PrivateKey> load(String name, char[] passphrase) throws IOException {
        Path file = file(name);
        byte[] content;
        try {
            checkPermissions(file);
            content = readBounded(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyFileFormat.decode(content, passphrase));
        } catch (KeyFileException e) {
            throw new KeyFileException(e.reason(), file + ": " + e.getMessage());
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /**
     * Stores a new key under {@code name}, encrypted when {@code passphrase} is not null.
     *
     * @throws FileAlreadyExistsException when a key of that name exists: keys are never overwritten silently
     */
    public void store(String name, PrivateKey key, char[] passphrase) throws IOException {
        Path file = file(name);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a key is already stored under this name");
        }
        write(file, KeyFileFormat.encode(key, passphrase, kdf), false);
    }

    /** The key stored under {@code name}, or a new key of {@code type}, stored, when there is none. */
    public PrivateKey loadOrCreate(String name, KeyType type, char[] passphrase) throws IOException {
        Optional<PrivateKey> existing = load(name, passphrase);
        if (existing.isPresent()) {
            return existing.get();
        }
        PrivateKey key = Keys.generate(type);
        store(name, key, passphrase);
        return key;
    }

    /** Re-encrypts the key under {@code name} (null: no encryption), replacing the file atomically. */
    public void changePassphrase(String name, char[] oldPassphrase, char[] newPassphrase) throws IOException {
        PrivateKey key = load(name, oldPassphrase).orElseThrow(() -> new NoSuchFileException(file(name).toString()));
        write(file(name), KeyFileFormat.encode(key, newPassphrase, kdf), true);
    }

    private Path file(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("key name must be 1 to 128 of [A-Za-z0-9._-], not starting with '.': '" + name + "'");
        }
        return folder.resolve(name + SUFFIX);
    }

    private void checkPermissions(Path file) throws IOException {
        if (posix) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(FOREIGN::contains)) {
                throw new KeyFileException(Reason.INSECURE_PERMISSIONS, file + ": other users may access this key file ("
                        + PosixFilePermissions.toString(permissions) + "); it must be rw-------");
            }
        }
    }

    private static byte[] readBounded(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > KeyFileFormat.MAX_FILE_LENGTH) {
                throw new KeyFileException(Reason.DAMAGED, file + ": " + channel.size() + " bytes, too large for a key file");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private void write(Path file, byte[] content, boolean replace) throws IOException {
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp", attributes);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the name was taken meanwhile, so a concurrent store cannot be overwritten.
                linkOrMove(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
            Arrays.fill(content, (byte) 0);
        }
        syncFolder();
    }

    private static void linkOrMove(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file); // no hard links here: a plain move, which also refuses an existing target
        }
    }

    /** Makes the rename durable; only POSIX systems can open a folder for fsync. */
    private void syncFolder() throws IOException {
        if (posix) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }
}
