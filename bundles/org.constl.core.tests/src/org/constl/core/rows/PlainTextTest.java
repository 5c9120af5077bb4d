package org.constl.core.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/** The text of a cell that the grid shows and the quick filter looks in. */
class PlainTextTest {

  @Test
  void scalarsReadAsPeopleWriteThemAndTheRestAsJson() {
    assertEquals("a \"b\"", PlainText.of(IpldValue.of("a \"b\"")));
    assertEquals("12", PlainText.of(IpldValue.of(12)));
    assertEquals("1e+21", PlainText.of(IpldValue.of(1e21)));
    assertEquals("2", PlainText.of(IpldValue.of(2.0)));
    assertEquals("false", PlainText.of(IpldValue.of(false)));
    assertEquals("[1,\"x\"]", PlainText.of(IpldValue.list(IpldValue.of(1), IpldValue.of("x"))));
  }
}
