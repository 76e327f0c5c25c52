/* test-layer-progress.c
 *
 * Adding up the messages of pull and push streams the engine sent (recorded
 * from the engine and a local registry), and the words of registry errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-engine-error.h"
#include "lading-image-transfer-private.h"
#include "lading-test-data.h"

static JsonObject *
parse_object (JsonParser *parser,
              const char *line)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, line, -1, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static gboolean
feed (LadingLayerProgress  *progress,
      const char           *line,
      GError              **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  return _lading_layer_progress_feed (progress, parse_object (parser, line), error);
}

/* Feeds every line of a recording, checking at each that the fraction
 * never goes back. */
static void
feed_recording (LadingLayerProgress *progress,
                const char          *name)
{
  g_autoptr(GBytes) bytes = lading_test_load_data (name);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  double fraction = -1.0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      g_assert_true (feed (progress, lines[i], &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (_lading_layer_progress_get_fraction (progress), >=, fraction);
      fraction = _lading_layer_progress_get_fraction (progress);
    }
}

/* Two layers were there already, three came in without a byte count (a
 * local registry is quicker than the engine's first progress report). */
static void
test_pull_recording (void)
{
  g_autoptr(LadingLayerProgress) progress = _lading_layer_progress_new (LADING_IMAGE_TRANSFER_PULL);

  g_assert_cmpint (_lading_layer_progress_get_phase (progress), ==,
                   LADING_IMAGE_TRANSFER_PHASE_STARTING);
  g_assert_cmpfloat (_lading_layer_progress_get_fraction (progress), ==, -1.0);

  feed_recording (progress, "pull-progress.json");

  g_assert_true (_lading_layer_progress_get_finished (progress));
  g_assert_cmpint (_lading_layer_progress_get_phase (progress), ==,
                   LADING_IMAGE_TRANSFER_PHASE_DONE);
  /* "Pulling from lading/multi" has the tag as its id: not a layer. */
  g_assert_cmpuint (_lading_layer_progress_get_layers_total (progress), ==, 5);
  g_assert_cmpuint (_lading_layer_progress_get_layers_done (progress), ==, 5);
  g_assert_cmpfloat (_lading_layer_progress_get_fraction (progress), ==, 1.0);
  /* The sizes came with the extraction: three layers of 5 MB of random
   * bytes, compressed. */
  g_assert_cmpint (_lading_layer_progress_get_bytes_total (progress), ==, 15005191);
  g_assert_cmpint (_lading_layer_progress_get_bytes_done (progress), ==, 15005191);
  g_assert_cmpstr (_lading_layer_progress_get_digest (progress), ==,
                   "sha256:fac00b08a3f43fa7b6caf3ef88428a3f5875637a3a0a95832bee4361e9684712");
}

static void
test_push_recording (void)
{
  g_autoptr(LadingLayerProgress) progress = _lading_layer_progress_new (LADING_IMAGE_TRANSFER_PUSH);

  feed_recording (progress, "push-progress.json");

  g_assert_true (_lading_layer_progress_get_finished (progress));
  g_assert_cmpuint (_lading_layer_progress_get_layers_total (progress), ==, 5);
  g_assert_cmpuint (_lading_layer_progress_get_layers_done (progress), ==, 5);
  /* Bytes sent can pass a layer's size; they count up to it only. */
  g_assert_cmpint (_lading_layer_progress_get_bytes_done (progress), ==,
                   _lading_layer_progress_get_bytes_total (progress));
  g_assert_cmpint (_lading_layer_progress_get_bytes_total (progress), ==,
                   3 * 5000000 + 3216 + 1982256);
  g_assert_cmpstr (_lading_layer_progress_get_digest (progress), ==,
                   "sha256:fac00b08a3f43fa7b6caf3ef88428a3f5875637a3a0a95832bee4361e9684712");
}

/* Downloading, then extracting, layer by layer; each layer is half
 * download and half extraction. */
static void
test_pull_phases (void)
{
  g_autoptr(LadingLayerProgress) progress = _lading_layer_progress_new (LADING_IMAGE_TRANSFER_PULL);
  g_autoptr(GError) error = NULL;

  feed (progress, "{\"status\":\"Pulling from library/busybox\",\"id\":\"1\"}", &error);
  g_assert_cmpuint (_lading_layer_progress_get_layers_total (progress), ==, 0);
  feed (progress, "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"aaa\"}", &error);
  feed (progress, "{\"status\":\"Waiting\",\"progressDetail\":{},\"id\":\"bbb\"}", &error);
  g_assert_cmpint (_lading_layer_progress_get_phase (progress), ==,
                   LADING_IMAGE_TRANSFER_PHASE_DOWNLOADING);
  g_assert_cmpfloat (_lading_layer_progress_get_fraction (progress), ==, 0.0);

  feed (progress, "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":500,\"total\":1000},"
                  "\"progress\":\"[==>  ]\",\"id\":\"aaa\"}", &error);
  g_assert_cmpint (_lading_layer_progress_get_bytes_done (progress), ==, 500);
  /* bbb's size is not known yet. */
  g_assert_cmpint (_lading_layer_progress_get_bytes_total (progress), ==, 1000);
  g_assert_cmpfloat_with_epsilon (_lading_layer_progress_get_fraction (progress), 0.125, 1e-9);

  feed (progress, "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"aaa\"}", &error);
  feed (progress, "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":10,\"total\":3000},"
                  "\"id\":\"bbb\"}", &error);
  g_assert_cmpint (_lading_layer_progress_get_bytes_done (progress), ==, 1010);
  g_assert_cmpint (_lading_layer_progress_get_bytes_total (progress), ==, 4000);

  /* A late report never steps a layer back. */
  feed (progress, "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":900,\"total\":1000},"
                  "\"id\":\"aaa\"}", &error);
  g_assert_cmpint (_lading_layer_progress_get_bytes_done (progress), ==, 1010);

  feed (progress, "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"bbb\"}", &error);
  g_assert_cmpint (_lading_layer_progress_get_phase (progress), ==,
                   LADING_IMAGE_TRANSFER_PHASE_EXTRACTING);
  feed (progress, "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":500,\"total\":1000},"
                  "\"id\":\"aaa\"}", &error);
  g_assert_cmpfloat_with_epsilon (_lading_layer_progress_get_fraction (progress), 0.625, 1e-9);
  feed (progress, "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"aaa\"}", &error);
  feed (progress, "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"bbb\"}", &error);
  g_assert_cmpuint (_lading_layer_progress_get_layers_done (progress), ==, 2);
  /* Everything is in; the engine has not said so yet. */
  g_assert_cmpint (_lading_layer_progress_get_phase (progress), ==,
                   LADING_IMAGE_TRANSFER_PHASE_FINISHING);
  g_assert_false (_lading_layer_progress_get_finished (progress));

  feed (progress, "{\"status\":\"Status: Downloaded newer image for busybox:1\"}", &error);
  g_assert_true (_lading_layer_progress_get_finished (progress));
  g_assert_no_error (error);
}

/* A push prepares every layer first; those the registry has do not count
 * in the fraction. */
static void
test_push_present (void)
{
  g_autoptr(LadingLayerProgress) progress = _lading_layer_progress_new (LADING_IMAGE_TRANSFER_PUSH);
  g_autoptr(GError) error = NULL;

  feed (progress, "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"aaa\"}", &error);
  feed (progress, "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"bbb\"}", &error);
  feed (progress, "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"aaa\"}",
        &error);
  g_assert_cmpfloat (_lading_layer_progress_get_fraction (progress), ==, 0.0);
  g_assert_cmpuint (_lading_layer_progress_get_layers_done (progress), ==, 1);
  feed (progress, "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":50,\"total\":100},"
                  "\"id\":\"bbb\"}", &error);
  g_assert_cmpfloat_with_epsilon (_lading_layer_progress_get_fraction (progress), 0.5, 1e-9);
  g_assert_no_error (error);
}

/* After HTTP 200, an error comes as a message of its own. */
static void
test_in_band_error (void)
{
  g_autoptr(LadingLayerProgress) progress = _lading_layer_progress_new (LADING_IMAGE_TRANSFER_PUSH);
  g_autoptr(GError) error = NULL;

  g_assert_true (feed (progress, "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"e08c\"}",
                       &error));
  g_assert_false (feed (progress, "{\"errorDetail\":{\"message\":\"no basic auth credentials\"},"
                                  "\"error\":\"no basic auth credentials\"}", &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);
  g_assert_cmpstr (error->message, ==, "no basic auth credentials");
  g_assert_false (_lading_layer_progress_get_finished (progress));
}

typedef struct
{
  guint       code;
  const char *message;
  guint       refined;
} Refinement;

/* The engine's words, as it sent them. */
static void
test_refine (void)
{
  const Refinement cases[] = {
    { LADING_ENGINE_ERROR_NOT_FOUND,
      "manifest for 127.0.0.1:5000/lading/multi:nope not found: manifest unknown: manifest unknown",
      LADING_ENGINE_ERROR_NOT_FOUND },
    { LADING_ENGINE_ERROR_FAILED,
      "pull access denied for nosuch, repository does not exist or may require 'docker login': "
      "denied: requested access to the resource is denied", LADING_ENGINE_ERROR_NOT_FOUND },
    { LADING_ENGINE_ERROR_FAILED,
      "Head \"http://127.0.0.1:5000/v2/lading/multi/manifests/1\": no basic auth credentials",
      LADING_ENGINE_ERROR_UNAUTHORIZED },
    { LADING_ENGINE_ERROR_FAILED, "unauthorized: authentication required",
      LADING_ENGINE_ERROR_UNAUTHORIZED },
    { LADING_ENGINE_ERROR_FAILED,
      "login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized",
      LADING_ENGINE_ERROR_UNAUTHORIZED },
    { LADING_ENGINE_ERROR_FAILED, "denied: requested access to the resource is denied",
      LADING_ENGINE_ERROR_DENIED },
    { LADING_ENGINE_ERROR_FAILED,
      "Get \"https://10.0.0.1:5000/v2/\": http: server gave HTTP response to HTTPS client",
      LADING_ENGINE_ERROR_INSECURE_REGISTRY },
    { LADING_ENGINE_ERROR_FAILED,
      "Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused",
      LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
    { LADING_ENGINE_ERROR_FAILED,
      "Get \"https://registry.invalid/v2/\": dial tcp: lookup registry.invalid: no such host",
      LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
    { LADING_ENGINE_ERROR_FAILED,
      "An image does not exist locally with the tag: 127.0.0.1:5000/lading/zzz",
      LADING_ENGINE_ERROR_NOT_FOUND },
    { LADING_ENGINE_ERROR_FAILED, "something else entirely", LADING_ENGINE_ERROR_FAILED },
    /* Only refusals are refined: an unreachable engine stays one. */
    { LADING_ENGINE_ERROR_UNREACHABLE, "connection refused", LADING_ENGINE_ERROR_UNREACHABLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (LADING_ENGINE_ERROR, cases[i].code,
                                                     cases[i].message);

      _lading_registry_error_refine (error);
      g_test_message ("%s", cases[i].message);
      g_assert_error (error, LADING_ENGINE_ERROR, (int)cases[i].refined);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/layer-progress/pull-recording", test_pull_recording);
  g_test_add_func ("/api/layer-progress/push-recording", test_push_recording);
  g_test_add_func ("/api/layer-progress/pull-phases", test_pull_phases);
  g_test_add_func ("/api/layer-progress/push-present", test_push_present);
  g_test_add_func ("/api/layer-progress/in-band-error", test_in_band_error);
  g_test_add_func ("/api/registry-error/refine", test_refine);

  return g_test_run ();
}
