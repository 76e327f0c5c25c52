/* lading-image-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_DETAILS (lading_image_details_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageDetails, lading_image_details, LADING, IMAGE_DETAILS, GtkWidget)

LadingImageDetails *lading_image_details_new       (LadingStore        *store,
                                                    const char         *image_id,
                                                    const char         *name);
gboolean            lading_image_details_get_loaded (LadingImageDetails *self);

G_END_DECLS
