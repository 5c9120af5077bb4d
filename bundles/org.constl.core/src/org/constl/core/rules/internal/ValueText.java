package org.constl.core.rules.internal;

import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;

/** A value as findings show it: its JSON, cut short. */
final class ValueText {

  private static final int MAX_LENGTH = 60;

  private ValueText() {
  }

  static String of(IpldValue value) {
    String json = IpldJson.print(value);
    return json.length() <= MAX_LENGTH ? json : json.substring(0, MAX_LENGTH - 1) + "…";
  }
}
