/* lading-list-view-widget-column.c
 *
 * Columns whose cells are widgets of the caller's (a sparkline with the
 * container's CPU, say) rather than one of LadingCellKind's: the caller
 * makes the cells; the view binds them to their rows' items.  Such columns
 * do not sort, search or show busy texts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-list-cell.h"
#include "lading-list-view-private.h"

typedef struct
{
  LadingCellWidgetFunc create;
  gpointer             user_data;
  GDestroyNotify       destroy;
} WidgetColumn;

static void
widget_column_free (gpointer data,
                    GClosure *closure)
{
  WidgetColumn *column = data;

  if (column->destroy != NULL)
    column->destroy (column->user_data);
  g_free (column);
}

/* The caller's widget follows its LadingListCell's item: the cell takes the
 * row's item on bind and lets go of it on unbind. */
static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  WidgetColumn             *column)
{
  GtkWidget *content = column->create (column->user_data);
  GtkWidget *cell;

  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (content), "item"));

  cell = lading_list_cell_new (list_item, content, FALSE);
  g_object_bind_property (cell, "item", content, "item", G_BINDING_DEFAULT);
  gtk_list_item_set_child (list_item, cell);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 WidgetColumn             *column)
{
  lading_list_cell_bind (LADING_LIST_CELL (gtk_list_item_get_child (list_item)));
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   WidgetColumn             *column)
{
  lading_list_cell_unbind (LADING_LIST_CELL (gtk_list_item_get_child (list_item)));
}

/**
 * lading_list_view_add_widget_column:
 * @title: the untranslated header, marked with N_()
 * @position: where the column goes among those added so far; -1 for last
 * @width_chars: about how wide a cell is, in characters, for folding
 * @fold_level: see #LadingListColumn's
 * @create: makes a cell: a widget with a writable GObject "item" property,
 *   which the view sets to the row's item while the cell shows a row (in
 *   tree mode branches too) and to %NULL when it does not
 * @user_data: for @create
 * @destroy: (nullable): frees @user_data with the view
 *
 * Adds a column of cells @create makes.  Cells exist only for the rows on
 * screen (and a few more), so @create's widgets may do costly things while
 * they have an item.
 */
void
lading_list_view_add_widget_column (LadingListView       *self,
                                    const char           *title,
                                    int                   position,
                                    int                   width_chars,
                                    guint                 fold_level,
                                    LadingCellWidgetFunc  create,
                                    gpointer              user_data,
                                    GDestroyNotify        destroy)
{
  GtkListItemFactory *factory;
  GtkColumnViewColumn *column;
  WidgetColumn *data;
  guint n_columns;

  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (create != NULL);

  data = g_new0 (WidgetColumn, 1);
  data->create = create;
  data->user_data = user_data;
  data->destroy = destroy;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_data (factory, "setup", G_CALLBACK (factory_setup_cb), data,
                         widget_column_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), data);

  /* The column takes the factory. */
  column = gtk_column_view_column_new (_(title), factory);
  gtk_column_view_column_set_resizable (column, TRUE);

  n_columns = g_list_model_get_n_items (gtk_column_view_get_columns (self->column_view));
  if (position < 0 || (guint)position > n_columns)
    position = n_columns;
  gtk_column_view_insert_column (self->column_view, position, column);
  _lading_list_view_add_fold_column (self, column, NULL, width_chars, fold_level);
  g_object_unref (column);
}
