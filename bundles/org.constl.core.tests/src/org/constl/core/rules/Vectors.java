package org.constl.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden vectors of interop/vectors/constellation-rules.mjs: tab-separated, '#' comments. */
final class Vectors {

  private Vectors() {
  }

  static List<String[]> load(String name) {
    String path = "/vectors/" + name;
    try (InputStream in = Vectors.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      if (rows.isEmpty()) {
        throw new IllegalStateException("no vectors in " + path);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
