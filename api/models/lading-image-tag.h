/* lading-image-tag.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-image.h"

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_TAG (lading_image_tag_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageTag, lading_image_tag, LADING, IMAGE_TAG, GObject)

LadingImageTag *lading_image_tag_new            (LadingImage    *image,
                                                 const char     *repo_tag);
LadingImage    *lading_image_tag_get_image      (LadingImageTag *self);
const char     *lading_image_tag_get_repo_tag   (LadingImageTag *self);
const char     *lading_image_tag_get_repository (LadingImageTag *self);
const char     *lading_image_tag_get_tag        (LadingImageTag *self);
gboolean        lading_image_tag_get_untagged   (LadingImageTag *self);

G_END_DECLS
