package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import org.constl.core.objects.StorageFailureException;
import org.junit.jupiter.api.Test;

/** What the Data view says when a service failed to start, read from the stack trace the DS runtime keeps. */
class ServicesTest {

  @Test
  void theReasonIsOurOwnExceptionsMessageThoughTheRuntimeWrapsIt() {
    Exception ours = new StorageFailureException("cannot open the store of /d: The store /d/store.sqlite is damaged",
        new IOException("[SQLITE_NOTADB] file is not a database"));
    assertEquals("cannot open the store of /d: The store /d/store.sqlite is damaged",
        Services.reason(stackTrace(new InvocationTargetException(ours))));
  }

  @Test
  void withoutOneOfOursItIsTheDeepestCause() {
    Exception failure = new IllegalStateException("activation failed", new IOException("the disk is gone"));
    assertEquals("the disk is gone", Services.reason(stackTrace(failure)));
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
