package org.lianfang.table;

import java.util.List;
import java.util.Objects;

/**
 * A table as a form or a roll-up gives it to a spreadsheet or a page (issue 15): its title, its column headers, and
 * its rows of cells, each cell the whole text (a console's rendering may cut it; a spreadsheet's does not). Immutable
 * and thread-safe.
 *
 * @param title what the table is, e.g. 部门和个人廉政风险点识别表（国土资源局，2010-12-31）
 * @param headers the column headers, at least one
 * @param rows the rows, each with as many cells as there are headers
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {
  /**
   * @throws NullPointerException if a part or a cell is null
   * @throws IllegalArgumentException if there is no header or a row's cells are not as many as the headers
   */
  public Table {
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("a table has at least one column");
    }
    rows = rows.stream().map(List::copyOf).toList();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != headers.size()) {
        throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " cells, the table "
            + headers.size() + " columns");
      }
    }
  }
}
