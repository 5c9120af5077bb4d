package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvFormatTest {

  @Test
  void plainCellsAreSplitByTabsAndLineEnds() {
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), TsvFormat.read("a\tb\r\nc\td\r\n"));
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), TsvFormat.read("a\tb\nc\td"));
    assertEquals(List.of(List.of("a"), List.of("b")), TsvFormat.read("a\rb\r"));
  }

  @Test
  void quotedCellsKeepTabsLineEndsAndDoubledQuotes() {
    // As LibreOffice and Excel write a cell with a line break, one with a tab, one with quotes.
    String text = "\"two\nlines\"\t\"a\ttab\"\t\"say \"\"hi\"\"\"\r\nplain\t\t\r\n";
    assertEquals(List.of(List.of("two\nlines", "a\ttab", "say \"hi\""), List.of("plain", "", "")),
        TsvFormat.read(text));
  }

  @Test
  void aQuoteInsideACellIsJustText() {
    assertEquals(List.of(List.of("5\" screen", "x")), TsvFormat.read("5\" screen\tx"));
  }

  @Test
  void textAfterAClosingQuoteIsKeptAndAnOpenQuoteRunsToTheEnd() {
    assertEquals(List.of(List.of("ab", "c")), TsvFormat.read("\"a\"b\tc"));
    assertEquals(List.of(List.of("never\tclosed\n")), TsvFormat.read("\"never\tclosed\n"));
  }

  @Test
  void raggedRowsArePaddedAndEmptyCellsKept() {
    assertEquals(List.of(List.of("a", "", ""), List.of("b", "c", "")), TsvFormat.read("a\nb\tc\t\n"));
    assertEquals(List.of(), TsvFormat.read(""));
    assertEquals(List.of(List.of("")), TsvFormat.read("\n"));
  }

  @Test
  void writingQuotesOnlyWhatNeedsItAndReadsBackTheSameBlock() {
    List<List<String>> block = List.of(List.of("plain", "tab\there", "line\nbreak"),
        List.of("\"quoted\"", "", "crlf\r\nend"));
    String text = TsvFormat.write(block);
    assertEquals("plain\t\"tab\there\"\t\"line\nbreak\"\n\"\"\"quoted\"\"\"\t\t\"crlf\r\nend\"\n", text);
    assertEquals(block, TsvFormat.read(text));
  }
}
