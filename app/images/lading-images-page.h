/* lading-images-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-list-view.h"
#include "lading-store.h"
#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGES_PAGE (lading_images_page_get_type ())

G_DECLARE_FINAL_TYPE (LadingImagesPage, lading_images_page, LADING, IMAGES_PAGE, GtkWidget)

void            lading_images_page_set_store       (LadingImagesPage *self,
                                                    LadingStore      *store);
void            lading_images_page_set_transfers   (LadingImagesPage *self,
                                                    LadingTransfers  *transfers);
LadingListView *lading_images_page_get_list_view   (LadingImagesPage *self);
gboolean        lading_images_page_get_show_untagged (LadingImagesPage *self);
void            lading_images_page_set_show_untagged (LadingImagesPage *self,
                                                      gboolean          show_untagged);
void            lading_images_page_select_image    (LadingImagesPage *self,
                                                    const char       *image_id);

G_END_DECLS
