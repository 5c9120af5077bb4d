package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.constl.ipld.IpldValue;
import org.constl.orbitdb.KeyValueWorkload.Put;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Makes the store refuse writes at random points of a long run of puts: each refused put must
 * fail with a {@link DatabaseWriteException} that says why and leave nothing behind, in memory or
 * on disk; every acknowledged put must stay, also after reopening; and once the cause is gone,
 * writing works again. The puts are planned from one seed, printed: the system property
 * {@code constl.crash.seed} makes the same puts and injects at the same points (under Maven,
 * through {@code -Dconstl.test.vmargs=...}).
 */
class WriteFailureTest {

    private static final int PUTS = 1500;
    private static final int REOPEN_EVERY = 300;
    /** One put in this many starts a fault. */
    private static final int FAULT_ODDS = 15;
    /** A fault that no put meets in this many puts was not injected: the test is broken. */
    private static final int MAX_PUTS_PER_FAULT = 100;
    private static final LogWriter WRITER = KeyValueWorkload.writer();

    @TempDir
    Path temp;

    private final List<Path> immutable = new ArrayList<>();

    /** A way to make writes fail, and the reason the store must give. */
    private interface Fault {
        void inject(LocalStore store, Random random) throws Exception;

        void clear(LocalStore store) throws Exception;

        StoreException.Reason reason();
    }

    @AfterEach
    void makeFilesWritableAgain() throws Exception {
        for (Path file : immutable) {
            if (Files.exists(file)) {
                chattr("-i", file);
            }
        }
    }

    /**
     * A full disk, as SQLite's page limit makes it (see the storage tests' DiskFullTest): capped
     * at its current size, the store takes puts until one needs a new page.
     */
    @Test
    void putsRefusedByAFullDiskLeaveNothingAndWritingResumesWithSpace() throws Exception {
        run(new Fault() {
            @Override
            public void inject(LocalStore store, Random random) throws Exception {
                limitPageCount(store, 1); // SQLite raises a limit below the current size to that size
            }

            @Override
            public void clear(LocalStore store) throws Exception {
                limitPageCount(store, 1L << 30);
            }

            @Override
            public StoreException.Reason reason() {
                return StoreException.Reason.DISK_FULL;
            }
        });
    }

    /** The write-ahead log made immutable ({@code chattr +i}, root only): every commit fails. */
    @Test
    void putsRefusedByAnImmutableFileLeaveNothingAndWritingResumesOnceWritable() throws Exception {
        assumeTrue(chattrWorks(), "needs root and chattr on a file system with the immutable attribute");
        Path wal = temp.resolve("store").resolve(LocalStore.FILE_NAME + "-wal");
        run(new Fault() {
            @Override
            public void inject(LocalStore store, Random random) throws Exception {
                immutable.add(wal);
                chattr("+i", wal);
            }

            @Override
            public void clear(LocalStore store) throws Exception {
                chattr("-i", wal);
            }

            @Override
            public StoreException.Reason reason() {
                return StoreException.Reason.READ_ONLY;
            }
        });
    }

    /**
     * One statement of the put's transaction refused, midway as often as not: a trigger, added
     * through a second connection, fails every insert into one of the store's tables, chosen at
     * random (blocks come first in a put, then its pin, the heads, the key index).
     */
    @Test
    void putsWhoseTransactionFailsMidwayLeaveNothing() throws Exception {
        List<String> tables = List.of("block", "pin", "head", "datastore_entry");
        Path file = temp.resolve("store").resolve(LocalStore.FILE_NAME);
        run(new Fault() {
            @Override
            public void inject(LocalStore store, Random random) throws Exception {
                schema(file, "CREATE TRIGGER injected_fault BEFORE INSERT ON " + tables.get(random.nextInt(tables.size()))
                        + " BEGIN SELECT RAISE(ABORT, 'injected fault'); END");
            }

            @Override
            public void clear(LocalStore store) throws Exception {
                schema(file, "DROP TRIGGER injected_fault");
            }

            @Override
            public StoreException.Reason reason() {
                return StoreException.Reason.IO;
            }
        });
    }

    private void run(Fault fault) throws Exception {
        long seed = Long.getLong("constl.crash.seed", new SecureRandom().nextLong());
        System.out.println("WriteFailureTest seed " + seed + "; the same puts again: mvn ... -Dtest=WriteFailureTest"
                + " -Dconstl.test.vmargs=-Dconstl.crash.seed=" + seed);
        long start = System.nanoTime();
        Random random = new Random(seed);
        Path folder = temp.resolve("store");
        List<String> acknowledged = new ArrayList<>();
        Map<String, IpldValue> values = new HashMap<>();
        Map<String, Integer> failurePoints = new TreeMap<>();
        int faults = 0;
        int refused = 0;
        int audited = 0;
        int reopened = 0;
        Session session = new Session(folder);
        try {
            for (int index = 0; index < PUTS; index++) {
                if (random.nextInt(FAULT_ODDS) == 0) {
                    faults++;
                    int refusals = 1 + random.nextInt(3);
                    fault.inject(session.store, random);
                    for (int attempt = 0; refusals > 0; attempt++) {
                        if (attempt == MAX_PUTS_PER_FAULT) {
                            fail(MAX_PUTS_PER_FAULT + " puts went through the fault");
                        }
                        Put put = new Put(0, index++);
                        try {
                            acknowledged.add(session.put(put));
                            values.put(put.key(), put.value());
                        } catch (DatabaseWriteException e) {
                            assertEquals(fault.reason(), e.storeReason(), e::getMessage);
                            failurePoints.merge(failurePoint(e), 1, Integer::sum);
                            refused++;
                            refusals--;
                            session.holdsExactly(acknowledged, values, put.key());
                        }
                    }
                    fault.clear(session.store);
                }
                Put put = new Put(0, index);
                acknowledged.add(session.put(put));
                values.put(put.key(), put.value());
                if (acknowledged.size() >= audited + REOPEN_EVERY) {
                    session.close();
                    session = new Session(folder);
                    session.audit(acknowledged);
                    audited = acknowledged.size();
                    reopened++;
                }
            }
        } catch (Exception | AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        } finally {
            session.close();
        }
        session = new Session(folder);
        try {
            session.audit(acknowledged);
            session.holdsExactly(acknowledged, values, null);
        } finally {
            session.close();
        }
        System.out.printf("WriteFailureTest %s: %d faults injected, %d puts refused, %d acknowledged and found again after"
                + " %d reopenings, %.1f s; refused while: %s%n", fault.reason(), faults, refused, acknowledged.size(), reopened + 1,
                (System.nanoTime() - start) / 1e9, failurePoints);
        assertTrue(faults > 0, "seed " + seed + " injected no fault");
    }

    /** What the store was doing when it refused, from its message, without names of blocks, keys or files. */
    private static String failurePoint(DatabaseWriteException e) {
        String what = e.getCause().getMessage().split(": | in /", 2)[0];
        return what.replaceAll("\\b(z|b|Qm)[1-9A-Za-z]{30,}", "<cid>").replaceAll("key-\\d+", "<key>");
    }

    /** The store, opened as the application opens it, with the workload's database. */
    private static final class Session {
        private final DataFolder data;
        private final LocalStore store;
        private final OrbitDb orbitdb;
        private final Database database;
        private final KeyValue keyValue;

        Session(Path folder) throws Exception {
            data = DataFolder.open(folder);
            store = LocalStore.open(data);
            orbitdb = new OrbitDb(store, WRITER, List.of());
            database = orbitdb.open(KeyValueWorkload.DATABASE, KeyValue.TYPE);
            keyValue = new KeyValue(database);
        }

        /** Makes the put and returns its entry's hash. */
        String put(Put put) {
            return keyValue.put(put.key(), put.value()).hash();
        }

        /** The log from disk: the acknowledged puts, in order, and nothing else. */
        void audit(List<String> acknowledged) {
            List<Entry> history = LogAudit.linearHistory(database, WRITER.identity());
            assertEquals(acknowledged, history.stream().map(Entry::hash).toList(), "the entries: the acknowledged puts");
            LogAudit.keyIndexFollows(database, history);
        }

        /** What a reader sees now: the acknowledged puts alone, {@code refusedKey} included. */
        void holdsExactly(List<String> acknowledged, Map<String, IpldValue> values, String refusedKey) {
            assertEquals(acknowledged.size(), database.size(), "entries after a refused put");
            assertEquals(acknowledged.isEmpty() ? List.of() : List.of(acknowledged.getLast()),
                    database.heads().stream().map(Entry::hash).toList(), "heads after a refused put");
            if (refusedKey != null) {
                assertEquals(values.get(refusedKey), keyValue.get(refusedKey).orElse(null), "value of " + refusedKey);
            }
            Map<String, IpldValue> listed = new HashMap<>();
            keyValue.all().forEach(item -> listed.put(item.key(), item.value()));
            assertEquals(values, listed, "the keys and values listed");
        }

        void close() {
            orbitdb.close();
            store.close();
            data.close();
        }
    }

    /**
     * SQLite's page limit on the store's connection. {@code SqliteLocalStore.limitPageCount} is
     * package-private to the storage bundle and its tests; reached here by reflection until it is
     * made public for this fragment too.
     */
    private static void limitPageCount(LocalStore store, long pages) throws Exception {
        Method limit = store.getClass().getDeclaredMethod("limitPageCount", long.class);
        limit.setAccessible(true);
        limit.invoke(store, pages);
    }

    private static void schema(Path file, String sql) throws SQLException {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute(sql);
        }
    }

    private boolean chattrWorks() throws Exception {
        Path probe = Files.createFile(temp.resolve("chattr probe"));
        try {
            chattr("+i", probe);
        } catch (IOException | AssertionError e) {
            return false;
        }
        chattr("-i", probe);
        return true;
    }

    private static void chattr(String change, Path file) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", change, file.toString()).redirectErrorStream(true).start();
        boolean ended = chattr.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            chattr.destroyForcibly();
        }
        assertTrue(ended && chattr.exitValue() == 0, () -> "chattr " + change + " " + file + " failed");
    }
}
