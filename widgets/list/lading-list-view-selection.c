/* lading-list-view-selection.c
 *
 * LadingListView's multi-selection (several containers for bulk actions,
 * "select all visible", Escape to unselect) and its context menu, asked
 * for by a right click or a long press on a row, or by the Menu key or
 * Shift+F10.  The view only says which row wants a menu; the page builds
 * and shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-list-view"

#include "config.h"

#include "lading-list-cell.h"
#include "lading-list-view-private.h"

/* Keeps :selected-item, :n-selected and the unselect action current.  The
 * walk covers the selected rows only, which stay few but for "select all". */
static void
selection_update (LadingListView *self)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
  guint64 n_rows = gtk_bitset_get_size (selected);
  g_autoptr(GObject) single = NULL;
  GtkBitsetIter iter;
  guint n_leaves = 0;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (selection), position);

      if (!_lading_list_view_row_is_branch (row))
        n_leaves++;
      if (n_rows == 1)
        single = g_object_ref (_lading_list_view_unwrap (row));
    }

  if (g_set_object (&self->selected_item, single))
    _lading_list_view_notify (self, PROP_SELECTED_ITEM);

  if (self->n_selected != n_leaves)
    {
      self->n_selected = n_leaves;
      _lading_list_view_notify (self, PROP_N_SELECTED);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.unselect-all", n_rows > 0);
}

/* The column view's rows are the children of its inner GtkListView. */
static GtkWidget *
find_row_widget (LadingListView *self,
                 GtkWidget      *widget)
{
  while (widget != NULL && widget != GTK_WIDGET (self->column_view))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      if (GTK_IS_LIST_VIEW (parent) && gtk_widget_is_ancestor (parent, GTK_WIDGET (self->column_view)))
        return widget;

      widget = parent;
    }

  return NULL;
}

/* Each cell's child is a LadingListCell, which knows its GtkListItem. */
static GtkListItem *
find_list_item (GtkWidget *widget)
{
  GtkListItem *list_item = LADING_IS_LIST_CELL (widget)
                           ? lading_list_cell_get_list_item (LADING_LIST_CELL (widget))
                           : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       list_item == NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    list_item = find_list_item (child);

  return list_item;
}

/* The view's own menu, if it has one, pointing at @x, @y. */
static void
popup_menu (LadingListView *self,
            double          x,
            double          y)
{
  GdkRectangle rect = { x, y, 1, 1 };

  if (self->menu_model == NULL)
    return;

  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (self->menu_model);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }

  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static gboolean
emit_context_menu (LadingListView *self,
                   guint           position,
                   double          x,
                   double          y)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (selection), position);
  GObject *item = row != NULL ? _lading_list_view_unwrap (row) : NULL;

  if (item == NULL)
    return FALSE;

  /* As in file managers: a menu on a row outside the selection is for that
   * row alone, one inside it may be for the whole selection. */
  if (!gtk_selection_model_is_selected (selection, position))
    gtk_selection_model_select_item (selection, position, TRUE);

  _lading_list_view_emit (self, SIGNAL_CONTEXT_MENU, item, x, y, self);
  popup_menu (self, x, y);
  return TRUE;
}

/**
 * _lading_list_view_context_menu_at:
 * @self: a #LadingListView
 * @x: a point in @self's coordinates
 * @y: a point in @self's coordinates
 *
 * Emits #LadingListView::context-menu for the row at @x, @y, as a right
 * click there does.
 *
 * Returns: whether there was a row
 */
gboolean
_lading_list_view_context_menu_at (LadingListView *self,
                                   double          x,
                                   double          y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = find_row_widget (self, picked);
  GtkListItem *list_item = row != NULL ? find_list_item (row) : NULL;

  if (list_item == NULL)
    return FALSE;

  return emit_context_menu (self, gtk_list_item_get_position (list_item), x, y);
}

static void
context_click_pressed_cb (LadingListView *self,
                          int             n_press,
                          double          x,
                          double          y,
                          GtkGesture     *gesture)
{
  if (_lading_list_view_context_menu_at (self, x, y))
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
context_long_press_cb (LadingListView *self,
                       double          x,
                       double          y,
                       GtkGesture     *gesture)
{
  if (_lading_list_view_context_menu_at (self, x, y))
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The Menu key and Shift+F10 ask for the focused row's menu, or else for
 * the first selected row's; the menu points at the row's middle, or at the
 * list's when that row is scrolled away. */
static void
context_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LadingListView *self = LADING_LIST_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? find_row_widget (self, focus) : NULL;
  GtkListItem *list_item = row != NULL ? find_list_item (row) : NULL;
  g_autoptr(GtkBitset) selected = NULL;
  graphene_rect_t bounds;
  guint position;

  /* A row not laid out yet has no place to point at. */
  if (list_item != NULL && gtk_widget_compute_bounds (row, widget, &bounds) &&
      bounds.size.height > 0)
    {
      emit_context_menu (self, gtk_list_item_get_position (list_item),
                         bounds.origin.x + bounds.size.width / 2,
                         bounds.origin.y + bounds.size.height / 2);
      return;
    }

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return;

  position = gtk_bitset_get_minimum (selected);
  emit_context_menu (self, position,
                     gtk_widget_get_width (widget) / 2.0,
                     gtk_widget_get_height (widget) / 2.0);
}

static void
select_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lading_list_view_select_all_visible (LADING_LIST_VIEW (widget));
}

static void
unselect_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  lading_list_view_unselect_all (LADING_LIST_VIEW (widget));
}

void
_lading_list_view_class_init_selection (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "list.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "list.unselect-all", NULL, unselect_all_action);
  gtk_widget_class_install_action (widget_class, "list.context-menu", NULL, context_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK,
                                       "list.select-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "list.unselect-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "list.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "list.context-menu", NULL);
}

/* The gestures run in the capture phase, before the row's own click
 * handling, which would otherwise take the press. */
void
_lading_list_view_init_selection (LadingListView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (context_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (long_press),
                                              GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (long_press, "pressed", G_CALLBACK (context_long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (selection_update), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (selection_update), self);
  selection_update (self);
}

void
_lading_list_view_dispose_selection (LadingListView *self)
{
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selected_item);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->menu_model);
  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_pointer (&self->pending_property, g_free);
  g_clear_pointer (&self->pending_value, g_free);
}

/* Selects the item select_by_property() waits for, if it is listed. */
static gboolean
select_pending (LadingListView *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; self->pending_value != NULL && i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);
      g_autofree char *value = NULL;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), self->pending_property) == NULL)
        continue;
      g_object_get (item, self->pending_property, &value, NULL);
      if (g_strcmp0 (value, self->pending_value) != 0)
        continue;

      /* Listed now: one try, and the wait is over either way.  A search
       * that hides the row gives way: the user asked for this row. */
      g_clear_pointer (&self->pending_property, g_free);
      g_clear_pointer (&self->pending_value, g_free);
      if (lading_list_view_select_item (self, item))
        return TRUE;
      if (self->search_folded == NULL)
        return FALSE;
      lading_list_view_set_search_text (self, NULL);
      return lading_list_view_select_item (self, item);
    }

  return FALSE;
}

static gboolean
select_pending_cb (gpointer user_data)
{
  LadingListView *self = user_data;

  self->pending_source = 0;
  select_pending (self);

  return G_SOURCE_REMOVE;
}

/* After a change to the model, once the sorted and filtered rows have it. */
void
_lading_list_view_select_pending_soon (LadingListView *self)
{
  if (self->pending_value != NULL && self->pending_source == 0)
    self->pending_source = g_idle_add (select_pending_cb, self);
}

/**
 * lading_list_view_select_by_property:
 * @property: a string property of the items
 * @value: the value of the item to select
 *
 * Selects the item whose @property is @value, clearing a search that hides
 * it; one not in the model yet (just created, its event still on its way)
 * is selected once it is there.  A later call replaces the wait.
 */
void
lading_list_view_select_by_property (LadingListView *self,
                                     const char     *property,
                                     const char     *value)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (property != NULL && value != NULL);

  g_free (self->pending_property);
  g_free (self->pending_value);
  self->pending_property = g_strdup (property);
  self->pending_value = g_strdup (value);
  select_pending (self);
}

GMenuModel *
lading_list_view_get_menu_model (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return self->menu_model;
}

void
lading_list_view_set_menu_model (LadingListView *self,
                                 GMenuModel     *menu_model)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));
  g_return_if_fail (menu_model == NULL || G_IS_MENU_MODEL (menu_model));

  if (!g_set_object (&self->menu_model, menu_model))
    return;

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  _lading_list_view_notify (self, PROP_MENU_MODEL);
}

/**
 * lading_list_view_get_selected_item:
 * @self: a #LadingListView
 *
 * Returns: (transfer none) (nullable) (type GObject): the item of the
 *   selected row if exactly one row is selected
 */
gpointer
lading_list_view_get_selected_item (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  return self->selected_item;
}

guint
lading_list_view_get_n_selected (LadingListView *self)
{
  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), 0);

  return self->n_selected;
}

/**
 * lading_list_view_dup_selected_items:
 * @self: a #LadingListView
 * @include_branches: whether to include the items of selected branch rows
 *
 * The items of the selected rows, in the order the rows show: the
 * containers for a bulk action.  A selected project row does not stand for
 * its containers; only the rows of the containers themselves do.
 *
 * Returns: (transfer container) (element-type GObject): the selected items
 */
GPtrArray *
lading_list_view_dup_selected_items (LadingListView *self,
                                     gboolean        include_branches)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), NULL);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      GObject *item = _lading_list_view_unwrap (row);

      if (item != NULL && (include_branches || !_lading_list_view_row_is_branch (row)))
        g_ptr_array_add (items, g_object_ref (item));
    }

  return g_steal_pointer (&items);
}

/**
 * lading_list_view_select_all_visible:
 * @self: a #LadingListView
 *
 * Selects every row the search and the item filter leave, as Ctrl+A does.
 */
void
lading_list_view_select_all_visible (LadingListView *self)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * lading_list_view_unselect_all:
 * @self: a #LadingListView
 *
 * Clears the selection, as Escape does.
 */
void
lading_list_view_unselect_all (LadingListView *self)
{
  g_return_if_fail (LADING_IS_LIST_VIEW (self));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * lading_list_view_select_item:
 * @self: a #LadingListView
 * @item: (type GObject): an item of the model, at any level
 *
 * Selects the row of @item alone.
 *
 * Returns: whether a row shows @item (it may be filtered out)
 */
gboolean
lading_list_view_select_item (LadingListView *self,
                              gpointer        item)
{
  GListModel *rows;
  guint n_rows;

  g_return_val_if_fail (LADING_IS_LIST_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);

  rows = G_LIST_MODEL (self->selection);
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (_lading_list_view_unwrap (row) == item)
        return gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
    }

  return FALSE;
}
