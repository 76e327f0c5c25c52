/* lading-list-view-tree.c
 *
 * LadingListView's tree mode, where some items (compose projects) are
 * branches over others (their containers): a GtkTreeListModel that expands
 * every branch, sorted within each level by a GtkTreeListRowSorter over the
 * column view's sorter; and the filtering, which in either mode applies the
 * search and the page's item filter to the leaf items and keeps a branch
 * while any of its children passes.
 *
 * In either mode a changed item is filtered and sorted again on its own by
 * LadingListRows, and only when the filter or the sort reads the property
 * that changed (see _lading_list_view_update_watched()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-list-view-private.h"
#include "lading-ticker.h"

/**
 * _lading_list_view_unwrap:
 * @item: an item of the view's rows
 *
 * Returns: (transfer none): @item, or the item of @item if it is a
 *   GtkTreeListRow, which holds a reference to it
 */
gpointer
_lading_list_view_unwrap (gpointer item)
{
  if (GTK_IS_TREE_LIST_ROW (item))
    {
      g_autoptr(GObject) unwrapped = gtk_tree_list_row_get_item (item);

      return unwrapped;
    }

  return item;
}

gboolean
_lading_list_view_row_is_branch (gpointer row)
{
  return GTK_IS_TREE_LIST_ROW (row) && gtk_tree_list_row_is_expandable (row);
}

static gboolean
text_matches (LadingListView *self,
              const char     *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  return strstr (folded, self->search_folded) != NULL;
}

/* Whether the search matches the text of @item's searchable cells or of
 * one of the extra search properties. */
static gboolean
search_matches (LadingListView *self,
                GObject        *item,
                gint64          now)
{
  if (self->search_folded == NULL)
    return TRUE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      LadingListViewColumn *column = g_ptr_array_index (self->columns, i);
      g_autofree char *text = NULL;

      if (!_lading_list_view_column_get_spec (column)->searchable)
        continue;

      text = _lading_list_view_column_dup_text (column, item, now);
      if (text_matches (self, text))
        return TRUE;
    }

  for (guint i = 0; self->search_properties != NULL && self->search_properties[i] != NULL; i++)
    {
      g_autofree char *text = _lading_list_view_dup_property_text (item, self->search_properties[i]);

      if (text_matches (self, text))
        return TRUE;
    }

  return FALSE;
}

static gboolean
item_filter_matches (LadingListView *self,
                     GObject        *item)
{
  return self->item_filter == NULL || gtk_filter_match (self->item_filter, item);
}

/* A branch shows while a child passes the item filter and the search
 * matches either the child or the branch's own name. */
static gboolean
branch_matches (LadingListView *self,
                GObject        *branch,
                GListModel     *children,
                gint64          now)
{
  gboolean branch_found = search_matches (self, branch, now);
  guint n_children = g_list_model_get_n_items (children);

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      if (item_filter_matches (self, child) &&
          (branch_found || search_matches (self, child, now)))
        return TRUE;
    }

  return FALSE;
}

/* Asks the page's function rather than the row, which knows its children
 * only while expanded. */
static GListModel *
dup_children (LadingListView *self,
              GObject        *item)
{
  if (self->create_func == NULL)
    return NULL;

  return self->create_func (item, self->create_data);
}

gboolean
_lading_list_view_filter_match (gpointer row,
                                gpointer user_data)
{
  LadingListView *self = user_data;
  GObject *item = _lading_list_view_unwrap (row);
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GtkTreeListRow) parent = NULL;
  gint64 now;

  if (item == NULL)
    return FALSE;
  if (self->search_folded == NULL && self->item_filter == NULL)
    return TRUE;

  now = lading_ticker_get_now (lading_ticker_get_default ());

  if ((children = dup_children (self, item)) != NULL)
    return branch_matches (self, item, children, now);

  if (!item_filter_matches (self, item))
    return FALSE;
  if (search_matches (self, item, now))
    return TRUE;

  /* Searching for a project shows all of its containers. */
  parent = GTK_IS_TREE_LIST_ROW (row) ? gtk_tree_list_row_get_parent (row) : NULL;
  return parent != NULL && search_matches (self, _lading_list_view_unwrap (parent), now);
}

/* Applies the search entry's text; the template's search-changed handler
 * and lading_list_view_set_search_text() call this. */
void
_lading_list_view_search_changed (LadingListView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = text[0] != '\0' ? g_utf8_casefold (text, -1) : NULL;
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *description = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (folded, self->search_folded) == 0)
    return;

  /* A longer text only ever removes rows, a shorter one only adds them. */
  if (self->search_folded == NULL || (folded != NULL && strstr (folded, self->search_folded)))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded == NULL || strstr (self->search_folded, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->search_folded);
  self->search_folded = g_steal_pointer (&folded);

  /* Translators: %s is what the user searched for */
  description = g_strdup_printf (_("Nothing matches “%s”"), escaped);
  adw_status_page_set_description (self->no_results_page, description);

  gtk_filter_changed (GTK_FILTER (self->filter), change);
  _lading_list_view_update_watched (self);
  _lading_list_view_update_page (self);
  _lading_list_view_notify (self, PROP_SEARCH_TEXT);
}

static void
item_filter_changed_cb (LadingListView  *self,
                        GtkFilterChange  change,
                        GtkFilter       *item_filter)
{
  /* A stricter item filter makes a stricter row filter: branches only
   * ever follow their children. */
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  _lading_list_view_update_page (self);
}

/* Leaves tree mode, if the view is in it; the caller then sets the roots. */
void
_lading_list_view_clear_tree (LadingListView *self)
{
  if (self->tree_model == NULL)
    return;

  self->create_func = NULL;
  self->create_data = NULL;
  g_clear_object (&self->tree_model);

  if (self->sort_model != NULL && self->column_view != NULL)
    gtk_sort_list_model_set_sorter (self->sort_model,
                                    gtk_column_view_get_sorter (self->column_view));
}

void
_lading_list_view_activate_row (LadingListView *self,
                                guint           position)
{
  g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row == NULL)
    return;

  if (_lading_list_view_row_is_branch (row))
    {
      GtkTreeListRow *tree_row = GTK_TREE_LIST_ROW (row);

      gtk_tree_list_row_set_expanded (tree_row, !gtk_tree_list_row_get_expanded (tree_row));
      return;
    }

  _lading_list_view_emit (self, SIGNAL_ITEM_ACTIVATED, _lading_list_view_unwrap (row));
}

/**
 * lading_list_view_set_tree_model:
 * @self: a #LadingListView
 * @roots: the top-level items
 * @item_type: the type of the leaf items, which the columns describe
 * @create_func: (scope notified): returns the children of a branch item
 *   (a new reference), %NULL for a leaf
 * @user_data: (closure): data for @create_func
 * @user_destroy: (nullable): frees @user_data
 *
 * Shows @roots as a tree: each branch is a row that can be expanded, and
 * starts expanded, over its children.  Branch rows show the branch's
 * "name" in the first column and, for a #LadingComposeProject, its summary
 * in the state column.  Rows sort within their level.
 */
void
lading_list_view_set_tree_model (LadingListView                  *self,
                                 GListModel                      *roots,
                                 GType                            item_type,
                                 GtkTreeListModelCreateModelFunc  create_func,
                                 gpointer                         user_data,
                                 GDestroyNotify                   user_destroy)
{
  g_autoptr(GtkTreeListRowSorter) row_sorter = NULL;

  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (roots));
  g_return_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT));
  g_return_if_fail (create_func != NULL);

  _lading_list_view_clear_tree (self);

  self->item_type = item_type;
  self->create_func = create_func;
  self->create_data = user_data;
  self->tree_model = gtk_tree_list_model_new (g_object_ref (roots), FALSE, TRUE,
                                              create_func, user_data, user_destroy);

  row_sorter = gtk_tree_list_row_sorter_new (g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_sort_list_model_set_sorter (self->sort_model, GTK_SORTER (row_sorter));

  _lading_list_view_set_roots (self, roots, G_LIST_MODEL (self->tree_model));
}

gboolean
lading_list_view_get_tree_mode (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), FALSE);

  return self->tree_model != NULL;
}

const char *
lading_list_view_get_search_text (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

/**
 * lading_list_view_set_search_text:
 * @self: a #LadingListView
 * @text: (nullable): what to search for
 *
 * Searches for @text at once, showing the search bar unless @text is empty.
 */
void
lading_list_view_set_search_text (LadingListView *self,
                                  const char     *text)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  if (text == NULL)
    text = "";

  if (text[0] != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);

  /* The entry reports the change only after a typing delay. */
  _lading_list_view_search_changed (self);
}

/**
 * lading_list_view_set_search_properties:
 * @self: a #LadingListView
 * @property_names: (nullable) (array zero-terminated=1): item properties
 *
 * Makes the search also match these properties of the items, which no
 * column needs to show (a container's short ID, its compose project).
 * Items without one of the properties skip it.
 */
void
lading_list_view_set_search_properties (LadingListView     *self,
                                        const char * const *property_names)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  g_strfreev (self->search_properties);
  self->search_properties = g_strdupv ((char **)property_names);
  _lading_list_view_update_watched (self);

  if (self->search_folded != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * lading_list_view_get_item_filter:
 * @self: a #LadingListView
 *
 * Returns: (transfer none) (nullable): the filter on the items
 */
GtkFilter *
lading_list_view_get_item_filter (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return self->item_filter;
}

/**
 * lading_list_view_set_item_filter:
 * @self: a #LadingListView
 * @filter: (nullable): a filter on the leaf items
 *
 * Sets #LadingListView:item-filter.  The view follows the filter's
 * #GtkFilter::changed, so change the filter rather than setting a new one.
 */
void
lading_list_view_set_item_filter (LadingListView *self,
                                  GtkFilter      *filter)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (!filter || GTK_IS_FILTER (filter));

  if (self->item_filter == filter)
    return;

  if (self->item_filter != NULL)
    g_clear_signal_handler (&self->item_filter_changed_id, self->item_filter);

  g_set_object (&self->item_filter, filter);
  if (filter != NULL)
    self->item_filter_changed_id =
      g_signal_connect_swapped (filter, "changed", G_CALLBACK (item_filter_changed_cb), self);

  _lading_list_view_update_watched (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _lading_list_view_update_page (self);
  _lading_list_view_notify (self, PROP_ITEM_FILTER);
}

/**
 * lading_list_view_set_item_filter_properties:
 * @self: a #LadingListView
 * @property_names: (nullable) (array zero-terminated=1): the item
 *   properties the item filter reads
 *
 * Tells the view which properties decide whether the item filter passes an
 * item, so that a change of another one costs no filtering; %NULL, the
 * default, means any of them.
 */
void
lading_list_view_set_item_filter_properties (LadingListView     *self,
                                             const char * const *property_names)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  g_strfreev (self->item_filter_properties);
  self->item_filter_properties = g_strdupv ((char **)property_names);
  _lading_list_view_update_watched (self);
}
