package org.constl.extensions;

/** The ids of Constellation's headless extension points; their schemas are under schema/. */
public final class ExtensionPoints {

  /** Rule types: {@code <ruleType id label class>} with {@code <parameter>}s (validators.exsd). */
  public static final String VALIDATORS = "org.constl.core.validators";

  private ExtensionPoints() {
  }
}
