package org.constl.core.objects;

import java.util.Objects;

/** A contact of a profile ({@code {type, contact}}); e-mail is type {@value #EMAIL}. */
public record Contact(String type, String contact) {

  public static final String EMAIL = "courriel";

  public Contact {
    Objects.requireNonNull(type);
    Objects.requireNonNull(contact);
  }
}
