package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTableFormatTest {

  @Test
  void readsTheTableExcelPutsOnTheClipboard() {
    String html = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta charset=utf-8><style>
        <!--td {mso-number-format:General;} br {mso-data-placement:same-cell;}-->
        </style></head><body link="#0563C1">
        <table border=0 cellpadding=0 cellspacing=0 width=128>
        <!--StartFragment-->
         <tr height=20>
          <td height=20 width=64>Station</td>
          <td width=64 align=right>12,5</td>
         </tr>
         <tr height=40>
          <td height=40 class=xl65 width=64>two<br style='mso-data-placement:same-cell' />lines</td>
          <td>A&amp;B &lt;x&gt;&nbsp;&nbsp;y</td>
         </tr>
        <!--EndFragment-->
        </table></body></html>
        """;
    assertEquals(Optional.of(List.of(List.of("Station", "12,5"), List.of("two\nlines", "A&B <x>  y"))),
        HtmlTableFormat.read(html));
  }

  @Test
  void readsTheTableLibreOfficeWrites() {
    String html = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><HTML><BODY>"
        + "<TABLE CELLSPACING=0 COLS=2 BORDER=0><COLGROUP WIDTH=85 SPAN=2></COLGROUP><TBODY>\n"
        + "<TR>\n<TD HEIGHT=17 ALIGN=LEFT><FONT FACE=\"Liberation Sans\">pluie</FONT></TD>\n"
        + "<TD ALIGN=RIGHT SDVAL=\"3\" SDNUM=\"1033;\"><FONT FACE=\"Liberation Sans\">3</FONT></TD>\n</TR>\n"
        + "</TBODY></TABLE></BODY></HTML>";
    assertEquals(Optional.of(List.of(List.of("pluie", "3"))), HtmlTableFormat.read(html));
  }

  @Test
  void spansBecomeEmptyCells() {
    String html = "<table><tr><td colspan=2>wide</td><td rowspan=2>tall</td></tr>"
        + "<tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td><td>e</td></tr></table>";
    assertEquals(Optional.of(List.of(List.of("wide", "", "tall"), List.of("a", "b", ""),
        List.of("c", "d", "e"))), HtmlTableFormat.read(html));
  }

  @Test
  void numericEntitiesDecodeAndHostileSpansAreBounded() {
    assertEquals(Optional.of(List.of(List.of("é€"))), HtmlTableFormat.read("<table><td>&#233;&#x20AC;</td></table>"));
    List<List<String>> rows = HtmlTableFormat.read("<table><tr><td colspan=999999999999>x</td></tr></table>")
        .orElseThrow();
    assertTrue(rows.get(0).size() <= 1_000, "span not bounded: " + rows.get(0).size());
  }

  @Test
  void htmlWithoutATableGivesNothing() {
    assertEquals(Optional.empty(), HtmlTableFormat.read("<p>just a paragraph</p>"));
  }

  @Test
  void writtenTablesReadBackTheSameBlock() {
    List<List<String>> block = List.of(List.of("a<b", "x & y", "two\nlines"), List.of("\"q\"", "", "é"));
    String html = HtmlTableFormat.write(block);
    assertTrue(html.contains("<td>a&lt;b</td>") && html.contains("two<br>lines"), html);
    assertEquals(Optional.of(block), HtmlTableFormat.read(html));
  }
}
