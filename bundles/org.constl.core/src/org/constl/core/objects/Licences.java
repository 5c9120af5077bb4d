package org.constl.core.objects;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ipa's built-in licence catalogue ({@code licences.ts}, {@code infoLicences}), in ipa's order:
 * data licences first, then creative, code and other ones. ipa's list has {@code usagePrivé}
 * twice in {@code gpl-3_0}'s rights; it is kept as ipa has it.
 */
public final class Licences {

  // code | category | rights | conditions | limitations | specialised ("-" for none)
  private static final String CATALOGUE = """
      ODbl-1_0 | basesDeDonnées | usageComercial partager usagePrivé adapter | attribution partageÉgal inclureDroitDauteur | aucuneResponsabilité brevetExclu marqueCommerce aucuneGarantie | -
      ODC-BY-1_0 | basesDeDonnées | usageComercial partager usagePrivé adapter | attribution inclureDroitDauteur | aucuneResponsabilité aucuneGarantie marqueCommerce brevetExclu | -
      PDDL | basesDeDonnées | usageComercial partager adapter usagePrivé | - | aucuneResponsabilité aucuneGarantie marqueCommerce brevetExclu | -
      rvca-open | basesDeDonnées | usagePrivé usageComercial adapter partager | inclureDroitDauteur attribution | sousLicence aucuneResponsabilité | spécialisée
      CC-BY-SA-4_0 | artistique | partager adapter usageComercial usagePrivé | inclureDroitDauteur indiquerChangements partageÉgal | aucuneResponsabilité marqueCommerce brevetExclu aucuneGarantie | -
      CC-BY-4_0 | artistique | usageComercial partager adapter usagePrivé | attribution indiquerChangements | aucuneResponsabilité marqueCommerce brevetExclu aucuneGarantie | -
      CC-0-1_0 | artistique | partager adapter usageComercial usagePrivé | - | aucuneResponsabilité marqueCommerce brevetExclu aucuneGarantie | -
      0bsd | codeInformatique | usageComercial partager adapter usagePrivé | - | - | -
      afl-3_0 | codeInformatique | usageComercial partager adapter usagePrivé usageBrevets | inclureDroitDauteur indiquerChangements | marqueCommerce aucuneResponsabilité aucuneGarantie | -
      agpl-3_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur indiquerChangements partagerCodeSource usagereseau partageÉgal | aucuneResponsabilité aucuneGarantie | -
      apache-2_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur indiquerChangements | marqueCommerce aucuneResponsabilité aucuneGarantie | -
      artistic-2_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur indiquerChangements | aucuneResponsabilité marqueCommerce aucuneGarantie | -
      bsd-2-clause | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      bsd-3-clause-clear | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité brevetExclu aucuneGarantie | -
      bsd-3-clause | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      bsd-4-clause | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      bsl-1_0 | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      cecill-2_1 | codeInformatique | usageComercial adapter partager usagePrivé usageBrevets | inclureDroitDauteur partagerCodeSource partageÉgal | aucuneResponsabilité aucuneGarantie | -
      ecl-2_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur indiquerChangements | brevetExclu aucuneResponsabilité aucuneGarantie | -
      epl-1_0 | codeInformatique | usageComercial partager adapter usageBrevets usagePrivé | partagerCodeSource inclureDroitDauteur partageÉgal | aucuneResponsabilité aucuneGarantie | -
      epl-2_0 | codeInformatique | usageComercial partager adapter usageBrevets usagePrivé | partagerCodeSource inclureDroitDauteur partageÉgal | aucuneResponsabilité aucuneGarantie | -
      eupl-1_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur partagerCodeSource indiquerChangements usagereseau partageÉgal | aucuneResponsabilité marqueCommerce aucuneGarantie | -
      eupl-1_2 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur partagerCodeSource indiquerChangements usagereseau partageÉgal | aucuneResponsabilité marqueCommerce aucuneGarantie | -
      gpl-2_0 | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur indiquerChangements partagerCodeSource partageÉgal | aucuneResponsabilité aucuneGarantie | -
      gpl-3_0 | codeInformatique | usageComercial adapter usagePrivé usageBrevets usagePrivé | inclureDroitDauteur indiquerChangements partagerCodeSource partageÉgal | aucuneResponsabilité aucuneGarantie | -
      isc | codeInformatique | usageComercial partager adapter usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      lgpl-2_1 | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur partagerCodeSource indiquerChangements partageÉgal | aucuneResponsabilité aucuneGarantie | -
      lgpl-3_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur partagerCodeSource indiquerChangements partageÉgal | aucuneResponsabilité aucuneGarantie | -
      lppl-1_3c | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur indiquerChangements partagerCodeSource | aucuneResponsabilité aucuneGarantie | -
      mit-0 | codeInformatique | usageComercial adapter partager usagePrivé | - | aucuneResponsabilité aucuneGarantie | -
      mit | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      mpl-2_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | partagerCodeSource inclureDroitDauteur partageÉgal | aucuneResponsabilité marqueCommerce aucuneGarantie | -
      ms-pl | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur | aucuneGarantie marqueCommerce | -
      ms-rl | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | partagerCodeSource inclureDroitDauteur partageÉgal | aucuneGarantie marqueCommerce | -
      mulanpsl-2_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur | aucuneResponsabilité marqueCommerce aucuneGarantie | -
      ncsa | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      osl-3_0 | codeInformatique | usageComercial partager adapter usageBrevets usagePrivé | inclureDroitDauteur partagerCodeSource indiquerChangements usagereseau partageÉgal | marqueCommerce aucuneResponsabilité aucuneGarantie | -
      postgresql | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      unlicence | codeInformatique | usagePrivé usageComercial adapter partager | - | aucuneResponsabilité aucuneGarantie | -
      upl-1_0 | codeInformatique | usageComercial adapter partager usageBrevets usagePrivé | inclureDroitDauteur | aucuneResponsabilité aucuneGarantie | -
      vim | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur indiquerChangements partagerCodeSource partageÉgal | - | -
      wtfpl | codeInformatique | usageComercial adapter partager usagePrivé | - | - | -
      zlib | codeInformatique | usageComercial adapter partager usagePrivé | inclureDroitDauteur indiquerChangements | aucuneResponsabilité aucuneGarantie | -
      ofl-1_1 | autre | usagePrivé usageComercial adapter partager | inclureDroitDauteur partageÉgal | aucuneResponsabilité aucuneGarantie | -
      """;

  private static final Map<String, Licence> BY_CODE = parse();

  private Licences() {
  }

  /** Every licence, in ipa's order. */
  public static List<Licence> all() {
    return List.copyOf(BY_CODE.values());
  }

  public static Optional<Licence> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Whether {@code code} is in the catalogue (compared exactly, as ipa's keys). */
  public static boolean isKnown(String code) {
    return BY_CODE.containsKey(code);
  }

  private static Map<String, Licence> parse() {
    Map<String, Licence> licences = new LinkedHashMap<>();
    CATALOGUE.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
      String[] fields = line.split(" \\| ");
      licences.put(fields[0], new Licence(fields[0], fields[1], words(fields[2]), words(fields[3]), words(fields[4]),
          !"-".equals(fields[5])));
    });
    return licences;
  }

  private static List<String> words(String field) {
    return "-".equals(field) ? List.of() : Arrays.asList(field.split(" "));
  }
}
