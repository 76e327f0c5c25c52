/* lading-list-cell.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADING_TYPE_LIST_CELL (lading_list_cell_get_type ())

G_DECLARE_FINAL_TYPE (LadingListCell, lading_list_cell, LADING, LIST_CELL, GtkWidget)

GtkWidget   *lading_list_cell_new                (GtkListItem    *list_item,
                                                  GtkWidget      *content,
                                                  gboolean        expander);
GtkListItem *lading_list_cell_get_list_item      (LadingListCell *self);
GtkWidget   *lading_list_cell_get_content        (LadingListCell *self);
GObject     *lading_list_cell_get_item           (LadingListCell *self);
void         lading_list_cell_bind               (LadingListCell *self);
void         lading_list_cell_unbind             (LadingListCell *self);
void         lading_list_cell_bind_expression    (LadingListCell *self,
                                                  GtkExpression  *expression,
                                                  GObject        *target,
                                                  const char     *property);

G_END_DECLS
