/* test-image-transfer.c
 *
 * Pulls and pushes through the private engine and the registries tests/run
 * starts on loopback (LADING_TEST_REGISTRY, and LADING_TEST_AUTH_REGISTRY
 * behind LADING_TEST_REGISTRY_USER and _PASSWORD): an image built here goes
 * out, is removed, and comes back; failures say what went wrong.  Also
 * saves and loads, and the registries' own catalogs and tags.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lading-docker-config.h"
#include "lading-engine-error.h"
#include "lading-image-transfer-private.h"
#include "lading-image-transfer.h"
#include "lading-registry-client-private.h"
#include "lading-registry-client.h"
#include "lading-test-proxy.h"
#include "lading-test-transfer.h"
#include "lading-test-util.h"

static void
tag_fixture (const char *repository,
             const char *tag)
{
  g_autofree char *path = g_strdup_printf ("/images/lading-fixture:latest/tag?repo=%s&tag=%s",
                                           repository, tag);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("POST", path, NULL, &status);
  g_assert_cmpuint (status, ==, 201);
}

static guint
count_layers (const char *name)
{
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);
  g_autofree char *path = g_strdup_printf ("/images/%s/json", escaped);
  g_autoptr(JsonNode) reply = NULL;
  JsonObject *root_fs;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  root_fs = json_object_get_object_member (json_node_get_object (reply), "RootFS");

  return json_array_get_length (json_object_get_array_member (root_fs, "Layers"));
}

typedef struct
{
  guint n_states;
  guint n_fractions;
} Notified;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  Notified *notified = user_data;

  if (g_str_equal (pspec->name, "state"))
    notified->n_states++;
  else if (g_str_equal (pspec->name, "fraction"))
    notified->n_fractions++;
}

/* Out to the registry and back, with the progress of both ways. */
static void
test_push_and_pull (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingImageReference) reference = NULL;
  g_autoptr(LadingImageTransfer) pushing = NULL;
  g_autoptr(LadingImageTransfer) pulling = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *pushed_digest = NULL;
  Notified notified = { 0 };
  guint n_layers;

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  reference = lading_test_reference_new (g_getenv ("LADING_TEST_REGISTRY"), "lading/transfer:1");
  name = lading_image_reference_dup_string (reference);
  lading_test_build_image (name);

  pushing = lading_image_transfer_new_push (engine, reference);
  g_signal_connect (pushing, "notify", G_CALLBACK (count_notify_cb), &notified);
  g_assert_cmpint (lading_image_transfer_get_state (pushing), ==, LADING_IMAGE_TRANSFER_RUNNING);
  error = lading_test_transfer_run (pushing, NULL);
  g_assert_no_error (error);
  g_assert_cmpint (lading_image_transfer_get_state (pushing), ==, LADING_IMAGE_TRANSFER_SUCCEEDED);
  g_assert_cmpint (lading_image_transfer_get_phase (pushing), ==, LADING_IMAGE_TRANSFER_PHASE_DONE);
  g_assert_cmpuint (notified.n_states, ==, 1);
  g_assert_cmpuint (notified.n_fractions, >=, 1);
  g_assert_cmpfloat (lading_image_transfer_get_fraction (pushing), ==, 1.0);
  /* The fixture's layers and ours. */
  g_assert_cmpuint (lading_image_transfer_get_layers_total (pushing), ==, count_layers (name));
  g_assert_cmpuint (lading_image_transfer_get_layers_done (pushing), ==, count_layers (name));
  g_assert_true (g_str_has_prefix (lading_image_transfer_get_digest (pushing), "sha256:"));
  g_assert_null (lading_image_transfer_get_error (pushing));
  pushed_digest = g_strdup (lading_image_transfer_get_digest (pushing));
  n_layers = count_layers (name);

  lading_test_remove_image (name);
  g_assert_false (lading_test_image_exists (name));

  pulling = lading_image_transfer_new_pull (engine, reference, NULL);
  error = lading_test_transfer_run (pulling, NULL);
  g_assert_no_error (error);
  g_assert_cmpint (lading_image_transfer_get_state (pulling), ==, LADING_IMAGE_TRANSFER_SUCCEEDED);
  g_assert_true (lading_test_image_exists (name));
  g_assert_cmpstr (lading_image_transfer_get_digest (pulling), ==, pushed_digest);
  /* The fixture's layers were there; ours came in. */
  g_assert_cmpuint (lading_image_transfer_get_layers_total (pulling), ==, n_layers);
  g_assert_cmpuint (lading_image_transfer_get_layers_done (pulling), ==, n_layers);
  g_assert_cmpint (lading_image_transfer_get_bytes_total (pulling), >, 2000000);
  g_assert_cmpint (lading_image_transfer_get_bytes_done (pulling), ==,
                   lading_image_transfer_get_bytes_total (pulling));

  lading_test_remove_image (name);
}

static void
assert_pull_fails (LadingEngine       *engine,
                   const char         *registry,
                   const char         *name,
                   LadingDockerConfig *config,
                   LadingEngineError   code)
{
  g_autoptr(LadingImageReference) reference = lading_test_reference_new (registry, name);
  g_autoptr(LadingImageTransfer) transfer = lading_image_transfer_new_pull (engine, reference, NULL);
  g_autoptr(GError) error = NULL;

  g_test_message ("pull %s/%s", registry, name);
  error = lading_test_transfer_run (transfer, config);
  g_assert_error (error, LADING_ENGINE_ERROR, (int)code);
  g_assert_cmpint (lading_image_transfer_get_state (transfer), ==, LADING_IMAGE_TRANSFER_FAILED);
  g_assert_true (lading_image_transfer_get_error (transfer) != NULL);
  g_assert_cmpint (lading_image_transfer_get_error (transfer)->code, ==, code);
}

static void
test_pull_errors (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  const char *registry = g_getenv ("LADING_TEST_REGISTRY");

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  assert_pull_fails (engine, registry, "lading/never-pushed:1", NULL, LADING_ENGINE_ERROR_NOT_FOUND);
  assert_pull_fails (engine, registry, "lading-fixture:no-such-tag", NULL,
                     LADING_ENGINE_ERROR_NOT_FOUND);
  /* Nothing listens on port 1. */
  assert_pull_fails (engine, "127.0.0.1:1", "lading/app:1", NULL,
                     LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
}

/* A push of a tag the engine does not have fails in the stream, after 200. */
static void
test_push_errors (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingImageReference) missing = NULL;
  g_autoptr(LadingImageReference) unreachable = NULL;
  g_autoptr(GError) error = NULL;

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  missing = lading_test_reference_new (g_getenv ("LADING_TEST_REGISTRY"), "lading/not-here:1");
  error = lading_test_push (engine, missing, NULL);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  unreachable = lading_test_reference_new ("127.0.0.1:1", "lading/transfer-unreachable:1");
  lading_test_build_image ("127.0.0.1:1/lading/transfer-unreachable:1");
  error = lading_test_push (engine, unreachable, NULL);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  lading_test_remove_image ("127.0.0.1:1/lading/transfer-unreachable:1");
}

/* A DOCKER_CONFIG of its own, with @password for the password registry. */
static LadingDockerConfig *
config_new (const char *password,
            char      **dir_out)
{
  g_autofree char *dir = g_dir_make_tmp ("lading-test-config-XXXXXX", NULL);
  g_autofree char *user_password = g_strconcat (g_getenv ("LADING_TEST_REGISTRY_USER"), ":",
                                                password, NULL);
  g_autofree char *auth = g_base64_encode ((const guchar *)user_password, strlen (user_password));
  g_autofree char *json = g_strdup_printf ("{\"auths\":{\"%s\":{\"auth\":\"%s\"}}}",
                                           g_getenv ("LADING_TEST_AUTH_REGISTRY"), auth);
  g_autofree char *path = g_build_filename (dir, "config.json", NULL);
  g_autoptr(GError) error = NULL;
  LadingDockerConfig *config;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
  config = lading_docker_config_load (dir, &error);
  g_assert_no_error (error);
  *dir_out = g_steal_pointer (&dir);

  return config;
}

static void
remove_config_dir (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "config.json", NULL);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* The registry behind a password: refused without it or with a wrong one,
 * taken with the one config.json holds for it. */
static void
test_credentials (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingImageReference) reference = NULL;
  g_autoptr(LadingDockerConfig) wrong = NULL;
  g_autoptr(LadingDockerConfig) right = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong_dir = NULL;
  g_autofree char *right_dir = NULL;
  g_autofree char *name = NULL;
  const char *registry = g_getenv ("LADING_TEST_AUTH_REGISTRY");

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  reference = lading_test_reference_new (registry, "lading/private:1");
  name = lading_image_reference_dup_string (reference);
  lading_test_build_image (name);
  wrong = config_new ("not-the-password", &wrong_dir);
  right = config_new (g_getenv ("LADING_TEST_REGISTRY_PASSWORD"), &right_dir);

  error = lading_test_push (engine, reference, NULL);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_clear_error (&error);
  error = lading_test_push (engine, reference, wrong);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  /* The password goes to the engine, never into an error. */
  g_assert_null (strstr (error->message, "not-the-password"));
  g_clear_error (&error);

  error = lading_test_push (engine, reference, right);
  g_assert_no_error (error);

  lading_test_remove_image (name);
  assert_pull_fails (engine, registry, "lading/private:1", NULL, LADING_ENGINE_ERROR_UNAUTHORIZED);
  assert_pull_fails (engine, registry, "lading/private:1", wrong, LADING_ENGINE_ERROR_UNAUTHORIZED);
  error = lading_test_pull (engine, reference, right);
  g_assert_no_error (error);
  g_assert_true (lading_test_image_exists (name));

  lading_test_remove_image (name);
  remove_config_dir (wrong_dir);
  remove_config_dir (right_dir);
}

/* Pushes a new image to the open registry and removes it here, so that a
 * pull of it has a layer to download. */
static char *
push_and_forget (LadingEngine *engine,
                 const char   *name)
{
  g_autoptr(LadingImageReference) reference = lading_test_reference_new (g_getenv ("LADING_TEST_REGISTRY"),
                                                             name);
  g_autoptr(GError) error = NULL;
  char *text = lading_image_reference_dup_string (reference);

  lading_test_build_image (text);
  error = lading_test_push (engine, reference, NULL);
  g_assert_no_error (error);
  lading_test_remove_image (text);

  return text;
}

typedef struct
{
  LadingTestProxy     *proxy;
  LadingImageTransfer *transfer;
  GAsyncResult        *result;
  char                *name;   /* as pulled through the proxy */
} HeldPull;

/* The engine fetches the image's config blob and the one layer it lacks
 * side by side. */
#define N_BLOBS_TO_FETCH 2

static gboolean
pull_is_held (gpointer data)
{
  HeldPull *held = data;

  return lading_test_proxy_get_n_held (held->proxy) == N_BLOBS_TO_FETCH &&
         lading_image_transfer_get_layers_total (held->transfer) > 0;
}

/* Pushes a new image as @name to the open registry, then starts a pull of
 * it through a proxy that holds its layers back, and returns once the pull
 * waits for them. */
static void
held_pull_start (HeldPull     *held,
                 LadingEngine *engine,
                 const char   *name)
{
  g_autoptr(LadingImageReference) reference = NULL;
  g_autofree char *pushed = push_and_forget (engine, name);

  held->proxy = lading_test_proxy_new (g_getenv ("LADING_TEST_REGISTRY"));
  lading_test_proxy_set_hold_blobs (held->proxy, TRUE);
  reference = lading_test_reference_new (lading_test_proxy_get_address (held->proxy), name);
  held->name = lading_image_reference_dup_string (reference);
  held->transfer = lading_image_transfer_new_pull (engine, reference, NULL);
  lading_image_transfer_run_async (held->transfer, NULL, NULL, lading_test_keep_result_cb,
                                   &held->result);
  lading_test_await (pull_is_held, held, "a pull waiting for its layers");
  g_assert_cmpint (lading_image_transfer_get_phase (held->transfer), ==,
                   LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING);
}

/* Awaits the end of the pull; returns its error. */
static GError *
held_pull_finish (HeldPull *held)
{
  GError *error = NULL;

  lading_test_await_result (&held->result, "the held pull");
  lading_image_transfer_run_finish (held->transfer, held->result, &error);
  g_clear_object (&held->result);

  return error;
}

static void
held_pull_clear (HeldPull *held)
{
  g_clear_pointer (&held->proxy, lading_test_proxy_free);
  g_clear_object (&held->transfer);
  lading_test_remove_image (held->name);
  g_clear_pointer (&held->name, g_free);
}

/* Cancelled in the middle: the run ends cancelled at once, with no image.
 * (The engine notices that the stream is gone when it next has progress to
 * report, not while its downloads wait, so nothing here can show it.) */
static void
test_cancel (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  HeldPull held = { NULL };

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  held_pull_start (&held, engine, "lading/cancelled:1");

  lading_image_transfer_cancel (held.transfer);
  error = held_pull_finish (&held);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (lading_image_transfer_get_state (held.transfer), ==,
                   LADING_IMAGE_TRANSFER_CANCELLED);
  g_assert_false (lading_test_image_exists (held.name));

  held_pull_clear (&held);
}

/* The registry goes away in the middle: the engine says so in the stream. */
static void
test_registry_stops (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  HeldPull held = { NULL };

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  held_pull_start (&held, engine, "lading/registry-stops:1");

  lading_test_proxy_stop (held.proxy);
  error = held_pull_finish (&held);
  g_test_message ("%s", error != NULL ? error->message : "no error");
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_assert_cmpint (lading_image_transfer_get_state (held.transfer), ==,
                   LADING_IMAGE_TRANSFER_FAILED);
  g_assert_false (lading_test_image_exists (held.name));

  held_pull_clear (&held);
}

/* The engine restarts in the middle: the stream ends without the engine
 * saying the image is there, and it is not. */
static void
test_engine_restarts (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  HeldPull held = { NULL };

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  held_pull_start (&held, engine, "lading/engine-restarts:1");

  lading_test_run_engine_script ("restart-engine", NULL);
  error = held_pull_finish (&held);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INTERRUPTED);
  g_assert_cmpint (lading_image_transfer_get_state (held.transfer), ==,
                   LADING_IMAGE_TRANSFER_FAILED);
  g_assert_false (lading_test_image_exists (held.name));

  held_pull_clear (&held);
}

/* Saved to a file and loaded back; a failed save leaves the file that was
 * there. */
static gboolean
moved_published (gpointer data)
{
  LadingImageTransfer *transfer = data;
  gint64 *expected = g_object_get_data (data, "expected-bytes");

  return lading_image_transfer_get_bytes_done (transfer) == *expected;
}

/* A save knows the image's size only, which its archive outgrows: past it,
 * the progress is unknown, never full before the save is done. */
static void
test_save_estimate (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/never-written.tar");
  g_autoptr(LadingImageTransfer) save = NULL;
  gint64 expected = 1000;

  save = lading_image_transfer_new_save (engine, "lading-fixture:latest", 2000, file);
  g_object_set_data (G_OBJECT (save), "expected-bytes", &expected);
  _lading_image_transfer_set_moved (save, expected, 2000);
  lading_test_await (moved_published, save, "half the estimate");
  g_assert_cmpfloat (lading_image_transfer_get_fraction (save), ==, 0.5);
  g_assert_cmpint (lading_image_transfer_get_phase (save), ==,
                   LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING);

  expected = 2100;
  _lading_image_transfer_set_moved (save, expected, -1);
  lading_test_await (moved_published, save, "past the estimate");
  g_assert_cmpfloat (lading_image_transfer_get_fraction (save), <, 0.0);
  g_assert_cmpint (lading_image_transfer_get_phase (save), ==,
                   LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING);
}

static void
test_save_and_load (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *dir = g_dir_make_tmp ("lading-test-archive-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fixture.tar", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LadingImageTransfer) save = NULL;
  g_autoptr(LadingImageTransfer) failed_save = NULL;
  g_autoptr(LadingImageTransfer) load = NULL;
  g_autoptr(LadingImageTransfer) bad_load = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  g_autofree char *subject = NULL;
  gsize length = 0, after_length = 0;

  tag_fixture ("lading-test-archive", "1");
  save = lading_image_transfer_new_save (engine, "lading-test-archive:1", 2000000, file);
  error = lading_test_transfer_run (save, NULL);
  g_assert_no_error (error);
  g_assert_cmpfloat (lading_image_transfer_get_fraction (save), ==, 1.0);
  g_assert_cmpint (lading_image_transfer_get_state (save), ==, LADING_IMAGE_TRANSFER_SUCCEEDED);
  g_assert_cmpint (lading_image_transfer_get_phase (save), ==, LADING_IMAGE_TRANSFER_PHASE_DONE);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (lading_image_transfer_get_bytes_done (save), ==, (gint64)length);
  subject = lading_image_transfer_dup_subject (save);
  g_assert_cmpstr (subject, ==, "lading-test-archive:1");

  /* Nothing is lost: the file stays as it was. */
  failed_save = lading_image_transfer_new_save (engine, "lading-test-no-such-image:1", 1, file);
  error = lading_test_transfer_run (failed_save, NULL);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);

  lading_test_remove_image ("lading-test-archive:1");
  load = lading_image_transfer_new_load (engine, file);
  error = lading_test_transfer_run (load, NULL);
  g_assert_no_error (error);
  g_assert_cmpstrv (lading_image_transfer_get_loaded (load),
                    ((const char * const []) { "lading-test-archive:1", NULL }));
  g_assert_cmpint (lading_image_transfer_get_bytes_done (load), ==, (gint64)length);
  g_assert_true (lading_test_image_exists ("lading-test-archive:1"));
  lading_test_remove_image ("lading-test-archive:1");

  /* A file that is no archive. */
  g_assert_true (g_file_set_contents (path, "not a tar file", -1, NULL));
  bad_load = lading_image_transfer_new_load (engine, file);
  error = lading_test_transfer_run (bad_load, NULL);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED);
  g_assert_cmpint (lading_image_transfer_get_state (bad_load), ==, LADING_IMAGE_TRANSFER_FAILED);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static GStrv
list_repositories (LadingRegistryClient  *client,
                   GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean cut = TRUE;
  GStrv repositories;

  lading_registry_client_list_repositories_async (client, NULL, lading_test_keep_result_cb,
                                                  &result);
  lading_test_await_result (&result, "the catalog");
  repositories = lading_registry_client_list_repositories_finish (client, result, &cut, error);
  /* One page holds a test registry's catalog. */
  g_assert_false (cut);

  return repositories;
}

static GStrv
list_tags (LadingRegistryClient  *client,
           const char            *repository,
           GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_registry_client_list_tags_async (client, repository, NULL, lading_test_keep_result_cb,
                                          &result);
  lading_test_await_result (&result, "the tags");
  return lading_registry_client_list_tags_finish (client, result, NULL, error);
}

/* Pushes the fixture to @registry as lading/browse:1 and :2. */
static void
push_browsable (LadingEngine       *engine,
                const char         *registry,
                LadingDockerConfig *config)
{
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *repository = g_strconcat (registry, "/lading/browse", NULL);
      g_autofree char *tag = g_strdup_printf ("%u", i);
      g_autofree char *name = g_strconcat (repository, ":", tag, NULL);
      g_autoptr(LadingImageReference) reference = lading_image_reference_parse (name, NULL);
      g_autoptr(GError) error = NULL;

      tag_fixture (repository, tag);
      error = lading_test_push (engine, reference, config);
      g_assert_no_error (error);
      lading_test_remove_image (name);
    }
}

/* The registry's own catalog and tags, with and without a password. */
static void
test_browse (void)
{
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingRegistryClient) open_client = NULL;
  g_autoptr(LadingRegistryClient) anonymous = NULL;
  g_autoptr(LadingRegistryClient) logged_in = NULL;
  g_autoptr(LadingRegistryClient) wrong = NULL;
  g_autoptr(LadingRegistryClient) nowhere = NULL;
  g_autoptr(LadingRegistryClient) plain = NULL;
  g_autofree char *https_uri = NULL;
  g_autoptr(LadingDockerConfig) right_config = NULL;
  g_autoptr(LadingDockerConfig) wrong_config = NULL;
  g_autofree char *right_dir = NULL;
  g_autofree char *wrong_dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) repositories = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) none = NULL;

  if (!lading_test_have_registries ())
    return;

  engine = lading_test_connected_engine_new ();
  right_config = config_new (g_getenv ("LADING_TEST_REGISTRY_PASSWORD"), &right_dir);
  wrong_config = config_new ("not-the-password", &wrong_dir);
  push_browsable (engine, g_getenv ("LADING_TEST_REGISTRY"), NULL);
  push_browsable (engine, g_getenv ("LADING_TEST_AUTH_REGISTRY"), right_config);

  open_client = lading_registry_client_new (g_getenv ("LADING_TEST_REGISTRY"), NULL);
  repositories = list_repositories (open_client, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *)repositories, "lading/browse"));
  tags = list_tags (open_client, "lading/browse", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (tags, ((const char * const []) { "1", "2", NULL }));
  none = list_tags (open_client, "lading/never-pushed", &error);
  g_assert_null (none);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&repositories, g_strfreev);
  g_clear_pointer (&tags, g_strfreev);

  /* Basic authentication: refused without credentials or with wrong ones. */
  anonymous = lading_registry_client_new (g_getenv ("LADING_TEST_AUTH_REGISTRY"), NULL);
  g_assert_null (list_repositories (anonymous, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_clear_error (&error);
  wrong = lading_registry_client_new (g_getenv ("LADING_TEST_AUTH_REGISTRY"), wrong_config);
  g_assert_null (list_repositories (wrong, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_assert_null (strstr (error->message, "not-the-password"));
  g_clear_error (&error);

  logged_in = lading_registry_client_new (g_getenv ("LADING_TEST_AUTH_REGISTRY"), right_config);
  repositories = list_repositories (logged_in, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *)repositories, "lading/browse"));
  tags = list_tags (logged_in, "lading/browse", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (tags, ((const char * const []) { "1", "2", NULL }));

  nowhere = lading_registry_client_new ("127.0.0.1:1", NULL);
  g_assert_null (list_repositories (nowhere, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE);
  g_clear_error (&error);

  /* HTTPS, as to a registry that is not on loopback, to one that answers
   * plain HTTP. */
  https_uri = g_strconcat ("https://", g_getenv ("LADING_TEST_REGISTRY"), NULL);
  plain = _lading_registry_client_new_for_uri (g_getenv ("LADING_TEST_REGISTRY"), https_uri, NULL);
  g_assert_null (list_repositories (plain, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INSECURE_REGISTRY);

  remove_config_dir (right_dir);
  remove_config_dir (wrong_dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/image-transfer/push-and-pull", test_push_and_pull);
  g_test_add_func ("/integration/image-transfer/pull-errors", test_pull_errors);
  g_test_add_func ("/integration/image-transfer/push-errors", test_push_errors);
  g_test_add_func ("/integration/image-transfer/credentials", test_credentials);
  g_test_add_func ("/integration/image-transfer/cancel", test_cancel);
  g_test_add_func ("/integration/image-transfer/registry-stops", test_registry_stops);
  g_test_add_func ("/integration/image-transfer/engine-restarts", test_engine_restarts);
  g_test_add_func ("/integration/image-transfer/save-and-load", test_save_and_load);
  g_test_add_func ("/integration/image-transfer/save-estimate", test_save_estimate);
  g_test_add_func ("/integration/registry-client/browse", test_browse);

  return g_test_run ();
}
