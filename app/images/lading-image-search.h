/* lading-image-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"
#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_SEARCH (lading_image_search_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageSearch, lading_image_search, LADING, IMAGE_SEARCH, AdwWindow)

GtkWidget *lading_image_search_new          (GtkWindow         *parent,
                                             LadingStore       *store,
                                             LadingTransfers   *transfers);
void       lading_image_search_show_results (LadingImageSearch *self,
                                             GPtrArray         *results);

G_END_DECLS
