package org.constl.core.objects;

/**
 * This device may not write to the object: its access controller does not count this device's
 * identity as a moderator or member. Nothing was written.
 */
public class WriteRefusedException extends ConstellationException {

  private static final long serialVersionUID = 1L;

  public WriteRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
