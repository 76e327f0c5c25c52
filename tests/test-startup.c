/* test-startup.c
 *
 * LadingStartup against the real private engine: the engine it chooses in
 * its thread comes to the main thread connected, and a store started from
 * its snapshot holds what the engine had; an engine that does not answer,
 * one that never says a word and an address that cannot be one are each
 * told apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>

#include "lading-engine-error.h"
#include "lading-startup.h"
#include "lading-store.h"
#include "lading-test-util.h"

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static LadingEngine *
await_choice (LadingStartup  *startup,
              GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_startup_choose_async (startup, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the engine to be chosen");

  return lading_startup_choose_finish (startup, result, error);
}

static void
test_startup_connected (void)
{
  g_autofree char *id = lading_test_create_container ("lading-test-startup", NULL);
  g_autoptr(LadingStartup) startup = lading_startup_new (g_getenv ("LADING_TEST_DOCKER_HOST"));
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gpointer alive = NULL;

  engine = await_choice (startup, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_endpoint_get_uri (lading_engine_get_endpoint (engine)), ==,
                   g_getenv ("LADING_TEST_DOCKER_HOST"));

  store = lading_store_new (engine);
  lading_startup_start_store (startup, store);
  lading_test_await (lading_test_store_loaded, store, "the store to start from the snapshot");
  g_assert_nonnull (lading_store_lookup_container (store, id));
  /* Connected in the thread, adopted here. */
  g_assert_cmpstr (lading_engine_get_api_version (engine), ==, "1.41");
  g_assert_nonnull (lading_engine_get_server_version (engine));
  g_assert_nonnull (lading_engine_get_host_name (engine));
  g_assert_cmpint (lading_engine_get_n_cpus (engine), >, 0);
  g_assert_nonnull (lading_engine_get_connected_at (engine));

  /* Once the store's calls came back, nothing else holds the engine. */
  g_object_add_weak_pointer (G_OBJECT (engine), &alive);
  g_clear_object (&store);
  g_clear_object (&startup);
  g_clear_object (&engine);
  lading_test_await (pointer_cleared, &alive, "the engine to finalize");
  lading_test_remove_container (id);
}

static void
test_startup_no_answer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lading-test-startup-XXXXXX", NULL);
  g_autofree char *uri = g_strconcat ("unix://", dir, "/nobody.sock", NULL);
  g_autoptr(LadingStartup) startup = lading_startup_new (uri);
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The engine is chosen all the same: its store says why it cannot connect. */
  engine = await_choice (startup, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_endpoint_get_uri (lading_engine_get_endpoint (engine)), ==, uri);

  store = lading_store_new (engine);
  lading_startup_start_store (startup, store);
  lading_test_await (lading_test_store_disconnected, store, "the store to say it cannot connect");
  g_assert_error (lading_store_get_error (store), LADING_ENGINE_ERROR,
                  LADING_ENGINE_ERROR_UNREACHABLE);
  g_assert_null (lading_engine_get_api_version (engine));

  g_rmdir (dir);
}

static gboolean
keep_connection_cb (GSocketService    *service,
                    GSocketConnection *connection,
                    GObject           *source_object,
                    gpointer           user_data)
{
  g_ptr_array_add (user_data, g_object_ref (connection));

  return TRUE;
}

/* An engine that takes the connection and never answers must not keep the
 * window waiting: the engine is chosen before it answers. */
static void
test_startup_silent_engine (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lading-test-startup-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "silent.sock", NULL);
  g_autofree char *uri = g_strconcat ("unix://", path, NULL);
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (path);
  g_autoptr(GPtrArray) connections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LadingStartup) startup = NULL;
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_DEFAULT, NULL, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (keep_connection_cb), connections);

  startup = lading_startup_new (uri);
  engine = await_choice (startup, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lading_endpoint_get_uri (lading_engine_get_endpoint (engine)), ==, uri);
  g_assert_null (lading_engine_get_api_version (engine));

  g_clear_object (&startup);
  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_startup_invalid_address (void)
{
  g_autoptr(LadingStartup) startup = lading_startup_new ("ftp://example.invalid");
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  engine = await_choice (startup, &error);
  g_assert_null (engine);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/startup/connected", test_startup_connected);
  g_test_add_func ("/integration/startup/no-answer", test_startup_no_answer);
  g_test_add_func ("/integration/startup/silent-engine", test_startup_silent_engine);
  g_test_add_func ("/integration/startup/invalid-address", test_startup_invalid_address);

  return g_test_run ();
}
