package org.constl.core;

import java.util.List;

/** The versions of what this installation runs, for the About dialog and {@code version}. */
public interface Versions {

  /** One line: what, and its version. */
  record Entry(String name, String version) {}

  /** The version of Constellation Workbench itself. */
  String constellation();

  /** Every entry, in display order, Constellation first. */
  List<Entry> all();
}
