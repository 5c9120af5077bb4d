package org.constl.storage;

import java.nio.file.Path;

/** Opens a data folder and its store for a test, and closes both, so the next open reads the file afresh. */
final class Stores {

  interface Action {
    void run(LocalStore store) throws Exception;
  }

  private Stores() {}

  static void with(Path folder, Action action) throws Exception {
    try (DataFolder data = DataFolder.open(folder); LocalStore store = LocalStore.open(data)) {
      action.run(store);
    }
  }
}
