/* lading-image-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_LAYER (lading_image_layer_get_type ())

G_DECLARE_FINAL_TYPE (LadingImageLayer, lading_image_layer, LADING, IMAGE_LAYER, GObject)

const char  *lading_image_layer_get_id          (LadingImageLayer *self);
gint64       lading_image_layer_get_created     (LadingImageLayer *self);
const char  *lading_image_layer_get_created_by  (LadingImageLayer *self);
const char  *lading_image_layer_get_instruction (LadingImageLayer *self);
gint64       lading_image_layer_get_size        (LadingImageLayer *self);
gboolean     lading_image_layer_get_empty       (LadingImageLayer *self);
const char  *lading_image_layer_get_comment     (LadingImageLayer *self);
const char * const *lading_image_layer_get_tags (LadingImageLayer *self);

char        *lading_image_layer_instruction_from_created_by (const char *created_by);

G_END_DECLS
