package org.constl.core.rules;

/**
 * The rule types installed in this runtime: the built-in ones and those other bundles add, as
 * {@link RuleType} OSGi services or through the {@code org.constl.core.validators} extension
 * point. An OSGi service; a validator prepared from {@link #current()} keeps the types it was
 * prepared with, so whoever keeps validators re-prepares them when told of a change.
 */
public interface InstalledRuleTypes {

  /** The types installed now. */
  RuleTypes current();

  /**
   * Tells the listener, on whichever thread installs or removes a type, after each change.
   *
   * @return closing it stops the notifications
   */
  AutoCloseable subscribe(Runnable listener);
}
