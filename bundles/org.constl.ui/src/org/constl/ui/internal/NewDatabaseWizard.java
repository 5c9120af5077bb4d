package org.constl.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.Licence;
import org.constl.core.objects.Licences;
import org.constl.ui.Names;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** New database: its name and its licence, chosen from Constellation's built-in catalogue. */
final class NewDatabaseWizard extends NewObjectWizard<NewDatabaseWizard.LicencePage> {

  /** Open data first: the catalogue lists data licences first. */
  static final String DEFAULT_LICENCE = "ODbl-1_0";

  NewDatabaseWizard(Constellation constellation) {
    super(constellation, new LicencePage());
  }

  @Override
  Runnable creation(String name) {
    Licence licence = firstPage.licence();
    return () -> {
      String id = constellation.databases().create(licence.code(), Optional.empty());
      constellation.databases().setName(id, Names.language(), name);
    };
  }

  /** The name, then the licence and what its terms allow and require. */
  static final class LicencePage extends NamePage {

    private final List<Licence> licences = Licences.all();
    private Combo licence;
    private Label terms;

    LicencePage() {
      super("database", "A database holds tables of data under one licence.", "Rainfall at our stations");
    }

    @Override
    void addFields(Composite page) {
      new Label(page, SWT.NONE).setText("&Licence:");
      licence = new Combo(page, SWT.READ_ONLY);
      for (Licence each : licences) {
        licence.add(each.code() + "  (" + category(each.category()) + ")");
      }
      licence.select(Math.max(0, licences.stream().map(Licence::code).toList().indexOf(DEFAULT_LICENCE)));
      licence.setVisibleItemCount(15);
      GridDataFactory.fillDefaults().grab(true, false).applyTo(licence);
      licence.addModifyListener(event -> showTerms());

      terms = new Label(page, SWT.WRAP);
      GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).indent(0, 8).applyTo(terms);
      showTerms();
    }

    Licence licence() {
      return licences.get(licence.getSelectionIndex());
    }

    private void showTerms() {
      Licence chosen = licence();
      terms.setText("Allows: " + readable(chosen.rights())
          + "\nRequires: " + (chosen.conditions().isEmpty() ? "nothing" : readable(chosen.conditions()))
          + (chosen.shareAlike() ? "\nShare-alike: copies keep this licence." : ""));
      terms.getParent().layout(true);
    }

    /** The catalogue's terms (French words) as users read them; an unknown one as stored. */
    private static String readable(List<String> terms) {
      return terms.stream().map(term -> TERMS.getOrDefault(term, term)).distinct()
          .collect(Collectors.joining(", "));
    }

    private static final Map<String, String> TERMS = Map.ofEntries(
        Map.entry("usageComercial", "commercial use"),
        Map.entry("usagePrivé", "private use"),
        Map.entry("partager", "sharing"),
        Map.entry("adapter", "adapting"),
        Map.entry("usageBrevets", "patent use"),
        Map.entry("attribution", "credit to the authors"),
        Map.entry("partageÉgal", "the same licence for adaptations"),
        Map.entry("inclureDroitDauteur", "the copyright notice"),
        Map.entry("indiquerChangements", "changes stated"),
        Map.entry("partagerCodeSource", "the source code shared"),
        Map.entry("usagereseau", "network use counts as distribution"));

    private static String category(String stored) {
      return switch (stored) {
        case "basesDeDonnées" -> "data";
        case "artistique" -> "creative works";
        case "codeInformatique" -> "software";
        default -> "other";
      };
    }
  }
}
