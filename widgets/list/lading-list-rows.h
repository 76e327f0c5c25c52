/* lading-list-rows.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADING_TYPE_LIST_ROWS (lading_list_rows_get_type ())

G_DECLARE_FINAL_TYPE (LadingListRows, lading_list_rows, LADING, LIST_ROWS, GObject)

typedef gboolean (*LadingListRowsOrderFunc) (gpointer row,
                                             gpointer user_data);

LadingListRows *lading_list_rows_new          (void);
void            lading_list_rows_set_model    (LadingListRows *self,
                                               GListModel     *model);
void            lading_list_rows_set_watched  (LadingListRows *self,
                                               GHashTable     *names,
                                               GHashTable     *sorted);
void            lading_list_rows_set_order_check (LadingListRows          *self,
                                                  LadingListRowsOrderFunc  in_order,
                                                  gpointer                 user_data);
void            lading_list_rows_item_changed (LadingListRows *self,
                                               gpointer        item);

G_END_DECLS
