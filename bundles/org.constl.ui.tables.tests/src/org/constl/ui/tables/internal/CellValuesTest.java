package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ui.tables.internal.CellValues.Refused;
import org.constl.ui.tables.internal.CellValues.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CellValuesTest {

  private static final String CID = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";
  private final CellValues values = new CellValues(ZoneId.of("America/Montreal"));

  private IpldValue value(String text, BaseCategory base) {
    return assertInstanceOf(Value.class, values.parse(text, Optional.of(VariableCategory.simple(base))))
        .value().orElseThrow();
  }

  private String refusal(String text, BaseCategory base) {
    return assertInstanceOf(Refused.class, values.parse(text, Optional.of(VariableCategory.simple(base)))).reason();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"12|12", "-3.5|-3.5", "12,5|12.5", "1 234,5|1234.5", "1,234.5|1234.5",
      "1.234,5|1234.5", "2e3|2000", "0.1|0.1", "+7|7"})
  void numbersInTheWaysSpreadsheetsShowThem(String text, String json) {
    assertEquals(IpldJson.parse(json), value(text, BaseCategory.NUMBER));
  }

  @Test
  void integralNumbersAreStoredAsIntegersAsJsDoes() {
    assertInstanceOf(IpldValue.IntValue.class, value("4.0", BaseCategory.NUMBER));
    assertInstanceOf(IpldValue.FloatValue.class, value("4.5", BaseCategory.NUMBER));
  }

  @Test
  void textThatIsNotANumberIsRefusedWithItsReason() {
    String reason = refusal("12 mm", BaseCategory.NUMBER);
    assertTrue(reason.contains("'12 mm' is not a number"), reason);
    assertTrue(refusal("1e999", BaseCategory.NUMBER).contains("too large"));
  }

  @Test
  void booleansInSeveralLanguages() {
    assertEquals(IpldValue.of(true), value("VRAI", BaseCategory.BOOLEAN));
    assertEquals(IpldValue.of(false), value("no", BaseCategory.BOOLEAN));
    assertTrue(refusal("maybe", BaseCategory.BOOLEAN).contains("not true or false"));
  }

  @Test
  void datesAreStoredAsIpaReadsThem() {
    IpldValue date = value("2024-05-31", BaseCategory.TIMESTAMP);
    assertEquals(IpldValue.map(Map.of("système", IpldValue.of("dateJS"), "val", IpldValue.of("2024-05-31T00:00:00.000Z"))),
        date);
    // Without a zone a time is local, as new Date() reads it; Montreal is 4 hours behind UTC in May.
    assertEquals(IpldValue.of("2024-05-31T18:30:00.000Z"), value("2024-05-31 14:30", BaseCategory.TIMESTAMP).asMap()
        .get("val"));
    assertEquals(IpldValue.of("2024-05-31T14:30:05.250Z"), value("2024-05-31T16:30:05.25+02:00",
        BaseCategory.TIMESTAMP).asMap().get("val"));
    assertTrue(refusal("31/05/2024", BaseCategory.TIMESTAMP).contains("ambiguous"));
  }

  @Test
  void intervalsArePairsOfDates() {
    IpldValue interval = value("2024-05-01 / 2024-05-31T12:00:00Z", BaseCategory.TIME_INTERVAL);
    assertEquals(2, interval.asList().size());
    assertEquals(IpldValue.of("2024-05-31T12:00:00.000Z"), interval.asList().get(1).asMap().get("val"));
    assertTrue(refusal("2024-05-01", BaseCategory.TIME_INTERVAL).contains("not a pair of dates"));
  }

  @Test
  void geoJsonIsAnObjectWithAType() {
    IpldValue point = value("{\"type\": \"Point\", \"coordinates\": [-73.6, 45.5]}", BaseCategory.GEOJSON);
    assertEquals(IpldValue.of("Point"), point.asMap().get("type"));
    assertTrue(refusal("{\"coordinates\": [1, 2]}", BaseCategory.GEOJSON).contains("\"type\""));
    assertTrue(refusal("{not json", BaseCategory.GEOJSON).contains("not valid JSON"));
  }

  @Test
  void filesAreACidAndAName() {
    assertEquals(IpldValue.of(CID + "/photo.png"), value(CID + "/photo.png", BaseCategory.IMAGE));
    assertTrue(refusal("C:/photo.png", BaseCategory.IMAGE).contains("<CID>/<file name>"));
  }

  @Test
  void translatableTextKeepsAnAddressAndGivesAnyOtherTextToTheTranslator() {
    String address = "/orbitdb/zdpuAqVk8TDi7jHBt3DsLqUmfUNTGbhDzmjmbNT9Wu3ohoCpp";
    Map<String, String> made = new LinkedHashMap<>();
    CellValues.Translator translator = text -> {
      String madeAddress = "made " + made.size();
      made.put(madeAddress, text);
      return IpldValue.of(madeAddress);
    };
    Optional<VariableCategory> one = Optional.of(VariableCategory.simple(BaseCategory.TRANSLATABLE_TEXT));
    Optional<VariableCategory> list = Optional.of(VariableCategory.list(BaseCategory.TRANSLATABLE_TEXT));
    assertEquals(new Value(Optional.of(IpldValue.of(address))), values.parse(address, one, translator));
    assertTrue(made.isEmpty(), "an address is kept as it is");

    IpldValue bonjour = assertInstanceOf(Value.class, values.parse(" bonjour ", one, translator)).value().orElseThrow();
    assertEquals(Map.of(bonjour.asString(), "bonjour"), made);
    IpldValue words = assertInstanceOf(Value.class, values.parse("[\"pluie\", \"" + address + "\"]", list, translator))
        .value().orElseThrow();
    assertEquals("pluie", made.get(words.asList().get(0).asString()), "each text of a list gets its own");
    assertEquals(IpldValue.of(address), words.asList().get(1));
    assertEquals(new Value(Optional.empty()), values.parse(" ", one, translator), "a blank text clears the cell");

    assertEquals(new Value(Optional.of(IpldValue.of("bonjour"))), values.parse("bonjour", one),
        "a check writes nothing");
  }

  @Test
  void listsTakeAJsonArrayOrOneValue() {
    VariableCategory numbers = VariableCategory.list(BaseCategory.NUMBER);
    assertEquals(new Value(Optional.of(IpldJson.parse("[1,2.5]"))), values.parse("[1, \"2,5\"]", Optional.of(numbers)));
    assertEquals(new Value(Optional.of(IpldJson.parse("[3]"))), values.parse("3", Optional.of(numbers)));
    assertInstanceOf(Refused.class, values.parse("[1, \"x\"]", Optional.of(numbers)));
  }

  @Test
  void blankTextClearsTheCellAndColumnsWithoutVariableGuess() {
    assertEquals(new Value(Optional.empty()), values.parse("  ", Optional.of(VariableCategory.simple(BaseCategory.NUMBER))));
    assertEquals(new Value(Optional.of(IpldValue.of(3))), values.parse("3", Optional.empty()));
    assertEquals(new Value(Optional.of(IpldValue.of(true))), values.parse("TRUE", Optional.empty()));
    assertEquals(new Value(Optional.of(IpldValue.of("3 mm"))), values.parse("3 mm", Optional.empty()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"NUMBER|-12.25", "NUMBER|42", "BOOLEAN|true", "TEXT|a \"b\"\tc",
      "TIMESTAMP|2024-05-31", "TIMESTAMP|2024-05-31T14:30:00.000Z", "TIME_INTERVAL|2024-05-01 / 2024-05-31T12:00:00.000Z",
      "GEOJSON|{\"type\":\"Point\",\"coordinates\":[1,2]}", "FILE|" + CID + "/notes.txt"})
  void theTextOfAValueReadsBackToTheSameValue(String category, String text) {
    Optional<VariableCategory> type = Optional.of(VariableCategory.simple(BaseCategory.valueOf(category)));
    IpldValue stored = assertInstanceOf(Value.class, values.parse(text, type)).value().orElseThrow();
    assertEquals(text, CellValues.text(stored, type));
    assertEquals(new Value(Optional.of(stored)), values.parse(CellValues.text(stored, type), type));
  }
}
