package org.constl.product.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.constl.core.objects.Constellation;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableValidator;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.ui.DomainViews;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The user, inside the launched product. {@link Phase#INSTALL}: Help > Install Plugins from
 * Update Site…, load the site, tick the hydrology feature, finish, restart now.
 * {@link Phase#USE}: the rule types are installed, a table of gauge readings is validated with
 * them, then opened in the grid, which marks the cells that break them, and the chart of the
 * column selected in the grid opens from Window > Show Domain View. {@link Phase#BROKEN_STORE}:
 * the data folder's store cannot be opened, and the Data view says why. What it saw goes to a
 * properties file for the JUnit test; then it closes the workbench.
 */
final class Driver {

  enum Phase { INSTALL, USE, BROKEN_STORE }

  static final String SITE = "constl.installtest.site";
  static final String REPORT = "constl.installtest.report";
  static final String SCREENSHOTS = "constl.screenshots";
  static final String FEATURE_NAME = "Hydrology for Constellation (example)";
  static final String RAINFALL = "hydrology.rainfallMm";
  static final String GAUGE = "hydrology.cumulativeGauge";
  static final String CHART_VIEW = "org.constl.examples.hydrology.chart";
  static final String CHART_MENU_LABEL = "Chart of the Column";
  static final String GAUGE_NAME = "Gauge (mm)";
  static final String DATA_VIEW = "org.constl.ui.views.data";
  static final String DARK_THEME = "org.constl.ui.theme.dark";
  static final String LIGHT_THEME = "org.constl.ui.theme.light";

  private final BundleContext context;
  private final Phase phase;
  private final Map<String, String> report = new LinkedHashMap<>();

  Driver(BundleContext context, Phase phase) {
    this.context = context;
    this.phase = phase;
  }

  void run() {
    UiRobot robot = null;
    try {
      Display display = awaitWorkbench();
      robot = new UiRobot(display, Path.of(System.getProperty(SCREENSHOTS)));
      Shell window = robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
      switch (phase) {
        case INSTALL -> install(robot, window);
        case USE -> use(robot, window);
        case BROKEN_STORE -> dataViewOfABrokenStore(robot, window);
      }
      report.put("result", "ok");
    } catch (Throwable e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      report.put("result", "failed: " + trace);
      if (robot != null) {
        screenshotOfFailure(robot);
        robot.ui(() -> PlatformUI.getWorkbench().close());
      }
    } finally {
      writeReport();
    }
  }

  /** Every window open when it failed, for whoever reads the report. */
  private void screenshotOfFailure(UiRobot robot) {
    Shell[] shells = robot.ui(() -> Arrays.stream(Display.getDefault().getShells()).filter(Shell::isVisible)
        .toArray(Shell[]::new));
    for (int i = 0; i < shells.length; i++) {
      try {
        report.put("failureScreenshot" + i, robot.screenshot(shells[i], phase.name().toLowerCase() + "-failure-" + i)
            .toString());
      } catch (IOException | RuntimeException e) {
        report.put("failureScreenshot" + i, e.toString());
      }
    }
  }

  private static Display awaitWorkbench() {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (PlatformUI.isWorkbenchRunning()) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        IWorkbenchWindow[] window = new IWorkbenchWindow[1];
        display.syncExec(() -> window[0] = PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        if (window[0] != null) {
          return display;
        }
      }
      UiRobot.pause();
    }
    throw new IllegalStateException("the workbench window did not open");
  }

  private void install(UiRobot robot, Shell window) throws IOException {
    robot.chooseMenu(window, "Help", "Install Plugins from Update Site");
    Shell wizard = robot.awaitShell("Install Plugins from Update Site");
    robot.ui(() -> {
      UiRobot.find(wizard, Text.class, t -> true).setText(System.getProperty(SITE));
      return null;
    });
    robot.press(wizard, "Load");
    TableItem feature = robot.await("the hydrology feature in the list", () -> {
      Table table = UiRobot.find(wizard, Table.class, t -> true);
      for (TableItem item : table.getItems()) {
        if (item.getText(0).equals(FEATURE_NAME)) {
          return item;
        }
      }
      return null;
    });
    robot.ui(() -> {
      UiRobot.tick(feature);
      return null;
    });
    report.put("offered", robot.ui(() -> feature.getText(0) + " " + feature.getText(1)));
    robot.await("Finish to be enabled by the tick", () -> UiRobot.find(wizard, Button.class,
        b -> UiRobot.plain(b.getText()).equals("Finish")).isEnabled());
    robot.screenshot(wizard, "install-1-update-site");
    robot.press(wizard, "Finish");
    // p2 asks whether to trust the unsigned plug-ins; the user ticks them and trusts them.
    Shell trust = robot.awaitShellWithButton("Trust Selected");
    robot.ui(() -> {
      for (Table table : UiRobot.findAll(trust, Table.class)) {
        for (TableItem item : table.getItems()) {
          if (item.getText(0).equals("Unsigned")) {
            UiRobot.tick(item);
          }
        }
      }
      return null;
    });
    robot.screenshot(trust, "install-2-trust-unsigned");
    robot.press(trust, "Trust Selected");
    Shell restart = robot.awaitShell("Restart Constellation");
    robot.screenshot(restart, "install-3-restart");
    report.put("installed", FEATURE_NAME);
    robot.press(restart, "Restart Now");
  }

  private void use(UiRobot robot, Shell window) throws Exception {
    InstalledRuleTypes installed = installedTypes();
    report.put("ruleTypes", installed.current().all().stream().map(RuleType::id).collect(Collectors.joining(",")));
    List<Finding> findings = validateGaugeTable(installed);
    report.put("findings", findings.stream().map(f -> f.rowKey() + " " + f.kind() + " " + f.message())
        .collect(Collectors.joining("\n")));

    // The same readings in a table of the account, opened in the grid as a double-click in the
    // Data view opens it: the plug-in's rules mark the cells that break them.
    GaugeGrid grid = GaugeGrid.open(robot, gaugeTableInAccount(), gaugeRows().size());
    report.put("gridStatus", robot.await("the grid's count of findings",
        () -> grid.status().endsWith(" 2 findings") ? grid.status() : null));
    report.put("gridMarked", robot.await("the marks painted", () -> {
      String marked = grid.markedCells();
      return marked.split("; ").length == 2 ? marked : null;
    }));
    report.put("gridScreenshot", robot.screenshot(window, "installed-hydrology-grid").toString());

    // The user clicks the gauge column's header, then opens the chart: it charts that column.
    grid.clickHeader(GAUGE_NAME);
    robot.chooseMenu(window, "Window", "Show Domain View", CHART_MENU_LABEL);
    IViewPart chart = robot.await("the chart view", () ->
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(CHART_VIEW));
    String description = robot.await("the chart to be drawn", () -> {
      String text = ((ViewPart) chart).getContentDescription();
      return text.contains("rows") ? text : null;
    });
    report.put("chart", description);
    // Beside the editor, not squeezed into the Properties view's narrow stack.
    report.put("chartShare", robot.ui(() -> String.format(Locale.ROOT, "%.2f",
        ((Control) chart.getSite().getService(MPart.class).getWidget()).getSize().x / (double) window.getSize().x)));
    report.put("domainViews", String.join(",", DomainViews.all().stream().map(v -> v.viewId()).toList()));
    report.put("screenshot", robot.screenshot(window, "installed-hydrology-chart").toString());
    // The same in the dark theme, for people to check that the chart stays readable.
    robot.ui(() -> {
      PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(DARK_THEME, false);
      return null;
    });
    report.put("darkScreenshot", robot.screenshot(window, "installed-hydrology-chart-dark").toString());
    robot.ui(() -> {
      PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(LIGHT_THEME, false);
      return null;
    });
    robot.ui(() -> PlatformUI.getWorkbench().close());
  }

  private void dataViewOfABrokenStore(UiRobot robot, Shell window) throws IOException {
    IViewPart data = robot.await("the Data view", () ->
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(DATA_VIEW));
    report.put("dataView", robot.await("the Data view's text", () -> {
      Label location = UiRobot.find((Control) data.getSite().getService(MPart.class).getWidget(), Label.class,
          l -> l.getText().startsWith("Data folder"));
      return location == null ? null : location.getText();
    }));
    report.put("screenshot", robot.screenshot(window, "data-folder-with-a-damaged-store").toString());
    robot.ui(() -> PlatformUI.getWorkbench().close());
  }

  private InstalledRuleTypes installedTypes() throws InterruptedException {
    InstalledRuleTypes installed = service(InstalledRuleTypes.class);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (installed.current().find(GAUGE).isEmpty() && System.nanoTime() < deadline) {
      UiRobot.pause();
    }
    return installed;
  }

  /** The plug-in's gauge rule over the station, time and gauge columns. */
  private static final Rule GAUGE_RULE = new Rule.Other(GAUGE, IpldValue.MapValue.builder()
      .put("station", IpldValue.of("station")).put("time", IpldValue.of("time"))
      .put("reading", IpldValue.of("gauge_mm")).build());

  private static final List<TableColumn> COLUMNS = List.of(new TableColumn("station", Optional.empty(), true),
      new TableColumn("time", Optional.empty(), true), TableColumn.of("gauge_mm", "v-gauge"),
      TableColumn.of("rain_mm", "v-rain"));

  /** One station's day: the reading of 18:00 fell below that of 12:00; 612 mm of rain is a slip. */
  private static Map<String, Map<String, IpldValue>> gaugeRows() {
    Map<String, Map<String, IpldValue>> rows = new LinkedHashMap<>();
    rows.put("r01", row("2024-05-01T00:00:00Z", 0.0, 0.0));
    rows.put("r02", row("2024-05-01T06:00:00Z", 3.2, 3.2));
    rows.put("r03", row("2024-05-01T12:00:00Z", 11.6, 8.4));
    rows.put("r04", row("2024-05-01T18:00:00Z", 9.1, 612));
    rows.put("r05", row("2024-05-01T23:00:00Z", 14.0, 4.9));
    return rows;
  }

  private static Map<String, IpldValue> row(String time, double gauge, double rain) {
    return Map.of("station", IpldValue.of("GA-01"), "time", IpldValue.of(time), "gauge_mm", IpldValue.of(gauge),
        "rain_mm", IpldValue.of(rain));
  }

  private static List<Finding> validateGaugeTable(InstalledRuleTypes installed) {
    List<ColumnRule> rules = List.of(
        new ColumnRule(new VariableRule("pluie", new Rule.Other(RAINFALL, IpldValue.MapValue.builder().build())),
            RuleSource.variable("v-rain"), "rain_mm"),
        new ColumnRule(new VariableRule("cumul", GAUGE_RULE), RuleSource.table("relevés"), "gauge_mm"));
    TableValidator validator = TableValidator.prepare(COLUMNS, rules, ForeignTables.NONE, installed.current());
    if (!validator.problems().isEmpty()) {
      throw new IllegalStateException("rules not checked: " + validator.problems());
    }
    List<Finding> findings = new ArrayList<>();
    gaugeRows().forEach((key, cells) -> validator.check(key, cells, findings::add));
    validator.finish(findings::add);
    return findings;
  }

  /**
   * The gauge readings as a table of the user's account: a database, four variables (the rain's
   * with the plug-in's rainfall rule), the columns, the plug-in's gauge rule on the table, the rows.
   */
  private String gaugeTableInAccount() throws InterruptedException {
    Constellation constellation = service(Constellation.class);
    String database = constellation.databases().create("ODbl-1_0", Optional.empty());
    constellation.databases().setName(database, "en", "Gauges (install test)");
    String table = constellation.databases().addTable(database, Optional.empty());
    constellation.tables().setName(table, "en", "Readings");
    column(constellation, table, "station", "Station", BaseCategory.TEXT);
    column(constellation, table, "time", "Time", BaseCategory.TIMESTAMP);
    column(constellation, table, "gauge_mm", GAUGE_NAME, BaseCategory.NUMBER);
    String rain = column(constellation, table, "rain_mm", "Rain (mm)", BaseCategory.NUMBER);
    constellation.variables().addRule(rain, new Rule.Other(RAINFALL, IpldValue.MapValue.builder().build()));
    constellation.tables().addRule(table, "gauge_mm", GAUGE_RULE);
    constellation.tables().addRows(table, List.copyOf(gaugeRows().values()));
    return table;
  }

  /** A new variable, and a column of the table bound to it; returns the variable. */
  private static String column(Constellation constellation, String table, String columnId, String name,
      BaseCategory category) {
    String variable = constellation.variables().create(VariableCategory.simple(category));
    constellation.variables().setName(variable, "en", name);
    constellation.tables().addColumn(table, Optional.of(variable), Optional.of(columnId));
    return variable;
  }

  private <T> T service(Class<T> type) throws InterruptedException {
    ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
    tracker.open();
    T service = tracker.waitForService(TimeUnit.MINUTES.toMillis(1));
    if (service == null) {
      throw new IllegalStateException("no " + type.getSimpleName() + " service");
    }
    return service;
  }

  private void writeReport() {
    Properties properties = new Properties();
    properties.putAll(report);
    try (OutputStream out = Files.newOutputStream(Path.of(System.getProperty(REPORT)))) {
      properties.store(out, "install test, phase " + phase);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
  }
}
