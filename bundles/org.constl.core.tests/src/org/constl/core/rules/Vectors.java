package org.constl.core.rules;

import java.util.List;
import org.constl.testing.TsvVectors;

/** Reads the golden vectors of interop/vectors/constellation-rules.mjs: tab-separated, '#' comments. */
final class Vectors {

  private Vectors() {
  }

  static List<String[]> load(String name) {
    return TsvVectors.read(Vectors.class, "/vectors/" + name);
  }
}
