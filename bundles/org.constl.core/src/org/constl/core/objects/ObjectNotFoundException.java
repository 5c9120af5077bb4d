package org.constl.core.objects;

/**
 * The id names no object of the expected kind that this node has: unknown address, a database
 * whose blocks are not here, or an object of another kind (a variable given as a table...).
 */
public class ObjectNotFoundException extends ConstellationException {

  private static final long serialVersionUID = 1L;

  private final String id;

  public ObjectNotFoundException(String id, String message) {
    super(message);
    this.id = id;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }
}
