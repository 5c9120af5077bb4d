package org.constl.core.rules;

import java.util.Optional;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;

/**
 * The stored layouts of rules, categories and columns, exactly as {@code @constl/ipa} 1.6.16
 * writes them, and every French key and value of those layouts (the names of categories,
 * shapes, operators and sources are kept by their enums).
 *
 * <ul>
 *   <li>category: {@code {type: "simple"|"liste", catégorie}}</li>
 *   <li>rule ({@code règleVariable}): {@code {typeRègle, détails}}, the value of a variable's
 *       {@code règles} database under the rule id</li>
 *   <li>column rule ({@code règleColonne}): {@code {règle: {id, règle}, source: {type, id},
 *       colonne}}, the value of a table's {@code règles} database</li>
 *   <li>column: {@code {id, variable?, index?}}, the value of a table's {@code colonnes}
 *       database</li>
 * </ul>
 *
 * Reading is strict where ipa's types are (a rule ipa would apply differently from its stated
 * layout is refused, with the path of the offending part) and ignores keys it does not know.
 */
public final class RuleFormat {

  // Rule types (typeRègle).
  public static final String EXISTS = "existe";
  public static final String CATEGORY = "catégorie";
  public static final String BOUNDS = "bornes";
  public static final String ALLOWED_VALUES = "valeurCatégorique";

  // Keys.
  public static final String RULE_TYPE = "typeRègle";
  public static final String DETAILS = "détails";
  public static final String TYPE = "type";
  public static final String CATEGORY_KEY = "catégorie";
  public static final String VALUE = "val";
  public static final String OPERATOR = "op";
  public static final String OPTIONS = "options";
  public static final String TABLE = "tableau";
  public static final String COLUMN = "colonne";
  public static final String RULE = "règle";
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String VARIABLE = "variable";
  public static final String INDEX = "index";

  // Kinds of bound and of allowed values (détails.type).
  public static final String FIXED = "fixe";
  public static final String COLUMN_BOUND = "dynamiqueColonne";
  public static final String VARIABLE_BOUND = "dynamiqueVariable";
  public static final String FROM_COLUMN = "dynamique";

  private RuleFormat() {
  }

  public static VariableCategory readCategory(IpldValue value) {
    return readCategory(value, "catégorie");
  }

  public static MapValue writeCategory(VariableCategory category) {
    return MapValue.builder()
        .put(TYPE, IpldValue.of(category.shape().stored()))
        .put(CATEGORY_KEY, IpldValue.of(category.base().stored()))
        .build();
  }

  public static Rule readRule(IpldValue value) {
    return readRule(value, "règle");
  }

  public static MapValue writeRule(Rule rule) {
    return MapValue.builder()
        .put(RULE_TYPE, IpldValue.of(rule.type()))
        .put(DETAILS, details(rule))
        .build();
  }

  /** A variable's rule: {@code id} is its key in the variable's {@code règles} database. */
  public static VariableRule readVariableRule(String id, IpldValue value) {
    return new VariableRule(id, readRule(value, "règles." + id));
  }

  public static ColumnRule readColumnRule(IpldValue value) {
    MapValue map = map(value, "règleColonne");
    MapValue withId = map(required(map, RULE, "règleColonne"), "règleColonne.règle");
    String id = string(withId, ID, "règleColonne.règle");
    Rule rule = readRule(required(withId, RULE, "règleColonne.règle"), "règleColonne.règle.règle");
    MapValue source = map(required(map, SOURCE, "règleColonne"), "règleColonne.source");
    String kindName = string(source, TYPE, "règleColonne.source");
    RuleSource.Kind kind = RuleSource.Kind.fromStored(kindName).orElseThrow(() -> malformed(
        "règleColonne.source.type", "must be variable or tableau, found " + quoted(kindName)));
    return new ColumnRule(new VariableRule(id, rule), new RuleSource(kind, string(source, ID, "règleColonne.source")),
        string(map, COLUMN, "règleColonne"));
  }

  public static MapValue writeColumnRule(ColumnRule columnRule) {
    return MapValue.builder()
        .put(RULE, MapValue.builder()
            .put(ID, IpldValue.of(columnRule.ruleId()))
            .put(RULE, writeRule(columnRule.rule().rule()))
            .build())
        .put(SOURCE, MapValue.builder()
            .put(TYPE, IpldValue.of(columnRule.source().kind().stored()))
            .put(ID, IpldValue.of(columnRule.source().id()))
            .build())
        .put(COLUMN, IpldValue.of(columnRule.columnId()))
        .build();
  }

  /** A column; a null {@code variable} or {@code index} counts as absent, as ipa's schema allows. */
  public static TableColumn readColumn(IpldValue value) {
    MapValue map = map(value, "colonne");
    Optional<String> variable = optional(map, VARIABLE).map(v -> string(v, "colonne.variable"));
    boolean index = optional(map, INDEX).map(v -> {
      if (!(v instanceof IpldValue.BoolValue b)) {
        throw malformed("colonne.index", "must be a boolean, found " + v.kind());
      }
      return b.value();
    }).orElse(false);
    return new TableColumn(string(map, ID, "colonne"), variable, index);
  }

  /** A column as ipa writes it; {@code index} only when set, as a new column has none. */
  public static MapValue writeColumn(TableColumn column) {
    MapValue.Builder builder = MapValue.builder().put(ID, IpldValue.of(column.id()));
    column.variableId().ifPresent(v -> builder.put(VARIABLE, IpldValue.of(v)));
    if (column.index()) {
      builder.put(INDEX, IpldValue.of(true));
    }
    return builder.build();
  }

  private static VariableCategory readCategory(IpldValue value, String path) {
    MapValue map = map(value, path);
    String shapeName = string(map, TYPE, path);
    VariableCategory.Shape shape = VariableCategory.Shape.fromStored(shapeName).orElseThrow(() -> malformed(
        path + ".type", "must be simple or liste, found " + quoted(shapeName)));
    String baseName = string(map, CATEGORY_KEY, path);
    BaseCategory base = BaseCategory.fromStored(baseName).orElseThrow(() -> malformed(
        path + ".catégorie", "is not one of the 11 categories: " + quoted(baseName)));
    return new VariableCategory(shape, base);
  }

  private static Rule readRule(IpldValue value, String path) {
    MapValue map = map(value, path);
    String type = string(map, RULE_TYPE, path);
    String detailsPath = path + ".détails";
    MapValue details = map(required(map, DETAILS, path), detailsPath);
    return switch (type) {
      case EXISTS -> new Rule.Exists();
      case CATEGORY -> new Rule.Category(readCategory(required(details, CATEGORY_KEY, detailsPath),
          detailsPath + ".catégorie"));
      case BOUNDS -> readBounds(details, detailsPath);
      case ALLOWED_VALUES -> new Rule.AllowedValues(readChoices(details, detailsPath));
      default -> new Rule.Other(type, details);
    };
  }

  private static Rule.Bounds readBounds(MapValue details, String path) {
    String opText = string(details, OPERATOR, path);
    BoundOperator operator = BoundOperator.fromStored(opText).orElseThrow(() -> malformed(
        path + ".op", "must be one of > < >= <= ≥ ≤, found " + quoted(opText)));
    String kind = string(details, TYPE, path);
    IpldValue bound = required(details, VALUE, path);
    return new Rule.Bounds(switch (kind) {
      case FIXED -> {
        if (!(bound instanceof IpldValue.IntValue) && !(bound instanceof IpldValue.FloatValue)) {
          throw malformed(path + ".val", "must be a number for a fixe bound, found " + bound.kind());
        }
        yield new Bound.Fixed(bound);
      }
      case COLUMN_BOUND -> new Bound.OtherColumn(string(bound, path + ".val"));
      case VARIABLE_BOUND -> new Bound.OtherVariable(string(bound, path + ".val"));
      default -> throw malformed(path + ".type", "must be fixe, dynamiqueColonne or dynamiqueVariable, found "
          + quoted(kind));
    }, operator);
  }

  private static Choices readChoices(MapValue details, String path) {
    String kind = string(details, TYPE, path);
    return switch (kind) {
      case FIXED -> {
        IpldValue options = required(details, OPTIONS, path);
        if (!(options instanceof IpldValue.ListValue list)) {
          throw malformed(path + ".options", "must be a list, found " + options.kind());
        }
        yield new Choices.Listed(list.values());
      }
      case FROM_COLUMN -> new Choices.FromColumn(string(details, TABLE, path), string(details, COLUMN, path));
      default -> throw malformed(path + ".type", "must be fixe or dynamique, found " + quoted(kind));
    };
  }

  private static IpldValue details(Rule rule) {
    return switch (rule) {
      case Rule.Exists e -> MapValue.builder().build();
      case Rule.Category c -> MapValue.builder().put(CATEGORY_KEY, writeCategory(c.category())).build();
      case Rule.Bounds b -> MapValue.builder()
          .put(TYPE, IpldValue.of(switch (b.bound()) {
            case Bound.Fixed f -> FIXED;
            case Bound.OtherColumn c -> COLUMN_BOUND;
            case Bound.OtherVariable v -> VARIABLE_BOUND;
          }))
          .put(VALUE, switch (b.bound()) {
            case Bound.Fixed f -> f.value();
            case Bound.OtherColumn c -> IpldValue.of(c.columnId());
            case Bound.OtherVariable v -> IpldValue.of(v.variableId());
          })
          .put(OPERATOR, IpldValue.of(b.operator().stored()))
          .build();
      case Rule.AllowedValues a -> switch (a.choices()) {
        case Choices.Listed l -> MapValue.builder()
            .put(TYPE, IpldValue.of(FIXED))
            .put(OPTIONS, IpldValue.list(l.values()))
            .build();
        case Choices.FromColumn f -> MapValue.builder()
            .put(TYPE, IpldValue.of(FROM_COLUMN))
            .put(TABLE, IpldValue.of(f.tableId()))
            .put(COLUMN, IpldValue.of(f.columnId()))
            .build();
      };
      case Rule.Other o -> o.details();
    };
  }

  private static Optional<IpldValue> optional(MapValue map, String key) {
    return map.has(key) && !map.get(key).isNull() ? Optional.of(map.get(key)) : Optional.empty();
  }

  private static IpldValue required(MapValue map, String key, String path) {
    if (!map.has(key)) {
      throw malformed(path, "has no " + key);
    }
    return map.get(key);
  }

  private static MapValue map(IpldValue value, String path) {
    if (!(value instanceof MapValue map)) {
      throw malformed(path, "must be a map, found " + value.kind());
    }
    return map;
  }

  private static String string(MapValue map, String key, String path) {
    return string(required(map, key, path), path + "." + key);
  }

  private static String string(IpldValue value, String path) {
    if (!(value instanceof IpldValue.StringValue s)) {
      throw malformed(path, "must be a string, found " + value.kind());
    }
    return s.value();
  }

  private static String quoted(String text) {
    return IpldJson.print(IpldValue.of(text));
  }

  private static RuleFormatException malformed(String path, String problem) {
    return new RuleFormatException(path + " " + problem);
  }
}
