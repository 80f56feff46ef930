/**
 * Pictures Lianfang draws itself from its models, as SVG text a page embeds as it is (issue 15): no script, no font or
 * file fetched, so the page works offline and a host's own pages can take the same fragments. Pure Java, no
 * dependency, like the tables of {@link org.lianfang.table}.
 */
package org.lianfang.render;
