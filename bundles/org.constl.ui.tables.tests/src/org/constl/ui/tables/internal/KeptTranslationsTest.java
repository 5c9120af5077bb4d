package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/** Which items of an edited list of translatable texts keep their database. */
class KeptTranslationsTest {

  private static final String RAIN = "/orbitdb/zdpuAqVk8TDi7jHBt3DsLqUmfUNTGbhDzmjmbNT9Wu3ohoCpp";
  private static final String FLOOD = "/orbitdb/zdpuAmrcSRUhkQcnRQ6p4bphs7DJWGBkqczSGFYynX6moTcDL";
  private static final String RAIN_AGAIN = "/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp";
  private static final String UNREAD = "/orbitdb/zdpuAst6ySAciCJyWnGj2Bvpv6EHvbugnBuNRsKoRnwPSkgMg";
  private static final Map<String, String> TEXTS = Map.of(RAIN, "rain", FLOOD, "crue", RAIN_AGAIN, "rain");

  private final List<String> made = new ArrayList<>();
  private final CellValues.Translator fresh = text -> {
    made.add(text);
    return IpldValue.of("new " + text);
  };

  @Test
  void aTextLeftAsItWasKeepsItsDatabaseEachOnceAndANewOrChangedOneGetsItsOwn() {
    KeptTranslations kept = new KeptTranslations(
        Optional.of(IpldValue.list(IpldValue.of(RAIN), IpldValue.of(FLOOD), IpldValue.of(RAIN_AGAIN))),
        address -> TEXTS.getOrDefault(address, address), fresh);

    assertEquals(IpldValue.of(FLOOD), kept.translated("crue"));
    // Two items had the same text: each keeps its database, in the list's order; a third is new.
    assertEquals(IpldValue.of(RAIN), kept.translated("rain"));
    assertEquals(IpldValue.of(RAIN_AGAIN), kept.translated("rain"));
    assertEquals(IpldValue.of("new rain"), kept.translated("rain"));
    assertEquals(IpldValue.of("new crues"), kept.translated("crues"));
    assertEquals(List.of("rain", "crues"), made);
  }

  @Test
  void aCellThatHeldNoListKeepsNothing() {
    KeptTranslations kept = new KeptTranslations(Optional.of(IpldValue.of(UNREAD)), address -> "rain", fresh);
    assertEquals(IpldValue.of("new rain"), kept.translated("rain"));
    assertEquals(IpldValue.of("new x"), new KeptTranslations(Optional.empty(), address -> "x", fresh).translated("x"));
  }
}
