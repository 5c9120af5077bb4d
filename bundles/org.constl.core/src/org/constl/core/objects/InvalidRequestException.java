package org.constl.core.objects;

/**
 * The request itself is wrong and nothing was written: an unknown licence, a column that the
 * table does not have, an image larger than ipa takes...
 */
public class InvalidRequestException extends ConstellationException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
