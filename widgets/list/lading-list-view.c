/* lading-list-view.c
 *
 * The table behind the Containers, Images, Volumes and Networks pages: a
 * GtkColumnView over a filtered, sorted copy of a store's GListModel, built
 * from a static table of LadingListColumn, with a search bar and status pages
 * for an empty list and for a search without results.  Tree mode (compose
 * projects over their containers) lives in lading-list-view-tree.c, the
 * sorting in lading-list-view-sort.c, the selection and the context menu in
 * lading-list-view-selection.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-list-view-private.h"
#include "lading-ticker.h"

G_DEFINE_FINAL_TYPE (LadingListView, lading_list_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* The pspec and signal arrays are static to this file; the list view's other
 * files notify and emit through these two. */
void
_lading_list_view_notify (LadingListView *self,
                          guint           prop_id)
{
  g_assert (LADING_IS_LIST_VIEW (self));
  g_assert (prop_id > PROP_0 && prop_id < N_PROPS);

  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

void
_lading_list_view_emit (LadingListView *self,
                        guint           signal_id,
                        ...)
{
  va_list args;

  g_assert (LADING_IS_LIST_VIEW (self));
  g_assert (signal_id < N_SIGNALS);

  va_start (args, signal_id);
  g_signal_emit_valist (self, signals [signal_id], 0, args);
  va_end (args);
}

void
_lading_list_view_update_page (LadingListView *self)
{
  const char *page = "list";

  if (self->model == NULL || g_list_model_get_n_items (self->model) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-results";

  gtk_stack_set_visible_child_name (self->stack, page);
  /* A row someone waits to select may be among the new ones. */
  _lading_list_view_select_pending_soon (self);
}

static void
search_changed_cb (LadingListView *self)
{
  _lading_list_view_search_changed (self);
}

static void
search_mode_changed_cb (LadingListView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCH_MODE_ENABLED]);
}

static void
column_view_activate_cb (LadingListView *self,
                         guint           position)
{
  _lading_list_view_activate_row (self, position);
}

static void
lading_list_view_dispose (GObject *object)
{
  LadingListView *self = (LadingListView *)object;

  g_assert (LADING_IS_LIST_VIEW (self));

  /* Nothing may call back into a half-disposed view: not the chain, which
   * the column view may keep a little longer, nor the columns. */
  if (self->rows != NULL)
    lading_list_rows_set_order_check (self->rows, NULL, NULL);
  if (self->filter != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
      g_signal_handlers_disconnect_by_data (self->filter_model, self);
      gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
    }
  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  if (self->item_filter != NULL)
    g_clear_signal_handler (&self->item_filter_changed_id, self->item_filter);
  _lading_list_view_dispose_selection (self);
  _lading_list_view_dispose_fold (self);
  _lading_list_view_dispose_stage (self);
  for (guint i = 0; self->columns != NULL && i < self->columns->len; i++)
    _lading_list_view_column_detach (g_ptr_array_index (self->columns, i));

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_LIST_VIEW);

  if (self->rows != NULL)
    lading_list_rows_set_model (self->rows, NULL);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->rows);
  g_clear_object (&self->filter);
  g_clear_object (&self->item_filter);
  _lading_list_view_clear_tree (self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->sort_columns, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_list_view_parent_class)->dispose (object);
}

static void
lading_list_view_finalize (GObject *object)
{
  LadingListView *self = (LadingListView *)object;

  g_clear_pointer (&self->search_folded, g_free);
  g_clear_pointer (&self->search_properties, g_strfreev);
  g_clear_pointer (&self->item_filter_properties, g_strfreev);
  g_clear_pointer (&self->sort_column, g_free);

  G_OBJECT_CLASS (lading_list_view_parent_class)->finalize (object);
}

static void
lading_list_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingListView *self = LADING_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, lading_list_view_get_model (self));
      break;

    case PROP_EMPTY_ICON_NAME:
      g_value_set_string (value, lading_list_view_get_empty_icon_name (self));
      break;

    case PROP_EMPTY_TITLE:
      g_value_set_string (value, lading_list_view_get_empty_title (self));
      break;

    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, lading_list_view_get_empty_description (self));
      break;

    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, lading_list_view_get_search_mode_enabled (self));
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, lading_list_view_get_search_text (self));
      break;

    case PROP_SORT_COLUMN:
      g_value_set_string (value, lading_list_view_get_sort_column (self));
      break;

    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, lading_list_view_get_sort_descending (self));
      break;

    case PROP_SELECTED_ITEM:
      g_value_set_object (value, lading_list_view_get_selected_item (self));
      break;

    case PROP_N_SELECTED:
      g_value_set_uint (value, lading_list_view_get_n_selected (self));
      break;

    case PROP_ITEM_FILTER:
      g_value_set_object (value, lading_list_view_get_item_filter (self));
      break;

    case PROP_MENU_MODEL:
      g_value_set_object (value, lading_list_view_get_menu_model (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_list_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadingListView *self = LADING_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      lading_list_view_set_model (self, g_value_get_object (value));
      break;

    case PROP_EMPTY_ICON_NAME:
      lading_list_view_set_empty_icon_name (self, g_value_get_string (value));
      break;

    case PROP_EMPTY_TITLE:
      lading_list_view_set_empty_title (self, g_value_get_string (value));
      break;

    case PROP_EMPTY_DESCRIPTION:
      lading_list_view_set_empty_description (self, g_value_get_string (value));
      break;

    case PROP_SEARCH_MODE_ENABLED:
      lading_list_view_set_search_mode_enabled (self, g_value_get_boolean (value));
      break;

    case PROP_SEARCH_TEXT:
      lading_list_view_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_SORT_COLUMN:
      lading_list_view_set_sort_column (self, g_value_get_string (value));
      break;

    case PROP_ITEM_FILTER:
      lading_list_view_set_item_filter (self, g_value_get_object (value));
      break;

    case PROP_MENU_MODEL:
      lading_list_view_set_menu_model (self, g_value_get_object (value));
      break;

    case PROP_SORT_DESCENDING:
      lading_list_view_set_sort_descending (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_list_view_class_init (LadingListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_list_view_dispose;
  object_class->finalize = lading_list_view_finalize;
  object_class->get_property = lading_list_view_get_property;
  object_class->set_property = lading_list_view_set_property;

  /**
   * LadingListView:model:
   *
   * The items to show, unfiltered and unsorted: the store's list.
   */
  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMPTY_ICON_NAME] =
    g_param_spec_string ("empty-icon-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMPTY_TITLE] =
    g_param_spec_string ("empty-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:empty-description:
   *
   * What would appear in the list, as Pango markup.
   */
  properties [PROP_EMPTY_DESCRIPTION] =
    g_param_spec_string ("empty-description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:search-text:
   *
   * What the search entry holds, so the application can remember it.
   * Setting a text shows the search bar.
   */
  properties [PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:sort-column:
   *
   * The id of the column the rows are sorted by, %NULL if unsorted.  Follows
   * clicks on the headers, so the application can save and restore it.
   */
  properties [PROP_SORT_COLUMN] =
    g_param_spec_string ("sort-column", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:selected-item:
   *
   * The item of the selected row when exactly one row is selected (a branch
   * in tree mode too), else %NULL.
   */
  properties [PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:n-selected:
   *
   * How many items lading_list_view_dup_selected_items() would return
   * without branches: selected rows of projects do not count.
   */
  properties [PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingListView:item-filter:
   *
   * A filter on the items (never on rows or branches) that applies on top
   * of the search, such as the Containers page's state filter.  A branch
   * shows while any of its children passes.
   */
  properties [PROP_ITEM_FILTER] =
    g_param_spec_object ("item-filter", NULL, NULL,
                         GTK_TYPE_FILTER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The menu a row's context menu shows, after #LadingListView::context-menu
   * (whose handlers may update the actions first); %NULL leaves it to them. */
  properties [PROP_MENU_MODEL] =
    g_param_spec_object ("menu-model", NULL, NULL,
                         G_TYPE_MENU_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingListView::item-activated:
   * @self: a #LadingListView
   * @item: the activated item of the model
   *
   * A row was activated (double click, Enter).  Activating a branch's row
   * expands or collapses it instead.
   */
  signals [SIGNAL_ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * LadingListView::context-menu:
   * @self: a #LadingListView
   * @item: the item of the row, a leaf or a branch
   * @x: where to point, in @widget's coordinates
   * @y: where to point, in @widget's coordinates
   * @widget: the widget to parent a popover to
   *
   * The user asked for a row's menu: a right click or a long press on it,
   * or the Menu key or Shift+F10 on the focused row.  A click on a row
   * outside the selection selects that row alone first, so the menu may act
   * on the selection when @item is part of it.
   */
  signals [SIGNAL_CONTEXT_MENU] =
    g_signal_new ("context-menu",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_OBJECT, G_TYPE_DOUBLE, G_TYPE_DOUBLE, GTK_TYPE_WIDGET);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-list-view");

  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-list-view.ui");
  /* Bound without a field so that gtk_widget_dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, stack);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, column_view);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LadingListView, no_results_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  /* "list.search" toggles the search bar; the window binds Ctrl+F to it. */
  gtk_widget_class_install_property_action (widget_class, "list.search", "search-mode-enabled");

  _lading_list_view_class_init_selection (widget_class);
}

static void
lading_list_view_init (LadingListView *self)
{
  GtkSorter *view_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->columns = g_ptr_array_new_with_free_func (_lading_list_view_column_release);
  self->item_type = G_TYPE_OBJECT;

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  /* store (or tree) → rows → filter → sort (by the column view's sorter)
   * → stage → selection → view */
  self->rows = lading_list_rows_new ();
  self->filter = gtk_custom_filter_new (_lading_list_view_filter_match, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  view_sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (view_sorter));
  _lading_list_view_init_stage (self);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->stage)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (_lading_list_view_update_page), self);
  _lading_list_view_init_sort (self);

  _lading_list_view_init_selection (self);
  _lading_list_view_update_watched (self);
  _lading_list_view_init_fold (self);
  _lading_list_view_update_page (self);
}

GtkWidget *
lading_list_view_new (void)
{
  return g_object_new (LADING_TYPE_LIST_VIEW, NULL);
}

/**
 * lading_list_view_get_model:
 * @self: a #LadingListView
 *
 * Returns: (transfer none) (nullable): the unfiltered items
 */
GListModel *
lading_list_view_get_model (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return self->model;
}

/* Shows @rows (the roots themselves, or the tree over them) for @roots. */
void
_lading_list_view_set_roots (LadingListView *self,
                             GListModel     *roots,
                             GListModel     *rows)
{
  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);

  g_set_object (&self->model, roots);
  _lading_list_view_restage (self);
  lading_list_rows_set_model (self->rows, rows);

  /* The filter model says nothing when new items are all filtered out, yet
   * the page must change from "empty" to "no-results" then. */
  if (roots != NULL)
    self->items_changed_id =
      g_signal_connect_swapped (roots, "items-changed",
                                G_CALLBACK (_lading_list_view_update_page), self);

  _lading_list_view_update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
}

/**
 * lading_list_view_set_model:
 * @self: a #LadingListView
 * @model: (nullable): the items to show
 *
 * Sets the items to show, as a flat list, leaving tree mode.  Columns look
 * their properties up on the model's item type, so set the model before
 * lading_list_view_add_columns(), and keep the item type the same
 * afterwards.
 */
void
lading_list_view_set_model (LadingListView *self,
                            GListModel     *model)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (!model || G_IS_LIST_MODEL (model));

  if (self->model == model && self->tree_model == NULL)
    return;

  _lading_list_view_clear_tree (self);
  if (model != NULL)
    self->item_type = g_list_model_get_item_type (model);
  _lading_list_view_set_roots (self, model, model);
}

/**
 * lading_list_view_add_columns:
 * @self: a #LadingListView
 * @columns: (array length=n_columns): a static table of columns
 * @n_columns: the number of elements of @columns
 *
 * Appends a column to the view for each element of @columns.  The model
 * must be set, and its item type (in tree mode, the leaf item type) must
 * have the properties the table names.  The first column ever added gets
 * the tree expander.
 */
void
lading_list_view_add_columns (LadingListView         *self,
                              const LadingListColumn *columns,
                              guint                   n_columns)
{
  g_autoptr(GTypeClass) item_class = NULL;

  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (columns != NULL || n_columns == 0);
  g_return_if_fail (self->model != NULL);

  item_class = g_type_class_ref (self->item_type);
  g_return_if_fail (G_IS_OBJECT_CLASS (item_class));

  for (guint i = 0; i < n_columns; i++)
    {
      LadingListViewColumn *column = _lading_list_view_column_new (&columns[i],
                                                                   G_OBJECT_CLASS (item_class),
                                                                   &self->probe,
                                                                   self->column_view,
                                                                   self->columns->len == 0);

      if (column == NULL)
        continue;
      g_ptr_array_add (self->columns, column);
      _lading_list_view_add_fold_column (self, _lading_list_view_column_get_column (column),
                                         column, columns[i].nat_chars, columns[i].fold_level);
    }

  _lading_list_view_apply_sort (self);
  _lading_list_view_update_watched (self);
}

/**
 * lading_list_view_set_busy_text:
 * @self: a #LadingListView
 * @item: (type GObject): an item of the model
 * @text: (nullable): what runs on @item, such as "Stopping…"
 *
 * Shows @text with a spinner in @item's state cell instead of its badge,
 * until called again with %NULL; rows bound later show it too.
 */
void
lading_list_view_set_busy_text (LadingListView *self,
                                gpointer        item,
                                const char     *text)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (G_IS_OBJECT (item));

  for (guint i = 0; i < self->columns->len; i++)
    _lading_list_view_column_set_busy_text (g_ptr_array_index (self->columns, i), item, text);
}

const char *
lading_list_view_get_empty_icon_name (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return adw_status_page_get_icon_name (self->empty_page);
}

void
lading_list_view_set_empty_icon_name (LadingListView *self,
                                      const char     *icon_name)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  if (g_strcmp0 (icon_name, adw_status_page_get_icon_name (self->empty_page)) == 0)
    return;

  adw_status_page_set_icon_name (self->empty_page, icon_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMPTY_ICON_NAME]);
}

const char *
lading_list_view_get_empty_title (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return adw_status_page_get_title (self->empty_page);
}

void
lading_list_view_set_empty_title (LadingListView *self,
                                  const char     *title)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  if (g_strcmp0 (title, adw_status_page_get_title (self->empty_page)) == 0)
    return;

  adw_status_page_set_title (self->empty_page, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMPTY_TITLE]);
}

const char *
lading_list_view_get_empty_description (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return adw_status_page_get_description (self->empty_page);
}

void
lading_list_view_set_empty_description (LadingListView *self,
                                        const char     *description)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  if (g_strcmp0 (description, adw_status_page_get_description (self->empty_page)) == 0)
    return;

  adw_status_page_set_description (self->empty_page, description);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMPTY_DESCRIPTION]);
}

gboolean
lading_list_view_get_search_mode_enabled (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * lading_list_view_set_search_mode_enabled:
 * @self: a #LadingListView
 * @enabled: whether to show the search bar
 *
 * Shows the search bar and focuses its entry, or hides it and clears the
 * search.  The "list.search" action toggles it.
 */
void
lading_list_view_set_search_mode_enabled (LadingListView *self,
                                          gboolean        enabled)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  /* The search bar notifies; search_mode_changed_cb() forwards it. */
  gtk_search_bar_set_search_mode (self->search_bar, enabled);
}


/**
 * lading_list_view_set_key_capture_widget:
 * @self: a #LadingListView
 * @widget: (nullable): usually the window
 *
 * Typing in @widget opens the search while @self is on screen.
 */
void
lading_list_view_set_key_capture_widget (LadingListView *self,
                                         GtkWidget      *widget)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (!widget || GTK_IS_WIDGET (widget));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}
