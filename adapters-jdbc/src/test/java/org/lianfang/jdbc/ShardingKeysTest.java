package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The keys a sharded cluster needs (ARCHITECTURE.md decision 9, issue 16), read from the installed schema of each
 * database: every table but the broadcast ones carries {@code unit_id}, and its primary key and every unique key
 * include it, so each can be enforced on each shard; the sharding rule hosts are given names exactly those tables,
 * bound in one group (a unit's rows lie on one data source).
 */
class ShardingKeysTest {
  /** The tables a cluster holds whole on every server: the units (codes unique across them) and the settings. */
  private static final Set<String> BROADCAST = Set.of("lf_unit", "lf_archive", "lf_schema_history");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d9_everyKeyOfEveryUnitsTableIncludesTheUnit(TestDatabases.Kind kind) throws SQLException {
    Map<String, Table> tables = tables(Stores.fresh(kind).dataSource);
    assertTrue(tables.size() > 60, () -> "the schema's tables: " + tables.keySet());
    List<String> wrong = new ArrayList<>();
    tables.forEach((name, t) -> {
      if (BROADCAST.contains(name)) {
        return;
      }
      if (!t.columns().contains("unit_id")) {
        wrong.add(name + " has no unit_id");
      }
      if (t.keys().isEmpty()) {
        wrong.add(name + " has no primary key");
      }
      t.keys().forEach((key, columns) -> {
        if (!columns.contains("unit_id")) {
          wrong.add(name + "'s key " + key + " " + columns + " lacks unit_id");
        }
      });
    });
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = "POSTGRESQL")
  void d9_theRuleShardsEveryUnitsTableByUnitAndBroadcastsTheRest(TestDatabases.Kind kind) throws SQLException {
    Set<String> sharded = new TreeSet<>(tables(Stores.fresh(kind).dataSource).keySet());
    sharded.removeAll(BROADCAST);
    String rule = ShardedPostgres.ruleText();
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^      (lf_\\w+):\\n        actualDataNodes: ds_\\$\\{0\\.\\.2}\\.(lf_\\w+)$")
        .matcher(rule);
    while (m.find()) {
      assertEquals(m.group(1), m.group(2), "a table's nodes are the table on each data source");
      named.add(m.group(1));
    }
    assertEquals(sharded, named, "the tables the rule shards by unit");
    Matcher binding = Pattern.compile("(?m)^    bindingTables:\\n      - ([\\w,]+)$").matcher(rule);
    assertTrue(binding.find(), rule);
    assertEquals(sharded, new TreeSet<>(List.of(binding.group(1).split(","))), "one binding group of them all");
    Matcher broadcast = Pattern.compile("(?s)- !BROADCAST\\n    tables:\\n((?:      - lf_\\w+\\n)+)").matcher(rule);
    assertTrue(broadcast.find(), rule);
    assertEquals(new TreeSet<>(BROADCAST), new TreeSet<>(List.of(broadcast.group(1).replace("      - ", "")
        .strip().split("\n"))), "the tables the rule broadcasts");
  }

  /** A table's columns and its unique keys (the primary key among them), by name, in lower case. */
  private record Table(Set<String> columns, Map<String, Set<String>> keys) {}

  private static Map<String, Table> tables(DataSource ds) throws SQLException {
    Map<String, Table> tables = new TreeMap<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String catalog = c.getCatalog();
      String schema = c.getSchema();
      List<String> names = new ArrayList<>();
      try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.toLowerCase(Locale.ROOT).startsWith("lf_")) {
            names.add(name);
          }
        }
      }
      for (String name : names) {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, name, "%")) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        Map<String, Set<String>> keys = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, name, true, false)) {
          while (rs.next()) {
            String index = rs.getString("INDEX_NAME");
            if (index != null && !rs.getBoolean("NON_UNIQUE")) {
              keys.computeIfAbsent(index, k -> new TreeSet<>())
                  .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
        }
        tables.put(name.toLowerCase(Locale.ROOT), new Table(columns, keys));
      }
    }
    return tables;
  }
}
