/* lading-disk-usage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LadingDiskUsageKind:
 * @LADING_DISK_USAGE_IMAGES: image layers
 * @LADING_DISK_USAGE_CONTAINERS: what containers wrote over their image
 * @LADING_DISK_USAGE_VOLUMES: volume data
 * @LADING_DISK_USAGE_BUILD_CACHE: the builder's cache
 *
 * The rows of `docker system df`.
 */
typedef enum
{
  LADING_DISK_USAGE_IMAGES,
  LADING_DISK_USAGE_CONTAINERS,
  LADING_DISK_USAGE_VOLUMES,
  LADING_DISK_USAGE_BUILD_CACHE,
  LADING_DISK_USAGE_N_KINDS
} LadingDiskUsageKind;

/**
 * LadingDiskUsageTotal:
 * @count: how many there are
 * @active: how many are in use (by a container, or a build under way)
 * @size: their bytes, shared ones counted once
 * @reclaimable: the bytes removing the unused ones would free
 */
typedef struct
{
  guint  count;
  guint  active;
  gint64 size;
  gint64 reclaimable;
} LadingDiskUsageTotal;

#define LADING_TYPE_DISK_USAGE (lading_disk_usage_get_type ())

G_DECLARE_FINAL_TYPE (LadingDiskUsage, lading_disk_usage, LADING, DISK_USAGE, GObject)

gint64 lading_disk_usage_get_layers_size       (LadingDiskUsage      *self);
gint64 lading_disk_usage_get_image_shared_size (LadingDiskUsage      *self,
                                                const char           *image_id);
gint64 lading_disk_usage_get_volume_size       (LadingDiskUsage      *self,
                                                const char           *volume_name);
gint64 lading_disk_usage_get_container_size    (LadingDiskUsage      *self,
                                                const char           *container_id);
void   lading_disk_usage_get_total             (LadingDiskUsage      *self,
                                                LadingDiskUsageKind   kind,
                                                LadingDiskUsageTotal *total);

G_END_DECLS
