/* lading-list-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-column.h"

G_BEGIN_DECLS

#define LADING_TYPE_LIST_VIEW (lading_list_view_get_type ())

G_DECLARE_FINAL_TYPE (LadingListView, lading_list_view, LADING, LIST_VIEW, GtkWidget)

GtkWidget         *lading_list_view_new                     (void);
GListModel        *lading_list_view_get_model               (LadingListView         *self);
void               lading_list_view_set_model               (LadingListView         *self,
                                                             GListModel             *model);
void               lading_list_view_add_columns             (LadingListView         *self,
                                                             const LadingListColumn *columns,
                                                             guint                   n_columns);
gpointer           lading_list_view_get_selected_item       (LadingListView         *self);
const char        *lading_list_view_get_empty_icon_name     (LadingListView         *self);
void               lading_list_view_set_empty_icon_name     (LadingListView         *self,
                                                             const char             *icon_name);
const char        *lading_list_view_get_empty_title         (LadingListView         *self);
void               lading_list_view_set_empty_title         (LadingListView         *self,
                                                             const char             *title);
const char        *lading_list_view_get_empty_description   (LadingListView         *self);
void               lading_list_view_set_empty_description   (LadingListView         *self,
                                                             const char             *description);
gboolean           lading_list_view_get_search_mode_enabled (LadingListView         *self);
void               lading_list_view_set_search_mode_enabled (LadingListView         *self,
                                                             gboolean                enabled);
const char        *lading_list_view_get_sort_column         (LadingListView         *self);
void               lading_list_view_set_sort_column         (LadingListView         *self,
                                                             const char             *column_id);
gboolean           lading_list_view_get_sort_descending     (LadingListView         *self);
void               lading_list_view_set_sort_descending     (LadingListView         *self,
                                                             gboolean                descending);
void               lading_list_view_sort_by                 (LadingListView         *self,
                                                             const char             *column_id,
                                                             GtkSortType             order);
void               lading_list_view_set_key_capture_widget  (LadingListView         *self,
                                                             GtkWidget              *widget);

G_END_DECLS
