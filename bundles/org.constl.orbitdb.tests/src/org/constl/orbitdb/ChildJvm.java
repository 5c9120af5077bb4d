package org.constl.orbitdb;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.Cid;
import org.constl.storage.LocalStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.util.OSInfo;

/**
 * Starts a main class of this fragment in a JVM of its own. The tests run inside OSGi, which has
 * no class path to hand down: the child's is made of the places the bundles it needs were loaded
 * from. The child is made to start fast, since the crash test starts hundreds: the same java,
 * client compiler only, a small heap, no perf data file (a killed JVM would leave it behind), a
 * class-data archive written by the first child that exits normally, and SQLite's native library
 * extracted once instead of by every child (a killed child would leave its copy behind). The
 * archive takes classes from unsigned jars only: directories of classes are packed into jars, and
 * signed jars (Bouncy Castle) copied without their signatures. The JVM's own log is off: it
 * would write to the standard output, which the tests read.
 */
final class ChildJvm {

    private static final String NATIVE_LIBRARY = System.mapLibraryName("sqlitejdbc");
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private final List<String> command;

    /** A launcher of {@code main}, keeping its jars, archive and temporary files in {@code work}. */
    ChildJvm(Class<?> main, Path work) throws IOException {
        Files.createDirectories(work);
        Path temporary = Files.createDirectories(work.resolve("tmp"));
        extractNativeLibrary(work);
        List<String> classPath = new ArrayList<>();
        for (Path location : locations(Cid.class, OrbitDbIdentity.class, LocalStore.class, OrbitDb.class, main,
                CryptoServicesRegistrar.class, SQLiteConfig.class)) {
            classPath.add(unsignedJar(location, work.resolve("classpath-" + classPath.size() + ".jar")).toString());
        }
        command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData", "-Xshare:auto", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + work.resolve("child.jsa"), "-Xlog:disable",
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + temporary, "-Dorg.sqlite.lib.path=" + work,
                "-Dorg.sqlite.lib.name=" + NATIVE_LIBRARY, "-cp", String.join(File.pathSeparator, classPath), main.getName());
    }

    /** Starts the child with {@code arguments}; its standard error goes to {@code errors}. */
    Process start(List<String> arguments, Path errors) throws IOException {
        List<String> line = new ArrayList<>(command);
        line.addAll(arguments);
        return new ProcessBuilder(line).redirectError(errors.toFile()).start();
    }

    private static Set<Path> locations(Class<?>... classes) {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
            }
            try {
                locations.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(source.getLocation() + " is not a file", e);
            }
        }
        return locations;
    }

    /** {@code location} itself when it is an unsigned jar, else {@code jar} made from it. */
    private static Path unsignedJar(Path location, Path jar) throws IOException {
        boolean directory = Files.isDirectory(location);
        try (FileSystem archive = directory ? null : FileSystems.newFileSystem(location)) {
            Path root = directory ? location : archive.getPath("/");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            if (!directory && files.stream().noneMatch(file -> isSignature(root, file))) {
                return location;
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Path file : files) {
                    if (!isSignature(root, file)) {
                        out.putNextEntry(new JarEntry(entryName(root, file)));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
            return jar;
        }
    }

    private static boolean isSignature(Path root, Path file) {
        return SIGNATURE.matcher(entryName(root, file)).matches();
    }

    private static String entryName(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void extractNativeLibrary(Path work) throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + NATIVE_LIBRARY;
        try (InputStream in = OSInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no " + resource);
            }
            Files.copy(in, work.resolve(NATIVE_LIBRARY));
        }
    }
}
