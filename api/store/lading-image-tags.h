/* lading-image-tags.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-image-tag.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_TAGS (lading_image_tags_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageTags, lading_image_tags, LADING, IMAGE_TAGS, GObject)

LadingImageTags *lading_image_tags_new (GListModel *images);

G_END_DECLS
