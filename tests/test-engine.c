/* test-engine.c
 *
 * LadingEngine against the real private engine: negotiation, lists, inspect
 * and errors carry what the engine holds, and image references are read as
 * the engine reads them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lading-engine-error.h"
#include "lading-engine.h"
#include "lading-image-reference.h"
#include "lading-test-util.h"

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
test_engine_connect (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();

  /* Debian 12's engine speaks 1.41, below our maximum: that is what we use. */
  g_assert_cmpstr (lading_engine_get_api_version (engine), ==, "1.41");
  g_assert_true (g_str_has_prefix (lading_engine_get_server_version (engine), "20.10"));
  g_assert_nonnull (lading_engine_get_product_name (engine));
  g_assert_nonnull (lading_engine_get_host_name (engine));
  g_assert_false (lading_engine_get_is_podman (engine));
}

static LadingContainer *
find_container (GPtrArray  *containers,
                const char *id)
{
  for (guint i = 0; i < containers->len; i++)
    if (g_strcmp0 (lading_container_get_id (containers->pdata[i]), id) == 0)
      return containers->pdata[i];

  return NULL;
}

static void
test_engine_list_and_inspect_containers (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = lading_test_create_container ("lading-test-list",
                                                      "\"Labels\":{\"com.docker.compose.project\":\"listing\"}");
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(LadingContainer) inspected = NULL;
  g_autoptr(GError) error = NULL;
  LadingContainer *listed;
  Wait wait = { NULL };

  lading_engine_list_containers_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "list containers");
  containers = lading_engine_list_containers_finish (engine, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  listed = find_container (containers, id);
  g_assert_nonnull (listed);
  g_assert_cmpstr (lading_container_get_name (listed), ==, "lading-test-list");
  g_assert_cmpstr (lading_container_get_image (listed), ==, "lading-fixture:latest");
  g_assert_cmpint (lading_container_get_state (listed), ==, LADING_CONTAINER_STATE_CREATED);
  g_assert_cmpstr (lading_container_get_compose_project (listed), ==, "listing");

  lading_test_container_action (id, "start", 204);

  lading_engine_inspect_container_async (engine, id, NULL,
                                         lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "inspect container");
  inspected = lading_engine_inspect_container_finish (engine, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);

  g_assert_cmpstr (lading_container_get_id (inspected), ==, id);
  g_assert_cmpstr (lading_container_get_name (inspected), ==, "lading-test-list");
  g_assert_cmpint (lading_container_get_state (inspected), ==, LADING_CONTAINER_STATE_RUNNING);
  g_assert_cmpint (lading_container_get_started_at (inspected), >, 0);
  g_assert_cmpstr (lading_container_get_network_mode (inspected), ==, "none");

  lading_test_remove_container (id);
}

static void
test_engine_list_others (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GPtrArray) images = NULL;
  g_autoptr(GPtrArray) volumes = NULL;
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found_fixture = FALSE, found_volume = FALSE, found_none = FALSE;
  Wait wait = { NULL };
  guint status = 0;

  reply = lading_test_api ("POST", "/volumes/create",
                           "{\"Name\":\"lading-test-volume\",\"Labels\":{\"purpose\":\"test\"}}", &status);
  g_assert_cmpuint (status, ==, 201);

  lading_engine_list_images_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "list images");
  images = lading_engine_list_images_finish (engine, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  for (guint i = 0; i < images->len; i++)
    found_fixture |= g_strcmp0 (lading_image_get_display_name (images->pdata[i]), "lading-fixture:latest") == 0;
  g_assert_true (found_fixture);

  lading_engine_list_volumes_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "list volumes");
  volumes = lading_engine_list_volumes_finish (engine, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  for (guint i = 0; i < volumes->len; i++)
    if (g_strcmp0 (lading_volume_get_name (volumes->pdata[i]), "lading-test-volume") == 0)
      {
        found_volume = TRUE;
        g_assert_cmpstr (lading_volume_get_driver (volumes->pdata[i]), ==, "local");
        g_assert_cmpstr (g_hash_table_lookup (lading_volume_get_labels (volumes->pdata[i]), "purpose"), ==, "test");
      }
  g_assert_true (found_volume);

  lading_engine_list_networks_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "list networks");
  networks = lading_engine_list_networks_finish (engine, wait.result, &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  for (guint i = 0; i < networks->len; i++)
    found_none |= g_strcmp0 (lading_network_get_name (networks->pdata[i]), "none") == 0;
  g_assert_true (found_none);

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/volumes/lading-test-volume", NULL, &status);
  g_assert_cmpuint (status, ==, 204);
}

/* The reference registry has no search endpoint: the engine asks it, and
 * the search fails as not found rather than with the engine's bare 500.
 * (The term always names the loopback registry: any other would make the
 * engine ask Docker Hub.) */
static void
test_engine_image_search (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *term = NULL;

  if (g_getenv ("LADING_TEST_REGISTRY") == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }

  term = g_strconcat (g_getenv ("LADING_TEST_REGISTRY"), "/lading", NULL);
  lading_engine_search_images_async (engine, term, 25, NULL, NULL, lading_test_keep_result_cb,
                                     &result);
  lading_test_await_result (&result, "the search");
  results = lading_engine_search_images_finish (engine, result, &error);
  g_assert_null (results);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

/* The fixture's steps, newest first: its CMD tagged with its name, down to
 * the busybox binary it was built from; an unknown image is not found. */
static void
test_engine_image_history (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) missing_result = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  LadingImageLayer *newest, *oldest;

  lading_engine_image_history_async (engine, "lading-fixture:latest", NULL,
                                     lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the fixture's history");
  steps = lading_engine_image_history_finish (engine, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >=, 3);

  newest = g_ptr_array_index (steps, 0);
  oldest = g_ptr_array_index (steps, steps->len - 1);
  g_assert_true (g_strv_contains (lading_image_layer_get_tags (newest), "lading-fixture:latest"));
  g_assert_true (g_str_has_prefix (lading_image_layer_get_instruction (newest), "CMD "));
  g_assert_true (lading_image_layer_get_empty (newest));
  g_assert_true (g_str_has_prefix (lading_image_layer_get_instruction (oldest), "COPY "));
  g_assert_cmpint (lading_image_layer_get_size (oldest), >, 100000);

  lading_engine_image_history_async (engine, "lading-no-such-image:1", NULL,
                                     lading_test_keep_result_cb, &missing_result);
  lading_test_await_result (&missing_result, "a missing image's history");
  missing = lading_engine_image_history_finish (engine, missing_result, &error);
  g_assert_null (missing);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

/* Lading and the engine agree on which references are well formed: the
 * engine answers a bad one's inspect with 400 (invalid reference format)
 * and a good one's with 200 or 404.  (Empty path parts are left out: the
 * engine's router redirects those before it reads them.) */
static void
test_engine_agrees_on_references (void)
{
  g_autofree char *long_name = g_strnfill (300, 'a');
  /* The longest and one past it, counted with "docker.io/library/". */
  g_autofree char *longest_name = g_strnfill (255 - 18, 'a');
  g_autofree char *over_long_name = g_strnfill (255 - 17, 'a');
  const char *references[] = {
    "busybox", "busybox:1.36", "library/busybox", "docker.io/library/busybox:1",
    "index.docker.io/gnome/app", "127.0.0.1:5000/lading/fixture:v2", "localhost/team/app:dev",
    "a__b--c.d_e", "busybox:Stable-2", "lading-fixture:latest",
    "busybox@sha256:6f25d0c5f7d7b0c1f6c4e2f0d9ab3a1e77d7e8c1d2f3a4b5c6d7e8f9a0b1c2d3",
    "BusyBox", "Example/app", "busybox::latest", "busy box", "a..b", "-busybox",
    "busybox:.hidden", "bad_host.:5000/app", "busybox@sha256:abc", "[::1]:5000/app",
    "busybox@md5:0123456789abcdef0123456789abcdef",
    long_name, longest_name, over_long_name,
  };

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *escaped = g_uri_escape_string (references[i], NULL, FALSE);
      g_autofree char *path = g_strdup_printf ("/images/%s/json", escaped);
      g_autoptr(JsonNode) reply = NULL;
      gboolean valid = lading_image_reference_check (references[i]) == LADING_IMAGE_REFERENCE_OK;
      guint status = 0;

      g_test_message ("%s", references[i]);
      reply = lading_test_api ("GET", path, NULL, &status);
      g_assert_true (status == 200 || status == 400 || status == 404);
      g_assert_cmpint (valid, ==, status != 400);
    }
}

static void
test_engine_not_found (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  lading_engine_inspect_container_async (engine, "no-such-container-here", NULL,
                                         lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "inspect missing container");
  container = lading_engine_inspect_container_finish (engine, wait.result, &error);
  g_clear_object (&wait.result);

  g_assert_null (container);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  /* The engine's own words are kept for "Details". */
  g_assert_nonnull (strstr (error->message, "No such container"));
}

static void
test_engine_unreachable (void)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lading-test-XXXXXX", NULL);
  g_autofree char *uri = g_strdup_printf ("unix://%s/missing.sock", dir);
  Wait wait = { NULL };

  endpoint = lading_endpoint_new_for_uri (uri, &error);
  g_assert_no_error (error);
  engine = lading_engine_new (endpoint);

  lading_engine_connect_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "connect to nothing");
  g_assert_false (lading_engine_connect_finish (engine, wait.result, &error));
  g_clear_object (&wait.result);

  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE);
  g_assert_nonnull (strstr (error->message, uri));
  g_assert_null (lading_engine_get_api_version (engine));
  g_rmdir (dir);
}

/* TLS files that cannot be read fail the connect, from the thread that
 * reads them, before anything is sent. */
static void
test_engine_tls_files (void)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lading-test-XXXXXX", NULL);
  g_autofree char *ca_file = g_build_filename (dir, "ca.pem", NULL);
  Wait wait = { NULL };

  g_assert_true (g_file_set_contents (ca_file, "not a certificate\n", -1, NULL));
  endpoint = lading_endpoint_new_for_uri ("tcp://127.0.0.1:9", &error);
  g_assert_no_error (error);
  lading_endpoint_set_tls (endpoint, TRUE);
  lading_endpoint_set_tls_ca_file (endpoint, ca_file);
  engine = lading_engine_new (endpoint);

  lading_engine_connect_async (engine, NULL, lading_test_keep_result_cb, &wait.result);
  lading_test_await_result (&wait.result, "connect with a broken CA file");
  g_assert_false (lading_engine_connect_finish (engine, wait.result, &error));
  g_clear_object (&wait.result);

  g_assert_nonnull (error);
  g_assert_false (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE));
  g_assert_nonnull (strstr (error->message, "tcp://127.0.0.1:9"));
  g_assert_null (lading_engine_get_api_version (engine));
  g_unlink (ca_file);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/engine/connect", test_engine_connect);
  g_test_add_func ("/integration/engine/containers", test_engine_list_and_inspect_containers);
  g_test_add_func ("/integration/engine/images-volumes-networks", test_engine_list_others);
  g_test_add_func ("/integration/engine/image-history", test_engine_image_history);
  g_test_add_func ("/integration/engine/image-search", test_engine_image_search);
  g_test_add_func ("/integration/engine/agrees-on-references", test_engine_agrees_on_references);
  g_test_add_func ("/integration/engine/not-found", test_engine_not_found);
  g_test_add_func ("/integration/engine/unreachable", test_engine_unreachable);
  g_test_add_func ("/integration/engine/tls-files", test_engine_tls_files);

  return g_test_run ();
}
