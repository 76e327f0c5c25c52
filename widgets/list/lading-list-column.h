/* lading-list-column.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LadingCellKind:
 * @LADING_CELL_TEXT: the property as text (strings as they are, string
 *   arrays joined with ", ", other types through their GValue transform)
 * @LADING_CELL_NAME: like @LADING_CELL_TEXT, for the name that tells rows
 *   apart: it gets the width first, keeps at least 20 characters and is
 *   ellipsized in the middle
 * @LADING_CELL_MONOSPACE: like @LADING_CELL_TEXT in a monospace font (IDs)
 * @LADING_CELL_SIZE: an integer number of bytes, "1.2 GB", right-aligned; a
 *   negative one (not known yet) reads "—"
 * @LADING_CELL_COUNT: an integer, right-aligned; 0 reads "—" so the rows that
 *   do have some stand out
 * @LADING_CELL_RELATIVE_TIME: unix seconds as "3 hours ago", kept current
 * @LADING_CELL_CONTAINER_STATE: a #LadingContainerState property as a
 *   #LadingStateBadge (with the item's "health" property if it has one)
 * @LADING_CELL_CONTAINER_STATUS: Docker's status text ("Up 3 minutes"),
 *   computed from the item's "state", "exit-code", "health", "started-at" and
 *   "finished-at" properties and kept current; `property` only sorts
 *
 * How a #LadingListColumn shows its property.
 */
typedef enum
{
  LADING_CELL_TEXT,
  LADING_CELL_NAME,
  LADING_CELL_MONOSPACE,
  LADING_CELL_SIZE,
  LADING_CELL_COUNT,
  LADING_CELL_RELATIVE_TIME,
  LADING_CELL_CONTAINER_STATE,
  LADING_CELL_CONTAINER_STATUS,
} LadingCellKind;

/**
 * LadingListColumn:
 * @id: a stable name for the column, for #LadingListView:sort-column
 * @title: the untranslated header, marked with N_()
 * @property: the item property the cell shows
 * @sort_property: (nullable): the property to sort by, %NULL for @property;
 *   strings sort ignoring case, numbers, enums and booleans numerically, and a
 *   column whose property is of another type cannot be sorted
 * @kind: how the cell shows @property
 * @nat_chars: the widest the cells' natural width grows, in characters: a
 *   text column is as wide as the longest text it showed, up to this
 * @expand: whether the column takes a share of the spare width
 * @searchable: whether the search matches this column's text
 * @fold_level: 0 for a column that always shows; when the view is too
 *   narrow for the natural widths of its columns, those of the highest
 *   level fold away first, then those of the next, and so on
 *
 * One column of a #LadingListView.  Tables of these are static: the view
 * keeps pointers to their strings.
 */
typedef struct
{
  const char     *id;
  const char     *title;
  const char     *property;
  const char     *sort_property;
  LadingCellKind  kind;
  int             nat_chars;
  guint           expand : 1;
  guint           searchable : 1;
  guint           fold_level;
} LadingListColumn;

G_END_DECLS
