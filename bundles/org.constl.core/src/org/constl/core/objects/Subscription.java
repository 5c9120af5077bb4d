package org.constl.core.objects;

/** A live subscription; closing it stops the calls (closing twice does nothing). */
public interface Subscription extends AutoCloseable {

  @Override
  void close();
}
