package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.constl.orbitdb.KeyValueWorkload.Put;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is writing a keyvalue database with SIGKILL, at random points, a few
 * hundred times, and checks after each kill that the store opens and holds every put the process
 * acknowledged, in one consistent log. A data folder often serves several runs in a row, so
 * kills also hit stores that recovered from an earlier kill. The runs are planned from one seed,
 * printed: the system property {@code constl.crash.seed} plans them again (where a kill lands
 * still depends on timing); under Maven, pass it through {@code -Dconstl.test.vmargs=...}.
 */
class CrashSafetyTest {

    private static final int RUNS = 200;
    /** Runs go in two lanes at once: while one lane's child writes, the other lane checks. */
    private static final int LANES = 2;
    /** The longest wait for anything a child does; a healthy child needs well under a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** More puts than any run lives to make: runs end by a kill. */
    private static final int ENDLESS = 1_000_000;
    /** Exit status of a process killed by signal 9, as {@link Process#exitValue} reports it on Unix. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final LogWriter WRITER = KeyValueWorkload.writer();

    @TempDir
    Path temp;

    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong kills = new AtomicLong();
    private final AtomicLong killsWhileOpening = new AtomicLong();
    private final AtomicLong folders = new AtomicLong();
    private final AtomicLong batchedRuns = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unacknowledgedKept = new AtomicLong();
    private final AtomicLong entriesChecked = new AtomicLong();

    @Test
    void everyAcknowledgedPutSurvivesSigkill() throws Exception {
        long seed = Long.getLong("constl.crash.seed", new SecureRandom().nextLong());
        System.out.println("CrashSafetyTest seed " + seed + "; the same runs again: mvn ... -Dtest=CrashSafetyTest"
                + " -Dconstl.test.vmargs=-Dconstl.crash.seed=" + seed);
        long start = System.nanoTime();
        ChildJvm jvm = new ChildJvm(CrashWriter.class, temp.resolve("jvm"));
        new Lane(jvm, "warm-up", new Random(seed)).warmUp(seed);
        ExecutorService executor = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int i = 0; i < LANES; i++) {
                Lane lane = new Lane(jvm, "lane " + i, new Random(seed + 1 + i));
                lanes.add(executor.submit(() -> lane.runs(RUNS / LANES, seed)));
            }
            for (Future<?> lane : lanes) {
                lane.get(RUNS * PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            executor.shutdownNow(); // after a failure, stops the other lane (its child is killed) before the folders go
            executor.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        System.out.printf("CrashSafetyTest: %d runs (%d killed, %d of them while opening the store; %d appending in batches)"
                + " in %d data folders, %d acknowledged puts checked after their crash, %d puts in flight kept, %d entry checks,"
                + " %.1f s%n", runs.get(), kills.get(), killsWhileOpening.get(), batchedRuns.get(), folders.get(),
                acknowledged.get(), unacknowledgedKept.get(), entriesChecked.get(), (System.nanoTime() - start) / 1e9);
        assertEquals(RUNS + 1, runs.get());
    }

    /** The runs of one child after another, each in the data folder of the one before or in a new one. */
    private final class Lane {
        private final ChildJvm jvm;
        private final String name;
        private final Random random;
        private final Path errors;
        private Path folder;
        /** The runs made in {@link #folder}, in order; run {@code i} wrote {@code new Put(i, ...)}. */
        private final List<Run> folderRuns = new ArrayList<>();

        Lane(ChildJvm jvm, String name, Random random) {
            this.jvm = jvm;
            this.name = name;
            this.random = random;
            this.errors = temp.resolve(name + ".err");
        }

        void runs(int count, long seed) {
            for (int i = 0; i < count; i++) {
                inContext(seed, i, () -> {
                    if (folder == null || random.nextInt(4) == 0) {
                        newFolder();
                    }
                    int batch = random.nextInt(3) == 0 ? 2 + random.nextInt(15) : 1;
                    if (random.nextInt(25) == 0) {
                        cleanRun(random.nextInt(30), batch);
                    } else {
                        killedRun(batch);
                    }
                });
            }
        }

        /** One run whose child exits normally, which writes the class-data archive the next ones start from. */
        void warmUp(long seed) {
            inContext(seed, 0, () -> {
                newFolder();
                cleanRun(20, 1);
            });
        }

        /** Runs {@code step}, adding to its failure what is needed to find it again. */
        private void inContext(long seed, int i, Step step) {
            try {
                step.run();
            } catch (Exception | AssertionError e) {
                throw new AssertionError("seed " + seed + ", " + name + ", run " + i + ", in " + folder + " after "
                        + folderRuns.size() + " runs there: " + e.getMessage() + "\nthe last child's standard error:\n"
                        + childErrors(), e);
            }
        }

        /** A child that makes {@code puts} puts, {@code batch} at a time, and exits normally. */
        void cleanRun(int puts, int batch) throws Exception {
            Process child = start(puts, batch);
            try {
                ChildLines lines = new ChildLines(child);
                lines.await(CrashWriter.DONE);
                assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the child exits after " + CrashWriter.DONE);
                assertEquals(0, child.exitValue(), "exit status");
                record(new Run(lines.acknowledged(), batch, true));
            } finally {
                stop(child);
            }
        }

        /** A child killed after a random number of acknowledged puts, or after a random delay. */
        void killedRun(int batch) throws Exception {
            boolean afterPuts = random.nextInt(10) < 6;
            int puts = random.nextInt(41);
            int delayMillis = random.nextInt(300);
            Process child = start(ENDLESS, batch);
            try {
                ChildLines lines = new ChildLines(child);
                if (afterPuts) {
                    lines.await(puts == 0 ? CrashWriter.OPEN : CrashWriter.ACK + " " + (puts - 1) + " ");
                } else {
                    lines.await(CrashWriter.STARTED);
                    Thread.sleep(delayMillis);
                }
                // SIGKILL through the process handle: Process.destroyForcibly() also closes the pipe
                // of the child's output, dropping acknowledgements it printed but not yet read.
                child.toHandle().destroyForcibly();
                assertTrue(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the child outlives SIGKILL");
                assertEquals(KILLED_BY_SIGKILL, child.exitValue(), "exit status: the child ended before the kill");
                kills.incrementAndGet();
                if (!lines.printed(CrashWriter.OPEN)) {
                    killsWhileOpening.incrementAndGet();
                }
                record(new Run(lines.acknowledged(), batch, false));
            } finally {
                stop(child);
            }
        }

        private void newFolder() {
            folder = temp.resolve(name.replace(' ', '-') + "-folder-" + folders.incrementAndGet());
            folderRuns.clear();
        }

        private Process start(int puts, int batch) throws IOException {
            return jvm.start(List.of(folder.toString(), Integer.toString(folderRuns.size()), Integer.toString(puts),
                    Integer.toString(batch)), errors);
        }

        private void record(Run run) throws Exception {
            folderRuns.add(run);
            runs.incrementAndGet();
            if (run.batch() > 1) {
                batchedRuns.incrementAndGet();
            }
            acknowledged.addAndGet(run.hashes().size());
            check();
        }

        /** Opens the store as the application would after the crash and checks it holds what it must. */
        private void check() throws Exception {
            try (DataFolder data = DataFolder.open(folder);
                    LocalStore store = LocalStore.open(data);
                    OrbitDb orbitdb = new OrbitDb(store, null, List.of())) {
                List<Manifest> databases = orbitdb.databases();
                if (databases.isEmpty()) {
                    assertTrue(folderRuns.stream().allMatch(run -> run.hashes().isEmpty()), "no database, yet puts were acknowledged");
                    return;
                }
                assertEquals(1, databases.size(), "databases in the store");
                assertEquals(KeyValueWorkload.DATABASE, databases.getFirst().name());
                Database database = orbitdb.open(databases.getFirst().address());
                List<Entry> history = LogAudit.linearHistory(database, WRITER.identity());
                LogAudit.keyIndexFollows(database, history);
                matchRuns(history);
                entriesChecked.addAndGet(history.size());
            }
        }

        /**
         * The history must be the puts of each run in turn: all those it acknowledged, and the
         * rest of their batches (a batch is kept whole or not at all, and its acknowledgements
         * are printed one by one), plus at most the batch it was making when killed; then the
         * next run's.
         */
        private void matchRuns(List<Entry> history) {
            int at = 0;
            for (int number = 0; number < folderRuns.size(); number++) {
                Run run = folderRuns.get(number);
                int made = 0;
                while (at < history.size() && Put.of(history.get(at)).run() == number) {
                    Entry entry = history.get(at);
                    Put put = new Put(number, made);
                    assertEquals(put, Put.of(entry), "entry " + at);
                    KeyValue.Operation op = KeyValue.operation(entry).orElseThrow();
                    assertEquals(put.key(), op.key(), "entry " + at + ": key");
                    assertEquals(put.value(), op.value(), "entry " + at + ": value");
                    if (made < run.hashes().size()) {
                        assertEquals(run.hashes().get(made), entry.hash(), "entry " + at + ": the hash acknowledged");
                    }
                    at++;
                    made++;
                }
                int acknowledgedPuts = run.hashes().size();
                int wholeBatches = Math.ceilDiv(acknowledgedPuts, run.batch()) * run.batch();
                assertTrue(run.clean() ? made == acknowledgedPuts : made == wholeBatches || made == wholeBatches + run.batch(),
                        "run " + number + " acknowledged " + acknowledgedPuts + " puts in batches of " + run.batch()
                                + ", the store has " + made);
                if (number == folderRuns.size() - 1) {
                    unacknowledgedKept.addAndGet(made - acknowledgedPuts);
                }
            }
            assertEquals(history.size(), at, "entries that no run made");
        }

        private void stop(Process child) throws InterruptedException {
            child.destroyForcibly();
            child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            try {
                child.getOutputStream().close();
            } catch (IOException e) {
                // the pipe is gone with the child
            }
        }

        private String childErrors() {
            try {
                String text = Files.readString(errors);
                return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
            } catch (IOException e) {
                return "(its standard error cannot be read: " + e.getMessage() + ")";
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A run: the hashes of the puts it acknowledged, in order, its batch size, and whether it exited normally. */
    private record Run(List<String> hashes, int batch, boolean clean) {
    }

    /** The lines a child prints, read as they come. */
    private static final class ChildLines {
        private final List<String> lines = new ArrayList<>();
        private boolean ended;

        ChildLines(Process child) {
            Thread.ofPlatform().daemon().name("child output").start(() -> {
                try (BufferedReader reader = child.inputReader()) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        add(line);
                    }
                } catch (IOException e) {
                    // the child is gone: what it printed is all there is
                } finally {
                    end();
                }
            });
        }

        /** Waits until the child prints a line starting with {@code prefix}. */
        synchronized void await(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (lines.stream().noneMatch(line -> line.startsWith(prefix))) {
                long left = deadline - System.nanoTime();
                if (ended) {
                    fail("the child ended before printing " + prefix + "; it printed " + lines);
                }
                if (left <= 0) {
                    fail("the child printed no " + prefix + " within " + PATIENCE);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized boolean printed(String line) {
            return lines.contains(line);
        }

        /** Once the child is gone: the hashes of the puts it acknowledged, by index. */
        synchronized List<String> acknowledged() throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!ended) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fail("the child's output did not end within " + PATIENCE);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            List<String> hashes = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(CrashWriter.ACK + " ")) {
                    String[] words = line.split(" ");
                    assertEquals(Integer.toString(hashes.size()), words[1], "acknowledgements in order");
                    hashes.add(words[2]);
                }
            }
            return hashes;
        }

        private synchronized void add(String line) {
            lines.add(line);
            notifyAll();
        }

        private synchronized void end() {
            ended = true;
            notifyAll();
        }
    }
}
