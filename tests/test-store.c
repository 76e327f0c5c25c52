/* test-store.c
 *
 * LadingStore against the real private engine: what a peer does through the
 * API shows up in the store, in place, awaited on the store's own signals;
 * an engine restart is reported and recovered from with the same objects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-engine-error.h"
#include "lading-event.h"
#include "lading-store.h"
#include "lading-store-snapshot.h"
#include "lading-test-transfer.h"
#include "lading-test-util.h"

typedef struct
{
  LadingStore          *store;
  const char           *id;
  LadingContainerState  state;
  const char           *name;
} Expect;

static gboolean
container_present (gpointer data)
{
  Expect *expect = data;

  return lading_store_lookup_container (expect->store, expect->id) != NULL;
}

static gboolean
container_absent (gpointer data)
{
  return !container_present (data);
}

static gboolean
container_in_state (gpointer data)
{
  Expect *expect = data;
  LadingContainer *container = lading_store_lookup_container (expect->store, expect->id);

  return container != NULL && lading_container_get_state (container) == expect->state;
}

static gboolean
container_named (gpointer data)
{
  Expect *expect = data;
  LadingContainer *container = lading_store_lookup_container (expect->store, expect->id);

  return container != NULL && g_strcmp0 (lading_container_get_name (container), expect->name) == 0;
}

static gboolean
model_contains (GListModel *model,
                gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (object == item)
        return TRUE;
    }

  return FALSE;
}

static LadingStore *
loaded_store (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);

  lading_store_start (store);
  lading_test_await (lading_test_store_loaded, store, "the store to load");

  return g_steal_pointer (&store);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *)user_data)++;
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data)
{
  (*(guint *)user_data)++;
}

static void
test_store_container_events (void)
{
  g_autoptr(LadingStore) store = loaded_store ();
  GListModel *containers = lading_store_get_containers (store);
  g_autofree char *id = NULL;
  LadingContainer *container;
  Expect expect = { store, NULL, 0, NULL };
  guint items_changed = 0;
  guint state_notifies = 0;
  guint image_notifies = 0;

  g_signal_connect (containers, "items-changed", G_CALLBACK (count_items_changed_cb), &items_changed);

  id = lading_test_create_container ("lading-test-events", NULL);
  expect.id = id;
  lading_test_await (container_present, &expect, "the created container");
  container = lading_store_lookup_container (store, id);
  g_assert_true (model_contains (containers, container));
  g_assert_cmpuint (items_changed, >=, 1);
  g_assert_cmpstr (lading_container_get_name (container), ==, "lading-test-events");
  g_assert_cmpint (lading_container_get_state (container), ==, LADING_CONTAINER_STATE_CREATED);
  g_signal_connect (container, "notify::state", G_CALLBACK (count_notify_cb), &state_notifies);
  g_signal_connect (container, "notify::image", G_CALLBACK (count_notify_cb), &image_notifies);
  items_changed = 0;

  lading_test_container_action (id, "start", 204);
  expect.state = LADING_CONTAINER_STATE_RUNNING;
  lading_test_await (container_in_state, &expect, "the container to run");
  g_assert_true (lading_store_lookup_container (store, id) == container);
  g_assert_cmpint (lading_container_get_started_at (container), >, 0);

  lading_test_container_action (id, "stop", 204);
  expect.state = LADING_CONTAINER_STATE_EXITED;
  lading_test_await (container_in_state, &expect, "the container to exit");
  g_assert_true (lading_store_lookup_container (store, id) == container);
  g_assert_cmpint (lading_container_get_exit_code (container), ==, 0);
  g_assert_cmpint (lading_container_get_finished_at (container), >=,
                   lading_container_get_started_at (container));

  lading_test_container_action (id, "rename?name=lading-test-renamed", 204);
  expect.name = "lading-test-renamed";
  lading_test_await (container_named, &expect, "the rename");
  g_assert_true (lading_store_lookup_container (store, id) == container);

  /* Created → running → exited, each notified on the same object, which
   * stayed in its place: the list itself did not change, nor what the
   * events left alone. */
  g_assert_cmpuint (state_notifies, >=, 2);
  g_assert_cmpuint (image_notifies, ==, 0);
  g_assert_cmpuint (items_changed, ==, 0);

  items_changed = 0;
  lading_test_remove_container (id);
  lading_test_await (container_absent, &expect, "the removal");
  g_assert_false (model_contains (containers, container));
  g_assert_cmpuint (items_changed, >=, 1);

  /* Its open event stream and calls do not keep the store alive. */
  g_signal_handlers_disconnect_by_data (containers, &items_changed);
  g_assert_finalize_object (g_steal_pointer (&store));
}

typedef struct
{
  LadingStore *store;
  const char  *display_name;
  const char  *volume;
  guint        min_containers;
} ImageExpect;

static LadingImage *
find_image (LadingStore *store,
            const char  *display_name)
{
  GListModel *images = lading_store_get_images (store);

  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);
      const char * const *tags = lading_image_get_repo_tags (image);

      if (tags != NULL && g_strv_contains (tags, display_name))
        return image;
    }

  return NULL;
}

static gboolean
image_tagged (gpointer data)
{
  ImageExpect *expect = data;

  return find_image (expect->store, expect->display_name) != NULL;
}

static gboolean
image_untagged (gpointer data)
{
  return !image_tagged (data);
}

static gboolean
image_in_use (gpointer data)
{
  ImageExpect *expect = data;
  LadingImage *image = find_image (expect->store, expect->display_name);

  return image != NULL && lading_image_get_containers (image) >= expect->min_containers;
}

static gboolean
volume_present (gpointer data)
{
  ImageExpect *expect = data;
  GListModel *volumes = lading_store_get_volumes (expect->store);

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      if (g_strcmp0 (lading_volume_get_name (volume), expect->volume) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
volume_absent (gpointer data)
{
  return !volume_present (data);
}

static void
test_store_image_and_volume_events (void)
{
  g_autoptr(LadingStore) store = loaded_store ();
  g_autoptr(JsonNode) reply = NULL;
  g_autofree char *id = NULL;
  ImageExpect expect = { store, "lading-test-tag:v1", "lading-test-events-volume", 0 };
  LadingImage *fixture;
  LadingImage *tagged;
  guint status = 0;

  fixture = find_image (store, "lading-fixture:latest");
  g_assert_nonnull (fixture);

  /* A new tag on the same image id updates that image object in place. */
  reply = lading_test_api ("POST", "/images/lading-fixture:latest/tag?repo=lading-test-tag&tag=v1",
                           NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_await (image_tagged, &expect, "the new tag");
  tagged = find_image (store, "lading-test-tag:v1");
  g_assert_true (tagged == fixture);

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/images/lading-test-tag:v1", NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  lading_test_await (image_untagged, &expect, "the untag");
  g_assert_true (find_image (store, "lading-fixture:latest") == fixture);

  /* The in-use count follows the containers. */
  expect.display_name = "lading-fixture:latest";
  expect.min_containers = lading_image_get_containers (fixture) + 1;
  id = lading_test_create_container ("lading-test-image-user", NULL);
  lading_test_await (image_in_use, &expect, "the image's in-use count");
  lading_test_remove_container (id);

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("POST", "/volumes/create", "{\"Name\":\"lading-test-events-volume\"}",
                           &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_await (volume_present, &expect, "the new volume");

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/volumes/lading-test-events-volume", NULL, &status);
  g_assert_cmpuint (status, ==, 204);
  lading_test_await (volume_absent, &expect, "the volume's removal");
}

static gboolean
shared_size_known (gpointer data)
{
  ImageExpect *expect = data;
  LadingImage *image = find_image (expect->store, expect->display_name);

  return image != NULL && lading_image_get_shared_size (image) >= 0;
}

static gboolean
volume_size_known (gpointer data)
{
  ImageExpect *expect = data;
  GListModel *volumes = lading_store_get_volumes (expect->store);

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      if (g_strcmp0 (lading_volume_get_name (volume), expect->volume) == 0)
        return lading_volume_get_size (volume) >= 0;
    }

  return FALSE;
}

/* Shared sizes come only while they are held, and follow the image list:
 * an image committed on top of the fixture shares the fixture's layers,
 * and so does the fixture.  A new volume gets its size the same way. */
static void
test_store_shared_sizes (void)
{
  g_autoptr(LadingStore) store = NULL;
  ImageExpect first = { NULL, "lading-test-shared:1", 0 };
  ImageExpect second = { NULL, "lading-test-shared:2", 0 };
  ImageExpect sized = { NULL, NULL, "lading-test-sized", 0 };
  g_autoptr(JsonNode) reply = NULL;
  LadingDiskUsageTotal volumes;
  LadingDiskUsage *usage;
  LadingImage *fixture, *image;
  guint status = 0;

  lading_test_build_image ("lading-test-shared:1");
  store = loaded_store ();
  first.store = second.store = sized.store = store;
  fixture = find_image (store, "lading-fixture:latest");
  g_assert_cmpint (lading_image_get_shared_size (fixture), ==, -1);

  lading_store_hold_sizes (store);
  lading_test_await (shared_size_known, &first, "the shared sizes");
  image = find_image (store, first.display_name);
  g_assert_cmpint (lading_image_get_shared_size (image), ==, lading_image_get_size (fixture));
  g_assert_cmpint (lading_image_get_shared_size (fixture), ==, lading_image_get_size (fixture));
  g_assert_cmpint (lading_image_get_size (image), >, lading_image_get_size (fixture));

  /* A new image gets its figure without a new hold. */
  lading_test_build_image (second.display_name);
  lading_test_await (shared_size_known, &second, "the new image's shared size");

  reply = lading_test_api ("POST", "/volumes/create", "{\"Name\":\"lading-test-sized\"}",
                           &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_await (volume_size_known, &sized, "the new volume's size");
  usage = lading_store_get_disk_usage (store);
  g_assert_nonnull (usage);
  lading_disk_usage_get_total (usage, LADING_DISK_USAGE_VOLUMES, &volumes);
  g_assert_cmpuint (volumes.count, >=, 1);
  lading_store_release_sizes (store);

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/volumes/lading-test-sized", NULL, &status);
  g_assert_cmpuint (status, ==, 204);

  lading_test_remove_image (first.display_name);
  lading_test_remove_image (second.display_name);
}

static void
test_store_reconnect (void)
{
  g_autoptr(LadingStore) store = loaded_store ();
  g_autofree char *id = lading_test_create_container ("lading-test-reconnect", NULL);
  static const char * const keep[] = { "--keep", NULL };
  Expect expect = { store, id, LADING_CONTAINER_STATE_RUNNING, NULL };
  LadingContainer *container;
  const GError *error;

  lading_test_container_action (id, "start", 204);
  lading_test_await (container_in_state, &expect, "the container to run");
  container = lading_store_lookup_container (store, id);

  lading_test_run_engine_script ("stop-engine", keep);
  lading_test_await (lading_test_store_disconnected, store, "the store to notice the engine left");
  error = lading_store_get_error (store);
  g_assert_nonnull (error);
  g_assert_true (error->domain == LADING_ENGINE_ERROR);
  /* The objects stay while the engine is away: nothing the user saw vanishes. */
  g_assert_true (lading_store_lookup_container (store, id) == container);

  lading_test_run_engine_script ("start-engine", NULL);
  lading_test_await (lading_test_store_loaded, store, "the store to reconnect");
  g_assert_null (lading_store_get_error (store));

  /* Same object, updated: the engine's restart stopped the container. */
  g_assert_true (lading_store_lookup_container (store, id) == container);
  expect.state = LADING_CONTAINER_STATE_EXITED;
  lading_test_await (container_in_state, &expect, "the resynced state");

  lading_test_remove_container (id);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *)data == NULL;
}

typedef struct
{
  LadingStore *store;    /* the test's reference */
  gpointer     alive;    /* weak: the store until it finalizes */
  gpointer     engine;   /* weak */
} Dropping;

static void
dropping_watch (Dropping    *dropping,
                LadingStore *store)
{
  dropping->store = store;
  dropping->alive = store;
  dropping->engine = lading_store_get_engine (store);
  g_object_add_weak_pointer (G_OBJECT (store), &dropping->alive);
  g_object_add_weak_pointer (dropping->engine, &dropping->engine);
}

/* Once the store has gone, only a call still under way keeps its engine;
 * the call must come back without touching the store (the sanitized run
 * catches a callback that does). */
static void
dropping_await_calls (Dropping   *dropping,
                      const char *what)
{
  lading_test_await (pointer_cleared, &dropping->alive, "the store to finalize");
  lading_test_await (pointer_cleared, &dropping->engine, what);
}

static void
drop_on_create_cb (LadingStore       *store,
                   const LadingEvent *event,
                   gpointer           user_data)
{
  Dropping *dropping = user_data;

  if (g_strcmp0 (event->action, "create") == 0 &&
      g_strcmp0 (g_hash_table_lookup (event->attributes, "name"), "lading-test-dropped-store") == 0)
    g_clear_object (&dropping->store);
}

static void
test_store_dropped_mid_request (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autofree char *id = NULL;
  Dropping dropping;

  /* Dropped while it connects. */
  dropping_watch (&dropping, lading_store_new (engine));
  g_clear_object (&engine);
  lading_store_start (dropping.store);
  g_clear_object (&dropping.store);
  g_assert_null (dropping.alive);
  /* Nothing has run since: the connect call is still under way. */
  g_assert_nonnull (dropping.engine);
  dropping_await_calls (&dropping, "the connect call to come back");

  /* Dropped from inside its own event signal, right after the store sent
   * the inspect for that event: the signal's caller holds the store until
   * it returns.  (The test's own calls run the main loop meanwhile, so the
   * inspect may have come back by the time the store is seen gone.) */
  dropping_watch (&dropping, loaded_store ());
  g_signal_connect (dropping.store, "event", G_CALLBACK (drop_on_create_cb), &dropping);
  id = lading_test_create_container ("lading-test-dropped-store", NULL);
  lading_test_await (pointer_cleared, &dropping.store, "the create event");
  dropping_await_calls (&dropping, "the inspect call to come back");

  lading_test_remove_container (id);
}

static gboolean
images_listed (gpointer data)
{
  return g_list_model_get_n_items (lading_store_get_images (data)) > 0;
}

/* A store started from a snapshot shows its containers at once, and misses
 * nothing that happened between the snapshot and its event stream. */
static void
test_store_from_snapshot (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(LadingStoreSnapshot) snapshot = NULL;
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = lading_test_create_container ("lading-test-before-snapshot", NULL);
  g_autofree char *after = NULL;
  Expect expect = { NULL, NULL, 0, NULL };

  lading_store_snapshot_take_async (engine, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the snapshot");
  snapshot = lading_store_snapshot_take_finish (engine, result, &error);
  g_assert_no_error (error);

  /* Made after the snapshot: only the event stream can bring it. */
  after = lading_test_create_container ("lading-test-after-snapshot", NULL);

  store = lading_store_new (engine);
  lading_store_start_from_snapshot (store, snapshot);
  g_assert_cmpint (lading_store_get_state (store), ==, LADING_STORE_STATE_CONNECTED);
  g_assert_true (lading_store_get_loaded (store));
  g_assert_nonnull (lading_store_lookup_container (store, before));
  g_assert_null (lading_store_lookup_container (store, after));

  expect.store = store;
  expect.id = after;
  lading_test_await (container_present, &expect, "the container made after the snapshot");
  lading_test_await (images_listed, store, "the images, listed once the stream is open");

  lading_test_remove_container (before);
  lading_test_remove_container (after);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/store/container-events", test_store_container_events);
  g_test_add_func ("/integration/store/image-and-volume-events", test_store_image_and_volume_events);
  g_test_add_func ("/integration/store/shared-sizes", test_store_shared_sizes);
  g_test_add_func ("/integration/store/reconnect", test_store_reconnect);
  g_test_add_func ("/integration/store/dropped-mid-request", test_store_dropped_mid_request);
  g_test_add_func ("/integration/store/from-snapshot", test_store_from_snapshot);

  return g_test_run ();
}
