package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.KeywordInfo;
import org.constl.core.objects.ProjectInfo;
import org.constl.core.objects.QualityScore;
import org.constl.core.objects.TableInfo;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.ui.internal.NavigatorNode.Item;
import org.constl.ui.internal.NavigatorNode.Table;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * What the Properties view shows for the navigator's selection, read-only: a database's licence,
 * status, quality, keywords and tables; a table's columns, index and rows; a variable's category,
 * unit and rules. Values are read when the view asks, so they are current.
 */
final class NodeProperties implements IPropertySource {

  private static final String GENERAL = "General";
  private static final String CONTENT = "Content";

  private final Map<String, String> values;
  private final Map<String, String> categories;

  private NodeProperties(Map<String, String> values, Map<String, String> categories) {
    this.values = values;
    this.categories = categories;
  }

  /** Gives each selected node its properties. */
  record Provider(Supplier<NavigatorModel> model, Function<String, OptionalInt> openRowCount)
      implements IPropertySourceProvider {

    @Override
    public IPropertySource getPropertySource(Object element) {
      NavigatorModel current = model.get();
      if (current == null) {
        return null;
      }
      Builder properties = new Builder();
      switch (element) {
        case Item item -> {
          properties.general("Id", item.id());
          current.state(item.id(), Object.class).ifPresent(state -> describe(state, current, properties));
        }
        case Table table -> {
          properties.general("Id", table.tableId());
          properties.general("Key", table.key());
          current.state(table.tableId(), TableInfo.class).ifPresent(info -> describe(info, current, properties));
          OptionalInt rows = openRowCount.apply(table.tableId());
          properties.content("Rows", rows.isPresent() ? String.valueOf(rows.getAsInt()) : "(open the table to count)");
        }
        default -> {
          return null;
        }
      }
      return properties.build();
    }

    private static void describe(Object state, NavigatorModel model, Builder properties) {
      switch (state) {
        case DatabaseInfo database -> {
          properties.general("Licence", database.licence());
          database.contentLicence().ifPresent(licence -> properties.general("Licence of content", licence));
          properties.general("Status", database.status().status().stored());
          properties.general("Quality", quality(model, database.id()));
          properties.content("Keywords", database.keywords().stream().map(id -> model.label(id, id))
              .collect(Collectors.joining(", ")));
          properties.content("Tables", database.tables().stream().map(t -> model.label(t.id(), t.key()))
              .collect(Collectors.joining(", ")));
        }
        case TableInfo table -> {
          properties.content("Columns", table.columns().stream().map(column -> column(model, column))
              .collect(Collectors.joining(", ")));
          properties.content("Index", table.indexColumns().isEmpty() ? "(none: each row gets a random key)"
              : table.columns().stream().filter(TableColumn::index).map(model::columnLabel)
                  .collect(Collectors.joining(", ")));
          properties.content("Rules", table.rules().isEmpty() ? "(none of its own)"
              : table.rules().stream().map(rule -> rule(model, table, rule)).collect(Collectors.joining(", ")));
        }
        case VariableInfo variable -> {
          properties.general("Category", variable.category().map(NodeProperties::category).orElse("(unknown)"));
          properties.general("Unit", variable.unit().orElse(""));
          properties.general("Status", variable.status().status().stored());
          properties.content("Rules", variable.rules().isEmpty() ? "(only its category)"
              : variable.rules().stream().map(VariableRule::rule).map(rule -> RuleWizard.typeLabel(rule.type()))
                  .collect(Collectors.joining(", ")));
        }
        case ProjectInfo project -> {
          properties.general("Status", project.status().status().stored());
          properties.content("Databases", project.databases().stream().map(id -> model.label(id, id))
              .collect(Collectors.joining(", ")));
        }
        case KeywordInfo keyword -> properties.general("Descriptions", String.join(" / ",
            keyword.descriptions().values()));
        default -> { }
      }
    }

    /** A table's rule as "Bounds on Rain"; its details are in the table's Rules dialog. */
    private static String rule(NavigatorModel model, TableInfo table, ColumnRule rule) {
      return RuleWizard.typeLabel(rule.ruleType()) + " on " + model.columnLabel(table.columns(), rule.columnId());
    }

    private static String column(NavigatorModel model, TableColumn column) {
      return model.columnLabel(column) + (column.index() ? " (index)" : "");
    }

    /** The score and its parts, as ipa computes them. */
    private static String quality(NavigatorModel model, String databaseId) {
      try {
        QualityScore score = model.constellation().databases().quality(databaseId);
        return percent(score.total()) + " (coverage " + percent(score.coverage())
            + ", validity " + percent(score.validity()) + (score.licence() == 0 ? ", no licence" : "") + ")";
      } catch (ConstellationException e) {
        return "(cannot be computed: " + e.getMessage() + ")";
      }
    }
  }

  private static String percent(double value) {
    return Math.round(value * 100) + " %";
  }

  private static String percent(OptionalDouble value) {
    return value.isPresent() ? percent(value.getAsDouble()) : "n/a";
  }

  /** A category as users read it, with its stored name for those who know the format. */
  static String category(VariableCategory category) {
    return (category.isList() ? "List of " : "") + label(category.base()) + " (" + category.base().stored() + ")";
  }

  static String label(BaseCategory base) {
    return switch (base) {
      case NUMBER -> "Number";
      case TIMESTAMP -> "Date and time";
      case TIME_INTERVAL -> "Time interval";
      case TRANSLATABLE_TEXT -> "Text, translatable";
      case TEXT -> "Text, not translated";
      case BOOLEAN -> "Yes or no";
      case GEOJSON -> "Place (GeoJSON)";
      case VIDEO -> "Video";
      case AUDIO -> "Audio";
      case IMAGE -> "Image";
      case FILE -> "File";
    };
  }

  /** Collects the properties in the order they are added. */
  private static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();

    void general(String name, String value) {
      add(GENERAL, name, value);
    }

    void content(String name, String value) {
      add(CONTENT, name, value);
    }

    private void add(String category, String name, String value) {
      values.put(name, value);
      categories.put(name, category);
    }

    NodeProperties build() {
      return new NodeProperties(values, categories);
    }
  }

  @Override
  public Object getEditableValue() {
    return this;
  }

  @Override
  public IPropertyDescriptor[] getPropertyDescriptors() {
    List<IPropertyDescriptor> descriptors = new ArrayList<>();
    values.keySet().forEach(name -> {
      PropertyDescriptor descriptor = new PropertyDescriptor(name, name);
      descriptor.setCategory(categories.get(name));
      descriptors.add(descriptor);
    });
    return descriptors.toArray(IPropertyDescriptor[]::new);
  }

  @Override
  public Object getPropertyValue(Object id) {
    return values.get(id);
  }

  @Override
  public boolean isPropertySet(Object id) {
    return false;
  }

  @Override
  public void resetPropertyValue(Object id) {
    // Read-only.
  }

  @Override
  public void setPropertyValue(Object id, Object value) {
    // Read-only.
  }
}
