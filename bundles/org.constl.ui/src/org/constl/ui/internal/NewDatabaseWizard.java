package org.constl.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.Licence;
import org.constl.core.objects.Licences;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** New database: its name and its licence, chosen from Constellation's built-in catalogue. */
final class NewDatabaseWizard extends Wizard {

  /** Open data first: the catalogue lists data licences first. */
  static final String DEFAULT_LICENCE = "ODbl-1_0";

  private final Constellation constellation;
  private final Page page = new Page();

  NewDatabaseWizard(Constellation constellation) {
    this.constellation = constellation;
    setWindowTitle("New Database");
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    String name = page.name.getText().strip();
    Licence licence = page.licence();
    return NavigatorActions.wrote(getShell(), "create the database", () -> {
      String id = constellation.databases().create(licence.code(), Optional.empty());
      constellation.databases().setName(id, Names.language(), name);
    });
  }

  private static final class Page extends WizardPage {

    private final List<Licence> licences = Licences.all();
    private Text name;
    private Combo licence;
    private Label terms;

    Page() {
      super("database");
      setTitle("New database");
      setDescription("A database holds tables of data under one licence.");
      setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
      Composite page = new Composite(parent, SWT.NONE);
      GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
      new Label(page, SWT.NONE).setText("&Name:");
      name = new Text(page, SWT.BORDER | SWT.SINGLE);
      name.setMessage("e.g. Rainfall at our stations");
      GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
      name.addModifyListener(event -> check());

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
      setControl(page);
      name.setFocus();
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

    private void check() {
      boolean named = !name.getText().isBlank();
      setErrorMessage(null);
      setMessage(named ? null : "Give the database a name.");
      setPageComplete(named);
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
