/* lading-test-transfer.c
 *
 * What the tests of pulls, pushes and logins share: the registries tests/run
 * starts, an image built to push, and a transfer run to its end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-test-transfer.h"
#include "lading-test-util.h"

/* Skips the test when not run through tests/run. */
gboolean
lading_test_have_registries (void)
{
  if (g_getenv ("LADING_TEST_REGISTRY") != NULL && g_getenv ("LADING_TEST_AUTH_REGISTRY") != NULL)
    return TRUE;

  g_test_skip ("no test registries (run through tests/run)");
  return FALSE;
}

/* @registry/@name, which must be a valid reference. */
LadingImageReference *
lading_test_reference_new (const char *registry,
                           const char *name)
{
  g_autofree char *text = g_strconcat (registry, "/", name, NULL);
  LadingImageReferenceProblem problem = LADING_IMAGE_REFERENCE_OK;
  LadingImageReference *reference = lading_image_reference_parse (text, &problem);

  g_assert_cmpint (problem, ==, LADING_IMAGE_REFERENCE_OK);
  return reference;
}

/* Puts lading-fixture in the open registry as @name ("lading/x:1") and
 * forgets it here; returns the whole name, with the registry. */
char *
lading_test_push_fixture (const char *name)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingImageReference) reference = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *repository = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *tag_path = NULL;
  char *whole;
  guint status = 0;

  reference = lading_test_reference_new (g_getenv ("LADING_TEST_REGISTRY"), name);
  whole = lading_image_reference_dup_string (reference);
  repository = lading_image_reference_dup_repository (reference);
  escaped = g_uri_escape_string (repository, NULL, FALSE);
  tag_path = g_strdup_printf ("/images/lading-fixture:latest/tag?repo=%s&tag=%s", escaped,
                              lading_image_reference_get_tag (reference));
  reply = lading_test_api ("POST", tag_path, NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  error = lading_test_push (engine, reference, NULL);
  g_assert_no_error (error);
  lading_test_remove_image (whole);

  return whole;
}

/* The fixture image and a layer of 2 MB of random bytes on it, as @tag. */
void
lading_test_build_image (const char *tag)
{
  g_autofree char *id = lading_test_create_script_container ("lading-test-transfer-build",
                                                             "head -c 2000000 /dev/urandom > /payload",
                                                             NULL);
  g_autofree char *repository = g_strndup (tag, strrchr (tag, ':') - tag);
  g_autofree char *escaped_repository = g_uri_escape_string (repository, NULL, FALSE);
  g_autofree char *commit_path = g_strdup_printf ("/commit?container=%s&repo=%s&tag=%s", id,
                                                  escaped_repository, strrchr (tag, ':') + 1);
  g_autofree char *wait_path = g_strdup_printf ("/containers/%s/wait", id);
  g_autoptr(JsonNode) waited = NULL;
  g_autoptr(JsonNode) committed = NULL;
  guint status = 0;

  lading_test_container_action (id, "start", 204);
  waited = lading_test_api ("POST", wait_path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  committed = lading_test_api ("POST", commit_path, "{}", &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_remove_container (id);
}

/* Runs @transfer to its end; returns its error, if any. */
GError *
lading_test_transfer_run (LadingImageTransfer *transfer,
                          LadingDockerConfig  *config)
{
  g_autoptr(GAsyncResult) result = NULL;
  GError *error = NULL;

  lading_image_transfer_run_async (transfer, config, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "transfer");
  lading_image_transfer_run_finish (transfer, result, &error);

  return error;
}

GError *
lading_test_pull (LadingEngine               *engine,
                  const LadingImageReference *reference,
                  LadingDockerConfig         *config)
{
  g_autoptr(LadingImageTransfer) transfer = lading_image_transfer_new_pull (engine, reference, NULL);

  return lading_test_transfer_run (transfer, config);
}

GError *
lading_test_push (LadingEngine               *engine,
                  const LadingImageReference *reference,
                  LadingDockerConfig         *config)
{
  g_autoptr(LadingImageTransfer) transfer = lading_image_transfer_new_push (engine, reference);

  return lading_test_transfer_run (transfer, config);
}
