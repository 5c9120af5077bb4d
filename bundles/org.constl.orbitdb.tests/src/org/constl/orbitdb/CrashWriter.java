package org.constl.orbitdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.constl.ipld.IpldValue;

import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;

/**
 * The process {@link CrashSafetyTest} kills: {@code CrashWriter <folder> <run> <puts> <batch>}
 * opens the data folder, then makes the puts of {@code run} ({@link KeyValueWorkload}) in its
 * keyvalue database, {@code batch} at a time (one append of them all when more than one), and
 * prints {@code ACK <index> <hash>} for each put once its append has returned, so every line
 * printed is a write the store has acknowledged. After {@code puts} puts it closes the store and
 * prints {@code DONE}. It halts when its standard input closes, so it never outlives the test.
 */
public final class CrashWriter {

    static final String STARTED = "STARTED";
    static final String OPEN = "OPEN";
    static final String ACK = "ACK";
    static final String DONE = "DONE";

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        haltWhenInputCloses();
        Path folder = Path.of(args[0]);
        long run = Long.parseLong(args[1]);
        int puts = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        say(STARTED);
        try (DataFolder data = DataFolder.open(folder);
                LocalStore store = LocalStore.open(data);
                OrbitDb orbitdb = new OrbitDb(store, KeyValueWorkload.writer(), List.of())) {
            KeyValue database = new KeyValue(orbitdb.open(KeyValueWorkload.DATABASE, KeyValue.TYPE));
            say(OPEN);
            for (int first = 0; first < puts; first += batch) {
                List<IpldValue> payloads = new ArrayList<>();
                for (int index = first; index < Math.min(puts, first + batch); index++) {
                    KeyValueWorkload.Put put = new KeyValueWorkload.Put(run, index);
                    payloads.add(KeyValue.putPayload(put.key(), put.value()));
                }
                List<Entry> entries = batch == 1 ? List.of(database.log().append(payloads.getFirst())) : database.log().appendAll(payloads);
                for (int i = 0; i < entries.size(); i++) {
                    say(ACK + " " + (first + i) + " " + entries.get(i).hash());
                }
            }
        }
        say(DONE);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The test keeps this process's input open while it lives: end of input means it is gone. */
    private static void haltWhenInputCloses() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the test writes nothing: only the end matters
                }
            } catch (IOException e) {
                // as good as the end
            }
            Runtime.getRuntime().halt(2);
        }, "input watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
