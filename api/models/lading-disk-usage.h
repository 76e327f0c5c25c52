/* lading-disk-usage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_DISK_USAGE (lading_disk_usage_get_type ())

G_DECLARE_FINAL_TYPE (LadingDiskUsage, lading_disk_usage, LADING, DISK_USAGE, GObject)

gint64 lading_disk_usage_get_layers_size       (LadingDiskUsage *self);
gint64 lading_disk_usage_get_image_shared_size (LadingDiskUsage *self,
                                                const char      *image_id);

G_END_DECLS
