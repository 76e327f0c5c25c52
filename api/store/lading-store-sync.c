/* lading-store-sync.c
 *
 * The object half of LadingStore: one list call per kind after connecting,
 * then each event applied to the one object it names.  Containers, volumes
 * and networks are re-read one at a time; images, whose events do not say
 * which tags moved where, are listed again (coalesced).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-store"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-models-private.h"
#include "lading-store-private.h"
#include "lading-store-snapshot-private.h"

#define N_LISTS 4

static GHashTable *
new_key_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
touch (GHashTable *touched,
       const char *key)
{
  if (touched != NULL)
    g_hash_table_add (touched, g_strdup (key));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Adds @container_name to the users of @key in @users (key → GPtrArray). */
static void
add_user (GHashTable *users,
          const char *key,
          const char *container_name)
{
  GPtrArray *names = g_hash_table_lookup (users, key);

  if (names == NULL)
    {
      names = g_ptr_array_new ();
      g_hash_table_insert (users, (gpointer)key, names);
    }
  g_ptr_array_add (names, (gpointer)container_name);
}

/* The sorted, NULL-terminated users of @key, or NULL for none.  Two
 * networks may share a name: the second asks for the same array. */
static const char * const *
end_users (GHashTable *users,
           const char *key)
{
  GPtrArray *names = g_hash_table_lookup (users, key);

  if (names == NULL)
    return NULL;

  if (names->len == 0 || g_ptr_array_index (names, names->len - 1) != NULL)
    {
      g_ptr_array_sort (names, compare_names);
      g_ptr_array_add (names, NULL);
    }
  return (const char * const *)names->pdata;
}

static void
update_usage_cb (gpointer user_data)
{
  LadingStore *self = user_data;
  GListModel *containers = _lading_collection_get_model (self->containers);
  GListModel *images = _lading_collection_get_model (self->images);
  GListModel *volumes = _lading_collection_get_model (self->volumes);
  GListModel *networks = _lading_collection_get_model (self->networks);
  g_autoptr(GHashTable) image_users = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) volume_users = NULL;
  g_autoptr(GHashTable) network_users = NULL;

  self->usage_source = 0;
  volume_users = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify)g_ptr_array_unref);
  network_users = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (containers); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (containers, i);
      const char *image_id = lading_container_get_image_id (container);
      const char *name = lading_container_get_name (container);
      const char * const *volume_names = lading_container_get_volume_names (container);
      const char * const *network_names = lading_container_get_network_names (container);

      if (image_id != NULL)
        {
          guint users = GPOINTER_TO_UINT (g_hash_table_lookup (image_users, image_id));

          g_hash_table_insert (image_users, (gpointer)image_id, GUINT_TO_POINTER (users + 1));
        }

      for (guint j = 0; volume_names != NULL && volume_names[j] != NULL; j++)
        add_user (volume_users, volume_names[j], name);
      for (guint j = 0; network_names != NULL && network_names[j] != NULL; j++)
        add_user (network_users, network_names[j], name);
    }

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);

      gpointer users = g_hash_table_lookup (image_users, lading_image_get_id (image));

      _lading_image_set_containers (image, GPOINTER_TO_UINT (users));
    }

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      _lading_volume_set_used_by (volume, end_users (volume_users, lading_volume_get_name (volume)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (networks, i);

      _lading_network_set_used_by (network,
                                   end_users (network_users, lading_network_get_name (network)));
    }
}

/* Image in-use counts and volume and network users are derived from the containers, so
 * they are recomputed once after a burst of changes, not per event. */
static void
schedule_usage_update (LadingStore *self)
{
  if (self->usage_source == 0)
    self->usage_source = g_idle_add_once (update_usage_cb, self);
}

static void
list_done (LadingStore *self)
{
  g_assert (self->pending_lists > 0);

  if (--self->pending_lists == 0)
    _lading_store_sync_finished (self);
}

static void
list_containers_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;

  containers = lading_engine_list_containers_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (containers == NULL)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  _lading_collection_replace_all (self->containers, containers, self->touched_containers);
  g_clear_pointer (&self->touched_containers, g_hash_table_unref);
  schedule_usage_update (self);
  list_done (self);
}

static void list_images (LadingStore *self);

static void
list_images_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GPtrArray) images = NULL;
  g_autoptr(GError) error = NULL;

  images = lading_engine_list_images_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (images == NULL)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  self->images_listing = FALSE;
  _lading_collection_replace_all (self->images, images, NULL);
  schedule_usage_update (self);
  _lading_store_refresh_sizes (self);

  if (self->images_dirty)
    list_images (self);

  if (self->images_in_sync)
    {
      self->images_in_sync = FALSE;
      list_done (self);
    }
}

/* At most one image list runs; events meanwhile ask for one more after it. */
static void
list_images (LadingStore *self)
{
  if (self->images_listing)
    {
      self->images_dirty = TRUE;
      return;
    }

  self->images_listing = TRUE;
  self->images_dirty = FALSE;
  lading_engine_list_images_async (self->engine, self->cancellable, list_images_cb,
                                   _lading_store_call_new (self, NULL));
}

static void
list_volumes_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GPtrArray) volumes = NULL;
  g_autoptr(GError) error = NULL;

  volumes = lading_engine_list_volumes_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (volumes == NULL)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  _lading_collection_replace_all (self->volumes, volumes, self->touched_volumes);
  g_clear_pointer (&self->touched_volumes, g_hash_table_unref);
  _lading_store_refresh_sizes (self);
  schedule_usage_update (self);
  list_done (self);
}

static void
list_networks_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GError) error = NULL;

  networks = lading_engine_list_networks_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (networks == NULL)
    {
      _lading_store_fail_unless_cancelled (self, error);
      return;
    }

  _lading_collection_replace_all (self->networks, networks, self->touched_networks);
  schedule_usage_update (self);
  g_clear_pointer (&self->touched_networks, g_hash_table_unref);
  list_done (self);
}

/* Called once the event stream is open, so nothing after a list is lost. */
void
_lading_store_sync_start (LadingStore *self)
{
  /* Containers a snapshot brought are older than the stream, which replays
   * what happened since the snapshot: they need no list of their own. */
  gboolean list_containers = !self->from_snapshot;

  self->from_snapshot = FALSE;
  self->pending_lists = list_containers ? N_LISTS : N_LISTS - 1;
  self->touched_volumes = new_key_set ();
  self->touched_networks = new_key_set ();
  self->images_in_sync = TRUE;

  if (list_containers)
    {
      self->touched_containers = new_key_set ();
      lading_engine_list_containers_async (self->engine, self->cancellable, list_containers_cb,
                                           _lading_store_call_new (self, NULL));
    }
  list_images (self);
  lading_engine_list_volumes_async (self->engine, self->cancellable, list_volumes_cb,
                                    _lading_store_call_new (self, NULL));
  lading_engine_list_networks_async (self->engine, self->cancellable, list_networks_cb,
                                     _lading_store_call_new (self, NULL));
}

/* Before the event stream opens: the containers are shown at once, as
 * connected, and the other kinds follow once the stream is open. */
void
_lading_store_sync_take_snapshot (LadingStore         *self,
                                  LadingStoreSnapshot *snapshot)
{
  _lading_collection_replace_all (self->containers, snapshot->containers, NULL);
  schedule_usage_update (self);
  self->from_snapshot = TRUE;
  _lading_store_sync_finished (self);
}

/* Forgets what the cancelled connection had under way. */
void
_lading_store_sync_reset (LadingStore *self)
{
  self->pending_lists = 0;
  self->images_listing = FALSE;
  self->images_dirty = FALSE;
  self->images_in_sync = FALSE;
  self->from_snapshot = FALSE;
  g_clear_pointer (&self->touched_containers, g_hash_table_unref);
  g_clear_pointer (&self->touched_volumes, g_hash_table_unref);
  g_clear_pointer (&self->touched_networks, g_hash_table_unref);

  if (self->inspecting != NULL)
    g_hash_table_remove_all (self->inspecting);
}

static void refresh_container (LadingStore *self,
                               const char  *id);

/* Whether @fresh changes what the usage counts read of @current. */
static gboolean
usage_differs (LadingContainer *current,
               LadingContainer *fresh)
{
  return current == NULL ||
         g_strcmp0 (lading_container_get_image_id (current),
                    lading_container_get_image_id (fresh)) != 0 ||
         g_strcmp0 (lading_container_get_name (current), lading_container_get_name (fresh)) != 0 ||
         !g_strv_equal (lading_container_get_volume_names (current),
                        lading_container_get_volume_names (fresh)) ||
         !g_strv_equal (lading_container_get_network_names (current),
                        lading_container_get_network_names (fresh));
}

/* What self->inspecting says of a container's inspect under way. */
enum {
  INSPECT_RUNNING = 1,
  INSPECT_AGAIN,       /* another event came: inspect again after */
  INSPECT_DESTROYED,   /* it went meanwhile: drop what the inspect says */
};

static void
inspect_container_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;
  guint mark;
  gboolean again;

  container = lading_engine_inspect_container_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  mark = GPOINTER_TO_UINT (g_hash_table_lookup (self->inspecting, call->key));
  g_hash_table_remove (self->inspecting, call->key);
  /* Destroyed while the inspect was on its way: what it says is older
   * than that, and must not bring the container back. */
  if (mark == INSPECT_DESTROYED)
    return;
  again = mark == INSPECT_AGAIN;

  /* Most events change a state, which no usage count reads: the counts,
   * which walk every container, are left alone then. */
  if (container != NULL)
    {
      if (usage_differs (_lading_collection_lookup (self->containers, call->key), container))
        schedule_usage_update (self);
      _lading_collection_upsert (self->containers, container);
    }
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    {
      if (_lading_collection_remove (self->containers, call->key))
        schedule_usage_update (self);
    }
  else
    g_debug ("Could not inspect container %s: %s", call->key, error->message);

  touch (self->touched_containers, call->key);

  if (again)
    refresh_container (self, call->key);
}

/* One inspect per container at a time: a burst of events (create, start,
 * die…) costs at most two calls, and the last one sees the final state. */
static void
refresh_container (LadingStore *self,
                   const char  *id)
{
  if (g_hash_table_contains (self->inspecting, id))
    {
      g_hash_table_insert (self->inspecting, g_strdup (id), GUINT_TO_POINTER (INSPECT_AGAIN));
      return;
    }

  g_hash_table_insert (self->inspecting, g_strdup (id), GUINT_TO_POINTER (INSPECT_RUNNING));
  lading_engine_inspect_container_async (self->engine, id, self->cancellable,
                                         inspect_container_cb, _lading_store_call_new (self, id));
}

static void
dispatch_container_event (LadingStore       *self,
                          const LadingEvent *event)
{
  static const char * const refresh_actions[] = {
    "create", "start", "restart", "stop", "kill", "die", "pause", "unpause",
    "rename", "health_status", "update", "oom", NULL
  };

  if (g_strcmp0 (event->action, "destroy") == 0)
    {
      if (g_hash_table_contains (self->inspecting, event->actor_id))
        g_hash_table_insert (self->inspecting, g_strdup (event->actor_id),
                             GUINT_TO_POINTER (INSPECT_DESTROYED));
      _lading_collection_remove (self->containers, event->actor_id);
      touch (self->touched_containers, event->actor_id);
      schedule_usage_update (self);
    }
  else if (g_strv_contains (refresh_actions, event->action))
    {
      refresh_container (self, event->actor_id);
    }
}

static void
inspect_volume_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(LadingVolume) volume = NULL;
  g_autoptr(GError) error = NULL;

  volume = lading_engine_inspect_volume_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (volume == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not inspect volume %s: %s", call->key, error->message);
      return;
    }

  _lading_collection_upsert (self->volumes, volume);
  touch (self->touched_volumes, call->key);
  _lading_store_refresh_sizes (self);
  schedule_usage_update (self);
}

static void
inspect_network_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LadingStoreCall) call = user_data;
  g_autoptr(LadingStore) self = g_weak_ref_get (&call->store);
  g_autoptr(LadingNetwork) network = NULL;
  g_autoptr(GError) error = NULL;

  network = lading_engine_inspect_network_finish (LADING_ENGINE (object), result, &error);
  if (self == NULL)
    return;

  if (network == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not inspect network %s: %s", call->key, error->message);
      return;
    }

  _lading_collection_upsert (self->networks, network);
  schedule_usage_update (self);
  touch (self->touched_networks, call->key);
}

void
_lading_store_dispatch_event (LadingStore       *self,
                              const LadingEvent *event)
{
  static const char * const image_actions_without_change[] = { "save", "push", NULL };
  static const char * const sizes_actions[] = { "create", "start", "die", "destroy", NULL };

  if (event->actor_id == NULL || event->action == NULL)
    return;

  switch (event->kind)
    {
    case LADING_EVENT_KIND_CONTAINER:
      dispatch_container_event (self, event);
      /* A commit makes an image, but the engine sends no image event. */
      if (g_str_equal (event->action, "commit"))
        list_images (self);
      /* The sizes of what containers hold move with them: the data they
       * wrote is all there once they exit, and gone with them. */
      if (g_strv_contains (sizes_actions, event->action))
        _lading_store_refresh_sizes (self);
      break;

    case LADING_EVENT_KIND_IMAGE:
      if (!g_strv_contains (image_actions_without_change, event->action))
        list_images (self);
      break;

    case LADING_EVENT_KIND_VOLUME:
      if (g_strcmp0 (event->action, "create") == 0)
        lading_engine_inspect_volume_async (self->engine, event->actor_id, self->cancellable,
                                            inspect_volume_cb,
                                            _lading_store_call_new (self, event->actor_id));
      else if (g_strcmp0 (event->action, "destroy") == 0)
        {
          _lading_collection_remove (self->volumes, event->actor_id);
          touch (self->touched_volumes, event->actor_id);
          schedule_usage_update (self);
        }
      /* What a container wrote is there once it lets go of the volume. */
      else if (g_strcmp0 (event->action, "unmount") == 0)
        _lading_store_refresh_sizes (self);
      break;

    case LADING_EVENT_KIND_NETWORK:
      if (g_strcmp0 (event->action, "create") == 0)
        lading_engine_inspect_network_async (self->engine, event->actor_id, self->cancellable,
                                             inspect_network_cb,
                                             _lading_store_call_new (self, event->actor_id));
      else if (g_strcmp0 (event->action, "destroy") == 0)
        {
          _lading_collection_remove (self->networks, event->actor_id);
          touch (self->touched_networks, event->actor_id);
        }
      /* The container's NetworkSettings change, with no container event. */
      else if ((g_strcmp0 (event->action, "connect") == 0 ||
                g_strcmp0 (event->action, "disconnect") == 0) &&
               lading_event_get_attribute (event, "container") != NULL)
        refresh_container (self, lading_event_get_attribute (event, "container"));
      break;

    case LADING_EVENT_KIND_DAEMON:
    case LADING_EVENT_KIND_OTHER:
    default:
      break;
    }
}
