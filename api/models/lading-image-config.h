/* lading-image-config.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_IMAGE_CONFIG (lading_image_config_get_type ())

typedef struct _LadingImageConfig LadingImageConfig;

GType               lading_image_config_get_type          (void);
LadingImageConfig  *lading_image_config_ref               (LadingImageConfig *self);
void                lading_image_config_unref             (LadingImageConfig *self);
const char * const *lading_image_config_get_entrypoint    (LadingImageConfig *self);
const char * const *lading_image_config_get_cmd           (LadingImageConfig *self);
const char * const *lading_image_config_get_env           (LadingImageConfig *self);
const char * const *lading_image_config_get_exposed_ports (LadingImageConfig *self);
const char * const *lading_image_config_get_volumes       (LadingImageConfig *self);
const char * const *lading_image_config_get_repo_digests  (LadingImageConfig *self);
const char         *lading_image_config_get_working_dir   (LadingImageConfig *self);
const char         *lading_image_config_get_user          (LadingImageConfig *self);
const char         *lading_image_config_get_os            (LadingImageConfig *self);
const char         *lading_image_config_get_architecture  (LadingImageConfig *self);
const char         *lading_image_config_get_variant       (LadingImageConfig *self);
char               *lading_image_config_dup_platform      (LadingImageConfig *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingImageConfig, lading_image_config_unref)

G_END_DECLS
