/* lading-disk-usage.c
 *
 * What GET /system/df says of the engine's disk: how much of each image's
 * size it shares with other images (layers both were built on), and what
 * all the image layers take together.  The engine works the figures out for
 * every image and container at each call, which is why Lading asks only
 * while they are shown.
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

  GHashTable *shared_sizes;  /* image id → gint64 *, bytes */
  gint64      layers_size;
};

G_DEFINE_FINAL_TYPE (LadingDiskUsage, lading_disk_usage, G_TYPE_OBJECT)

static void
lading_disk_usage_finalize (GObject *object)
{
  LadingDiskUsage *self = (LadingDiskUsage *)object;

  g_clear_pointer (&self->shared_sizes, g_hash_table_unref);

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

static gpointer
parse_root (JsonObject  *object,
            gpointer     user_data,
            GError     **error)
{
  LadingDiskUsage *self = g_object_new (LADING_TYPE_DISK_USAGE, NULL);
  JsonArray *images = _lading_json_get_array (object, "Images");

  self->layers_size = MAX (_lading_json_get_int (object, "LayersSize", 0), 0);

  for (guint i = 0; images != NULL && i < json_array_get_length (images); i++)
    {
      JsonNode *node = json_array_get_element (images, i);
      JsonObject *image;
      const char *id;
      gint64 shared_size;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      image = json_node_get_object (node);
      id = _lading_json_get_string (image, "Id");
      shared_size = _lading_json_get_int (image, "SharedSize", -1);
      /* -1 is the engine's "not computed"; such an image is left unknown. */
      if (id == NULL || shared_size < 0)
        continue;

      g_hash_table_insert (self->shared_sizes, g_strdup (id), g_memdup2 (&shared_size,
                                                                         sizeof shared_size));
    }

  return self;
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
