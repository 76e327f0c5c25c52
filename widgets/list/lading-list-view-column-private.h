/* lading-list-view-column-private.h
 *
 * The columns of a LadingListView: cells and their text
 * (lading-list-view-column.c) and their sorters
 * (lading-list-view-column-sort.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-column.h"

G_BEGIN_DECLS

typedef struct _LadingListViewColumn LadingListViewColumn;

/* GTK 4.8 keeps the sort columns of a GtkColumnView private.  While @active
 * is set, every column's sorter records itself in @found and answers
 * "smaller" without looking at the items: the column view's sorter asks its
 * primary column first and stops there, inverting the answer if the order is
 * descending.  With @chain set as well, each column appends itself there and
 * answers "equal", so the column view's sorter asks every column it sorts
 * by, in the order it breaks ties. */
typedef struct
{
  gboolean              active;
  LadingListViewColumn *found;
  GPtrArray            *chain;
} LadingListViewProbe;

LadingListViewColumn   *_lading_list_view_column_new          (const LadingListColumn *spec,
                                                               GObjectClass           *item_class,
                                                               LadingListViewProbe    *probe,
                                                               GtkColumnView          *column_view,
                                                               gboolean                expander);
void                    _lading_list_view_column_release      (gpointer                column);
void                    _lading_list_view_column_detach       (LadingListViewColumn   *self);
void                    _lading_list_view_column_set_busy_text (LadingListViewColumn   *self,
                                                                GObject                *item,
                                                                const char             *text);
const LadingListColumn *_lading_list_view_column_get_spec     (LadingListViewColumn   *self);
GtkColumnViewColumn    *_lading_list_view_column_get_column   (LadingListViewColumn   *self);
int                     _lading_list_view_column_get_width_chars (LadingListViewColumn *self);
gboolean                _lading_list_view_column_get_cut      (LadingListViewColumn   *self);
gboolean                _lading_list_view_column_get_sortable (LadingListViewColumn   *self);
void                    _lading_list_view_column_add_text_properties (LadingListViewColumn *self,
                                                                      GHashTable           *names);
char                   *_lading_list_view_column_dup_text     (LadingListViewColumn   *self,
                                                               GObject                *item,
                                                               gint64                  now);
char                   *_lading_list_view_dup_property_text   (GObject                *item,
                                                               const char             *property);

/* lading-list-view-column-sort.c */
GtkSorter              *_lading_list_view_sorter_new_for_pspec (GParamSpec             *pspec);
gint64                  _lading_list_view_value_get_int64     (const GValue           *value);

G_END_DECLS
