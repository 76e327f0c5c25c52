/* lading-image-actions.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-image-tag.h"
#include "lading-store.h"

G_BEGIN_DECLS

GPtrArray *lading_image_actions_dup_users (LadingStore    *store,
                                           LadingImage    *image);
void       lading_image_actions_remove    (GtkWidget      *page,
                                           LadingStore    *store,
                                           LadingImageTag *row);
void       lading_image_actions_tag       (GtkWidget      *page,
                                           LadingStore    *store,
                                           LadingImageTag *row);
void       lading_image_actions_prune     (GtkWidget      *page,
                                           LadingStore    *store);

G_END_DECLS
