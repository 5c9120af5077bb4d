package org.constl.core.objects;

/** Something an object service could not do; the subclasses say why. */
public class ConstellationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConstellationException(String message) {
    super(message);
  }

  public ConstellationException(String message, Throwable cause) {
    super(message, cause);
  }
}
