/* lading-list-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-column.h"

G_BEGIN_DECLS

/**
 * LadingCellWidgetFunc:
 * @user_data: the data given with the function
 *
 * Returns: (transfer floating): a new cell for a widget column
 */
typedef GtkWidget *(*LadingCellWidgetFunc) (gpointer user_data);

#define LADING_TYPE_LIST_VIEW (lading_list_view_get_type ())

G_DECLARE_FINAL_TYPE (LadingListView, lading_list_view, LADING, LIST_VIEW, GtkWidget)

/* Besides the functions below, a view has the properties "n-selected" (the
 * number of selected rows whose item is a leaf) and "search-text", the signal
 * "item-activated" (item) for a leaf row's Enter or double click, and
 * "context-menu" (item, x, y, widget) for a right click, a long press, the
 * Menu key or Shift+F10 on a row; x and y are in @widget's coordinates.
 * With "menu-model" set, the view then shows that menu there itself.
 * Actions: "list.search", "list.select-all" (Ctrl+A),
 * "list.unselect-all" (Escape), "list.context-menu" (Menu, Shift+F10). */

GtkWidget  *lading_list_view_new                     (void);
GListModel *lading_list_view_get_model               (LadingListView                 *self);
void        lading_list_view_set_model               (LadingListView                 *self,
                                                      GListModel                     *model);
void        lading_list_view_set_tree_model          (LadingListView                 *self,
                                                      GListModel                     *roots,
                                                      GType                           item_type,
                                                      GtkTreeListModelCreateModelFunc create_func,
                                                      gpointer                        user_data,
                                                      GDestroyNotify                  user_destroy);
gboolean    lading_list_view_get_tree_mode           (LadingListView                 *self);
void        lading_list_view_add_columns             (LadingListView                 *self,
                                                      const LadingListColumn         *columns,
                                                      guint                           n_columns);
void        lading_list_view_add_widget_column       (LadingListView                 *self,
                                                      const char                     *title,
                                                      int                             position,
                                                      int                             width_chars,
                                                      guint                           fold_level,
                                                      LadingCellWidgetFunc            create,
                                                      gpointer                        user_data,
                                                      GDestroyNotify                  destroy);
void        lading_list_view_set_search_properties   (LadingListView                 *self,
                                                      const char * const             *property_names);
GtkFilter  *lading_list_view_get_item_filter         (LadingListView                 *self);
void        lading_list_view_set_item_filter         (LadingListView                 *self,
                                                      GtkFilter                      *filter);
void        lading_list_view_set_item_filter_properties (LadingListView              *self,
                                                         const char * const          *property_names);
GMenuModel *lading_list_view_get_menu_model          (LadingListView                 *self);
void        lading_list_view_set_menu_model          (LadingListView                 *self,
                                                      GMenuModel                     *menu_model);
gpointer    lading_list_view_get_selected_item       (LadingListView                 *self);
void        lading_list_view_select_by_property      (LadingListView                 *self,
                                                      const char                     *property,
                                                      const char                     *value);
guint       lading_list_view_get_n_selected          (LadingListView                 *self);
GPtrArray  *lading_list_view_dup_selected_items      (LadingListView                 *self,
                                                      gboolean                        include_branches);
const char *lading_list_view_get_empty_icon_name     (LadingListView                 *self);
void        lading_list_view_set_empty_icon_name     (LadingListView                 *self,
                                                      const char                     *icon_name);
const char *lading_list_view_get_empty_title         (LadingListView                 *self);
void        lading_list_view_set_empty_title         (LadingListView                 *self,
                                                      const char                     *title);
const char *lading_list_view_get_empty_description   (LadingListView                 *self);
void        lading_list_view_set_empty_description   (LadingListView                 *self,
                                                      const char                     *description);
gboolean    lading_list_view_get_search_mode_enabled (LadingListView                 *self);
void        lading_list_view_set_search_mode_enabled (LadingListView                 *self,
                                                      gboolean                        enabled);
const char *lading_list_view_get_search_text         (LadingListView                 *self);
void        lading_list_view_set_search_text         (LadingListView                 *self,
                                                      const char                     *text);
const char *lading_list_view_get_sort_column         (LadingListView                 *self);
void        lading_list_view_set_sort_column         (LadingListView                 *self,
                                                      const char                     *column_id);
gboolean    lading_list_view_get_sort_descending     (LadingListView                 *self);
void        lading_list_view_set_sort_descending     (LadingListView                 *self,
                                                      gboolean                        descending);
void        lading_list_view_sort_by                 (LadingListView                 *self,
                                                      const char                     *column_id,
                                                      GtkSortType                     order);
void        lading_list_view_set_key_capture_widget  (LadingListView                 *self,
                                                      GtkWidget                      *widget);
void        lading_list_view_select_all_visible      (LadingListView                 *self);
void        lading_list_view_unselect_all            (LadingListView                 *self);
gboolean    lading_list_view_select_item             (LadingListView                 *self,
                                                      gpointer                        item);
void        lading_list_view_set_busy_text           (LadingListView                 *self,
                                                      gpointer                        item,
                                                      const char                     *text);

G_END_DECLS
