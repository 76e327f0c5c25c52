/* lading-volume.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADING_TYPE_VOLUME (lading_volume_get_type ())

G_DECLARE_FINAL_TYPE (LadingVolume, lading_volume, LADING, VOLUME, GObject)

const char         *lading_volume_get_name            (LadingVolume *self);
const char         *lading_volume_get_driver          (LadingVolume *self);
const char         *lading_volume_get_mountpoint      (LadingVolume *self);
const char         *lading_volume_get_scope           (LadingVolume *self);
gint64              lading_volume_get_created         (LadingVolume *self);
GHashTable         *lading_volume_get_labels          (LadingVolume *self);
const char         *lading_volume_get_compose_project (LadingVolume *self);
const char * const *lading_volume_get_used_by         (LadingVolume *self);
guint               lading_volume_get_containers      (LadingVolume *self);
gint64              lading_volume_get_size            (LadingVolume *self);

G_END_DECLS
