/* lading-prune-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADING_TYPE_PRUNE_LIST (lading_prune_list_get_type ())

G_DECLARE_FINAL_TYPE (LadingPruneList, lading_prune_list, LADING, PRUNE_LIST, GtkWidget)

GtkWidget *lading_prune_list_new            (void);
void       lading_prune_list_add            (LadingPruneList *self,
                                             const char      *name,
                                             const char      *detail,
                                             gint64           bytes);
void       lading_prune_list_add_item       (LadingPruneList *self,
                                             const char      *key,
                                             const char      *title,
                                             const char      *detail,
                                             gint64           bytes);
guint      lading_prune_list_get_n_items    (LadingPruneList *self);
guint      lading_prune_list_get_n_chosen   (LadingPruneList *self);
gint64     lading_prune_list_get_chosen_bytes (LadingPruneList *self);
GStrv      lading_prune_list_dup_chosen     (LadingPruneList *self);
void       lading_prune_list_set_chosen     (LadingPruneList *self,
                                             const char      *name,
                                             gboolean         chosen);

G_END_DECLS
