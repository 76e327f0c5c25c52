/* lading-disk-usage.c
 *
 * What GET /system/df says of the engine's disk: how much of each image's
 * size it shares with other images (layers both were built on), the size
 * of each volume, and the totals of `docker system df` for images,
 * containers, volumes and the build cache.  The engine works the figures
 * out for every image, container and volume at each call, which is why
 * Lading asks only while they are shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-disk-usage"

#include "config.h"

#include "lading-disk-usage.h"
#include "lading-json-private.h"
#include "lading-models-private.h"

struct _LadingDiskUsage
{
  GObject     parent_instance;

  GHashTable           *shared_sizes;  /* image id → gint64 *, bytes */
  GHashTable           *volume_sizes;  /* volume name → gint64 *, bytes */
  GHashTable           *container_sizes; /* container id → gint64 *, bytes written */
  gint64                layers_size;
  LadingDiskUsageTotal  totals[LADING_DISK_USAGE_N_KINDS];
};

G_DEFINE_FINAL_TYPE (LadingDiskUsage, lading_disk_usage, G_TYPE_OBJECT)

static void
lading_disk_usage_finalize (GObject *object)
{
  LadingDiskUsage *self = (LadingDiskUsage *)object;

  g_clear_pointer (&self->shared_sizes, g_hash_table_unref);
  g_clear_pointer (&self->volume_sizes, g_hash_table_unref);
  g_clear_pointer (&self->container_sizes, g_hash_table_unref);

  G_OBJECT_CLASS (lading_disk_usage_parent_class)->finalize (object);
}

static void
lading_disk_usage_class_init (LadingDiskUsageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lading_disk_usage_finalize;
}

static void
lading_disk_usage_init (LadingDiskUsage *self)
{
  self->shared_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->volume_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->container_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Bytes of all image layers, each counted once. */
gint64
lading_disk_usage_get_layers_size (LadingDiskUsage *self)
{
  g_return_val_if_fail (LADING_IS_DISK_USAGE (self), 0);

  return self->layers_size;
}

/**
 * lading_disk_usage_get_image_shared_size:
 * @image_id: an image's full ID, "sha256:…"
 *
 * Returns: the bytes of the image's size that other images share, or -1
 *   when the engine did not say (an image newer than the figures)
 */
gint64
lading_disk_usage_get_image_shared_size (LadingDiskUsage *self,
                                         const char      *image_id)
{
  gint64 *shared_size;

  g_return_val_if_fail (LADING_IS_DISK_USAGE (self), -1);
  g_return_val_if_fail (image_id != NULL, -1);

  shared_size = g_hash_table_lookup (self->shared_sizes, image_id);

  return shared_size != NULL ? *shared_size : -1;
}

/**
 * lading_disk_usage_get_volume_size:
 * @volume_name: a volume's name
 *
 * Returns: the bytes of the volume's data, or -1 when the engine did not
 *   say (a volume newer than the figures, or a driver that cannot tell)
 */
gint64
lading_disk_usage_get_volume_size (LadingDiskUsage *self,
                                   const char      *volume_name)
{
  gint64 *size;

  g_return_val_if_fail (LADING_IS_DISK_USAGE (self), -1);
  g_return_val_if_fail (volume_name != NULL, -1);

  size = g_hash_table_lookup (self->volume_sizes, volume_name);

  return size != NULL ? *size : -1;
}

/**
 * lading_disk_usage_get_container_size:
 * @container_id: a container's full ID
 *
 * Returns: the bytes the container wrote over its image, or -1 when the
 *   engine did not say (a container newer than the figures)
 */
gint64
lading_disk_usage_get_container_size (LadingDiskUsage *self,
                                      const char      *container_id)
{
  gint64 *size;

  g_return_val_if_fail (LADING_IS_DISK_USAGE (self), -1);
  g_return_val_if_fail (container_id != NULL, -1);

  size = g_hash_table_lookup (self->container_sizes, container_id);

  return size != NULL ? *size : -1;
}

/**
 * lading_disk_usage_get_total:
 * @total: (out caller-allocates): the figures of @kind
 *
 * What `docker system df` shows on the row of @kind.
 */
void
lading_disk_usage_get_total (LadingDiskUsage      *self,
                             LadingDiskUsageKind   kind,
                             LadingDiskUsageTotal *total)
{
  g_return_if_fail (LADING_IS_DISK_USAGE (self));
  g_return_if_fail (kind < LADING_DISK_USAGE_N_KINDS);
  g_return_if_fail (total != NULL);

  *total = self->totals[kind];
}

static void
insert_size (GHashTable *sizes,
             const char *key,
             gint64      size)
{
  g_hash_table_insert (sizes, g_strdup (key), g_memdup2 (&size, sizeof size));
}

/* What parse_root() works out on its way through the lists. */
typedef struct
{
  LadingDiskUsage *usage;
  gint64           images_used_size;    /* the largest image in use */
  gint64           images_used_unique;  /* the layers only images in use have */
} Parse;

/* Calls @func on each object of @array. */
static void
each_object (JsonArray  *array,
             Parse      *parse,
             void      (*func) (Parse      *parse,
                                JsonObject *object))
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        func (parse, json_node_get_object (node));
    }
}

static void
add_image (Parse      *parse,
           JsonObject *image)
{
  LadingDiskUsageTotal *total = &parse->usage->totals[LADING_DISK_USAGE_IMAGES];
  const char *id = _lading_json_get_string (image, "Id");
  gint64 size = _lading_json_get_int (image, "Size", -1);
  gint64 shared_size = _lading_json_get_int (image, "SharedSize", -1);

  total->count++;
  /* -1 is the engine's "not computed"; such an image is left unknown. */
  if (id != NULL && shared_size >= 0)
    insert_size (parse->usage->shared_sizes, id, shared_size);

  if (_lading_json_get_int (image, "Containers", 0) <= 0)
    return;

  total->active++;
  if (size >= 0)
    parse->images_used_size = MAX (parse->images_used_size, size);
  if (size >= 0 && shared_size >= 0)
    parse->images_used_unique += size - shared_size;
}

/* As `docker system df`: a container that runs, is paused or restarts is
 * active.  SizeRw is left out when the container wrote nothing. */
static void
add_container (Parse      *parse,
               JsonObject *container)
{
  LadingDiskUsageTotal *total = &parse->usage->totals[LADING_DISK_USAGE_CONTAINERS];
  const char *id = _lading_json_get_string (container, "Id");
  const char *state = _lading_json_get_string (container, "State");
  gint64 size = MAX (_lading_json_get_int (container, "SizeRw", 0), 0);
  gboolean active = g_strcmp0 (state, "running") == 0 || g_strcmp0 (state, "paused") == 0 ||
                    g_strcmp0 (state, "restarting") == 0;

  total->count++;
  total->size += size;
  if (id != NULL)
    insert_size (parse->usage->container_sizes, id, size);
  if (active)
    total->active++;
  else
    total->reclaimable += size;
}

static void
add_volume (Parse      *parse,
            JsonObject *volume)
{
  LadingDiskUsageTotal *total = &parse->usage->totals[LADING_DISK_USAGE_VOLUMES];
  const char *name = _lading_json_get_string (volume, "Name");
  JsonObject *usage = _lading_json_get_object (volume, "UsageData");
  gint64 size = usage != NULL ? _lading_json_get_int (usage, "Size", -1) : -1;
  gint64 users = usage != NULL ? _lading_json_get_int (usage, "RefCount", -1) : -1;

  total->count++;
  if (users > 0)
    total->active++;
  if (size < 0)
    return;

  if (name != NULL)
    insert_size (parse->usage->volume_sizes, name, size);
  total->size += size;
  if (users == 0)
    total->reclaimable += size;
}

/* A record shared with another one is counted by that one. */
static void
add_build_record (Parse      *parse,
                  JsonObject *record)
{
  LadingDiskUsageTotal *total = &parse->usage->totals[LADING_DISK_USAGE_BUILD_CACHE];
  gint64 size = MAX (_lading_json_get_int (record, "Size", 0), 0);
  gboolean in_use = _lading_json_get_boolean (record, "InUse");

  total->count++;
  if (in_use)
    total->active++;
  if (_lading_json_get_boolean (record, "Shared"))
    return;

  total->size += size;
  if (!in_use)
    total->reclaimable += size;
}

static gpointer
parse_root (JsonObject  *object,
            gpointer     user_data,
            GError     **error)
{
  Parse parse = { g_object_new (LADING_TYPE_DISK_USAGE, NULL), 0, 0 };
  LadingDiskUsageTotal *images = &parse.usage->totals[LADING_DISK_USAGE_IMAGES];

  parse.usage->layers_size = MAX (_lading_json_get_int (object, "LayersSize", 0), 0);
  each_object (_lading_json_get_array (object, "Images"), &parse, add_image);
  each_object (_lading_json_get_array (object, "Containers"), &parse, add_container);
  each_object (_lading_json_get_array (object, "Volumes"), &parse, add_volume);
  each_object (_lading_json_get_array (object, "BuildCache"), &parse, add_build_record);

  /* Images in use keep at least the largest of them and the layers only
   * they have.  `docker system df` counts only the latter, and so calls
   * the layers of a base image in use reclaimable. */
  images->size = parse.usage->layers_size;
  images->reclaimable = MAX (images->size - MAX (parse.images_used_size,
                                                 parse.images_used_unique), 0);

  return parse.usage;
}

/* GET /system/df as a new #LadingDiskUsage. */
LadingDiskUsage *
_lading_disk_usage_parse (GBytes  *bytes,
                          GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _lading_json_parse_single (bytes, "disk usage", parse_root, NULL, error);
}
