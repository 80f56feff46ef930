/**
 * Tables as forms and roll-ups hand them to a spreadsheet or a page: a title, column headers and rows of text cells
 * ({@link org.lianfang.table.Table}), and their CSV for Excel ({@link org.lianfang.table.Csv}). Depends on nothing of
 * Lianfang's, so that every form can give its table.
 */
package org.lianfang.table;
