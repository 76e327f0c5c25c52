/* lading-list-view-sort.c
 *
 * How LadingListView sorts.  GTK 4.8 keeps the column view's sort state
 * private, so the view finds it out by probing the sorter whenever it
 * changes (see LadingListViewProbe), remembers it as :sort-column and
 * :sort-descending, and applies a state that was set before its column was
 * added once the column comes.  A changed item moves on its own, and only
 * when the sort or the filter reads the property that changed and its row
 * is then out of order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include "lading-list-view-private.h"

static LadingListViewColumn *
find_column (LadingListView *self,
             const char     *id)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      LadingListViewColumn *column = g_ptr_array_index (self->columns, i);

      if (g_strcmp0 (_lading_list_view_column_get_spec (column)->id, id) == 0)
        return column;
    }

  return NULL;
}

static void
set_sort_state (LadingListView *self,
                const char     *column_id,
                gboolean        descending)
{
  descending = !!descending;

  if (g_strcmp0 (self->sort_column, column_id) != 0)
    {
      g_free (self->sort_column);
      self->sort_column = g_strdup (column_id);
      _lading_list_view_notify (self, PROP_SORT_COLUMN);
    }

  if (self->sort_descending != descending)
    {
      self->sort_descending = descending;
      _lading_list_view_notify (self, PROP_SORT_DESCENDING);
    }
}

/* Applies the sort state to the column view, unless it names a column that
 * add_columns() has not added yet: settings are often bound before that.
 *
 * The view keeps its first visible row in view across a resort, wherever
 * that row moves to; a list sorted at start-up would open scrolled to some
 * random place.  Detaching the model while sorting puts it back at the top. */
void
_lading_list_view_apply_sort (LadingListView *self)
{
  GtkColumnViewColumn *column = NULL;

  if (self->sort_column != NULL)
    {
      LadingListViewColumn *found = find_column (self, self->sort_column);

      if (found == NULL || !_lading_list_view_column_get_sortable (found))
        return;
      column = _lading_list_view_column_get_column (found);
    }

  gtk_column_view_set_model (self->column_view, NULL);
  gtk_column_view_sort_by_column (self->column_view, column,
                                  self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
}

/* Runs after a click on a header or a sort_by_column() call; see
 * LadingListViewProbe.  The first probe finds every column the sorter reads,
 * the second the primary one and its direction.  Two distinct objects are
 * compared because gtk_sorter_compare() answers "equal" for identical ones
 * without asking. */
static void
sorter_changed_cb (LadingListView  *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  GtkOrdering order;
  LadingListViewColumn *primary;

  self->probe.active = TRUE;
  self->probe.chain = g_ptr_array_new ();
  gtk_sorter_compare (sorter, self, self->column_view);
  g_clear_pointer (&self->sort_columns, g_ptr_array_unref);
  self->sort_columns = g_steal_pointer (&self->probe.chain);

  self->probe.found = NULL;
  order = gtk_sorter_compare (sorter, self, self->column_view);
  primary = g_steal_pointer (&self->probe.found);
  self->probe.active = FALSE;

  _lading_list_view_update_watched (self);

  set_sort_state (self,
                  primary ? _lading_list_view_column_get_spec (primary)->id : NULL,
                  order == GTK_ORDERING_LARGER);
}

/* A change of an item's property moves its row only if the sort reads the
 * property and the row is out of order then, and filters it again only if
 * the filter does: the search reads the searchable cells' properties and
 * the extra ones, the item filter those the page named, or any without a
 * name. */
void
_lading_list_view_update_watched (LadingListView *self)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *sorted = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; self->sort_columns != NULL && i < self->sort_columns->len; i++)
    {
      LadingListViewColumn *column = g_ptr_array_index (self->sort_columns, i);
      const LadingListColumn *spec = _lading_list_view_column_get_spec (column);

      g_hash_table_add (sorted, (gpointer)g_intern_string (spec->sort_property != NULL
                                                           ? spec->sort_property
                                                           : spec->property));
    }

  if (self->search_folded != NULL)
    {
      for (guint i = 0; i < self->columns->len; i++)
        {
          LadingListViewColumn *column = g_ptr_array_index (self->columns, i);

          if (_lading_list_view_column_get_spec (column)->searchable)
            _lading_list_view_column_add_text_properties (column, names);
        }

      for (guint i = 0; self->search_properties != NULL && self->search_properties[i] != NULL; i++)
        g_hash_table_add (names, (gpointer)g_intern_string (self->search_properties[i]));
    }

  if (self->item_filter != NULL && self->item_filter_properties == NULL)
    g_clear_pointer (&names, g_hash_table_unref);

  for (guint i = 0;
       names != NULL && self->item_filter != NULL && self->item_filter_properties[i] != NULL;
       i++)
    g_hash_table_add (names, (gpointer)g_intern_string (self->item_filter_properties[i]));

  lading_list_rows_set_watched (self->rows, names, sorted);
}

/* Whether @row stands in order between its neighbours in the sorted rows.
 * A row the filter hides has no place to keep. */
static gboolean
row_in_order (gpointer row,
              gpointer user_data)
{
  LadingListView *self = user_data;
  GListModel *sorted = G_LIST_MODEL (self->sort_model);
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);
  guint n_rows = g_list_model_get_n_items (sorted);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (sorted, i);
      g_autoptr(GObject) previous = NULL;
      g_autoptr(GObject) next = NULL;

      if (candidate != row)
        continue;

      if (sorter == NULL)
        return TRUE;
      previous = i > 0 ? g_list_model_get_item (sorted, i - 1) : NULL;
      next = g_list_model_get_item (sorted, i + 1);

      return (previous == NULL ||
              gtk_sorter_compare (sorter, previous, row) != GTK_ORDERING_LARGER) &&
             (next == NULL || gtk_sorter_compare (sorter, row, next) != GTK_ORDERING_LARGER);
    }

  return TRUE;
}

/* Follows the column view's sorter, and lets LadingListRows ask whether a
 * changed row is still in order. */
void
_lading_list_view_init_sort (LadingListView *self)
{
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);
  lading_list_rows_set_order_check (self->rows, row_in_order, self);
}

const char *
lading_list_view_get_sort_column (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return self->sort_column;
}

void
lading_list_view_set_sort_column (LadingListView *self,
                                  const char     *column_id)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  lading_list_view_sort_by (self, column_id,
                            self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

gboolean
lading_list_view_get_sort_descending (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), FALSE);

  return self->sort_descending;
}

void
lading_list_view_set_sort_descending (LadingListView *self,
                                      gboolean        descending)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  lading_list_view_sort_by (self, self->sort_column,
                            descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/**
 * lading_list_view_sort_by:
 * @self: a #LadingListView
 * @column_id: (nullable): the id of a column, %NULL to leave the rows unsorted
 * @order: the direction
 *
 * Sorts the rows as a click on the column's header would, and scrolls back
 * to the top.  An id that no column has yet is kept and applied when
 * lading_list_view_add_columns() adds that column.
 */
void
lading_list_view_sort_by (LadingListView *self,
                          const char     *column_id,
                          GtkSortType     order)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  set_sort_state (self, column_id, order == GTK_SORT_DESCENDING);
  _lading_list_view_apply_sort (self);
}
