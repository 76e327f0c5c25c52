/* lading-image.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-image-config.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE (lading_image_get_type ())

G_DECLARE_FINAL_TYPE (LadingImage, lading_image, LADING, IMAGE, GObject)

const char         *lading_image_get_id           (LadingImage *self);
const char         *lading_image_get_short_id     (LadingImage *self);
const char * const *lading_image_get_repo_tags    (LadingImage *self);
const char         *lading_image_get_repository   (LadingImage *self);
const char         *lading_image_get_tag          (LadingImage *self);
const char         *lading_image_get_display_name (LadingImage *self);
gboolean            lading_image_get_dangling     (LadingImage *self);
gint64              lading_image_get_size         (LadingImage *self);
gint64              lading_image_get_created      (LadingImage *self);
gint64              lading_image_get_shared_size  (LadingImage *self);
guint               lading_image_get_containers   (LadingImage *self);
GHashTable         *lading_image_get_labels       (LadingImage *self);
LadingImageConfig  *lading_image_get_config       (LadingImage *self);

G_END_DECLS
