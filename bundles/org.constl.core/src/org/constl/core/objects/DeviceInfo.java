package org.constl.core.objects;

import java.util.Objects;
import java.util.Optional;

/**
 * A device of the account as {@code nomsDispositifs} names it: its OrbitDB identity id, and the
 * name and type ({@code ordinateur}, {@code serveur}, {@code téléphone}...) it was given.
 */
public record DeviceInfo(String deviceId, Optional<String> name, Optional<String> type) {

  /** The type ipa gives a desktop application (Electron); this workbench is one. */
  public static final String COMPUTER = "ordinateur";

  public DeviceInfo {
    Objects.requireNonNull(deviceId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
  }
}
