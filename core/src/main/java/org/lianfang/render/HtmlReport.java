package org.lianfang.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole report as one self-contained HTML page (issue 15): a title, a line under it, a table of contents and the
 * sections, each with its own anchor; the style is inline, and the page has no script and fetches nothing (no CDN, no
 * web font: Chinese is shown in the reader's own fonts), so it opens offline and can be mailed or archived as one
 * file. Sections hold {@link Html} fragments, the same a host puts into its own pages. The page is in Chinese
 * ({@code lang="zh-CN"}); its headings may carry English after a slash. The markup is also well-formed XML
 * (polyglot), so a test or a tool can read it with an XML parser. Built once, not thread-safe while building.
 */
public final class HtmlReport {
  /**
   * The page's style: plain tables, the classes of a checks' grid ({@link ComplianceGrid}), the contents left out when
   * printed.
   */
  public static final String STYLE = String.join("\n",
      "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif;",
      "margin:0 auto;max-width:1280px;padding:16px 24px;color:#222;line-height:1.5}",
      "h1{font-size:24px;margin:8px 0}h2{font-size:20px;border-bottom:2px solid #c62828;padding-bottom:4px;",
      "margin-top:32px}h3{font-size:16px}nav ol{columns:2}",
      "table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}",
      "caption{text-align:left;font-weight:bold;padding:4px 0}",
      "th,td{border:1px solid #bbb;padding:3px 6px;vertical-align:top}th{background:#f2f2f2}",
      "td.ok{background:#dff0d8}td.late{background:#fcebcf}td.missing{background:#f8d7d6}td.none{color:#999}",
      "figure{margin:8px 0 16px;overflow-x:auto}figcaption{font-size:13px;color:#555}",
      "details{margin:4px 0 8px}summary{cursor:pointer;font-weight:bold}.lead{color:#555}",
      "@media print{nav{display:none}}");

  private final String title;
  private final String lead;
  private final List<String[]> sections = new ArrayList<>();

  private HtmlReport(String title, String lead) {
    this.title = Objects.requireNonNull(title, "title");
    this.lead = Objects.requireNonNull(lead, "lead");
  }

  /**
   * @param title the page's title and first heading
   * @param lead a line under it: whose report, as of when
   * @return an empty report
   */
  public static HtmlReport titled(String title, String lead) {
    return new HtmlReport(title, lead);
  }

  /**
   * @param id the section's anchor, {@code [a-z][a-z0-9-]*}, unique in the report
   * @param heading its heading
   * @param content what it shows
   * @return this report
   * @throws IllegalArgumentException if the anchor is not of that form or is taken
   */
  public HtmlReport section(String id, String heading, Html content) {
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("a section's id must match [a-z][a-z0-9-]*, got " + id);
    }
    if (sections.stream().anyMatch(s -> s[0].equals(id))) {
      throw new IllegalArgumentException("two sections are called " + id);
    }
    sections.add(new String[] {id, Objects.requireNonNull(heading, "heading"), content.markup()});
    return this;
  }

  /** @return the page: an HTML5 document in UTF-8 */
  public String render() {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n")
        .append("<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Svg.escape(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<header><h1>").append(Svg.escape(title)).append("</h1><p class=\"lead\">")
        .append(Svg.escape(lead)).append("</p></header>\n<nav><h2>目录 / Contents</h2><ol>");
    for (String[] section : sections) {
      s.append("<li><a href=\"#").append(section[0]).append("\">").append(Svg.escape(section[1]))
          .append("</a></li>");
    }
    s.append("</ol></nav>\n<main>\n");
    for (String[] section : sections) {
      s.append("<section id=\"").append(section[0]).append("\"><h2>").append(Svg.escape(section[1]))
          .append("</h2>").append(section[2]).append("</section>\n");
    }
    return s.append("</main>\n</body>\n</html>\n").toString();
  }
}
