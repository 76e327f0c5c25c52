/* lading-store-sizes.c
 *
 * The figures only GET /system/df tells: the shared size of each image,
 * the size of each volume, and the engine's disk use as a whole.  That
 * call makes the engine work out the size of every image, container and
 * volume, so the store makes it only while someone holds the sizes (the
 * Images, Volumes and Disk Space pages while shown), again after each
 * change to the image or volume list and when a container is created,
 * starts, exits or goes, and never two at once: before API 1.42 the engine
 * refuses a second one.
 * A change while one runs, or a refusal (someone's `docker system df`, or
 * the call of a store that went before, still runs on the engine), asks
 * again a second after, while the figures are still held: at most one a
 * second.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-store"

#include "config.h"

#include "lading-models-private.h"
#include "lading-store-private.h"

static void
apply_disk_usage (LadingStore     *self,
                  LadingDiskUsage *usage)
{
  GListModel *images = _lading_collection_get_model (self->images);
  GListModel *volumes = _lading_collection_get_model (self->volumes);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);

      _lading_image_set_shared_size (image,
                                     lading_disk_usage_get_image_shared_size (usage,
                                                                              lading_image_get_id (image)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      _lading_volume_set_size (volume,
                               lading_disk_usage_get_volume_size (usage,
                                                                  lading_volume_get_name (volume)));
    }

  if (g_set_object (&self->disk_usage, usage))
    _lading_store_notify_disk_usage (self);
}

static gboolean
retry_sizes_cb (gpointer user_data)
{
  LadingStore *self = user_data;

  self->sizes_retry_source = 0;
  _lading_store_refresh_sizes (self);

  return G_SOURCE_REMOVE;
}

static void
disk_usage_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(LadingDiskUsage) usage = NULL;
  g_autoptr(GError) error = NULL;

  usage = lading_engine_disk_usage_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  self->sizes_running = FALSE;
  if (usage != NULL)
    apply_disk_usage (self, usage);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No sizes this time, again in a second: %s", error->message);

  /* Asked for meanwhile, or refused: again a second later, not at once, so
   * that a container that restarts all the time does not keep the engine
   * counting.  A cancelled call was a connection's end: the next one asks
   * when its lists are in. */
  if ((self->sizes_dirty || (usage == NULL &&
                             !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))) &&
      self->sizes_retry_source == 0)
    {
      self->sizes_dirty = TRUE;
      self->sizes_retry_source = g_timeout_add_seconds (1, retry_sizes_cb, self);
    }
}

/* After a change to the image or volume list: asks for the figures if they are held,
 * once the call under way (if any) is back. */
void
_lading_store_refresh_sizes (LadingStore *self)
{
  if (self->sizes_holds == 0 || self->state != LADING_STORE_STATE_CONNECTED)
    return;

  /* One under way, or one waiting its second: that one will do. */
  if (self->sizes_running || self->sizes_retry_source != 0)
    {
      self->sizes_dirty = TRUE;
      return;
    }

  self->sizes_running = TRUE;
  self->sizes_dirty = FALSE;
  lading_engine_disk_usage_async (self->engine, self->cancellable, disk_usage_cb,
                                  _lading_store_call_new (self, NULL));
}

/**
 * lading_store_hold_sizes:
 *
 * Keeps the #LadingImage:shared-size of every image, the #LadingVolume:size
 * of every volume and #LadingStore:disk-usage current until as many calls
 * of lading_store_release_sizes().  They are asked for afresh at once: a
 * page that is shown again wants figures of now (volume data changes with
 * no event to say so).
 */
void
lading_store_hold_sizes (LadingStore *self)
{
  g_return_if_fail (LADING_IS_STORE (self));

  self->sizes_holds++;
  _lading_store_refresh_sizes (self);
}

void
lading_store_release_sizes (LadingStore *self)
{
  g_return_if_fail (LADING_IS_STORE (self));
  g_return_if_fail (self->sizes_holds > 0);

  self->sizes_holds--;
}

/**
 * lading_store_refresh_sizes:
 *
 * Asks for the figures again while they are held: volume data changes
 * without an event to say so.
 */
void
lading_store_refresh_sizes (LadingStore *self)
{
  g_return_if_fail (LADING_IS_STORE (self));

  _lading_store_refresh_sizes (self);
}

/**
 * lading_store_get_disk_usage:
 *
 * Returns: (transfer none) (nullable): the engine's disk use when last
 *   asked, while the sizes were held
 */
LadingDiskUsage *
lading_store_get_disk_usage (LadingStore *self)
{
  g_return_val_if_fail (LADING_IS_STORE (self), NULL);

  return self->disk_usage;
}
