/* test-engine-helpers.c
 *
 * The engine's pure helpers: API version negotiation and error mapping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"

static void
test_version_negotiate (void)
{
  static const struct {
    const char *engine;
    const char *engine_min;
    const char *expected;
    int         error_code;
  } cases[] = {
    { "1.41", NULL, "1.41", -1 },          /* Debian 12's 20.10 */
    { "1.41", "1.12", "1.41", -1 },
    { "1.52", "1.44", "1.44", -1 },        /* Docker 29.0: refuses below 1.44 */
    { "1.52", "1.40", "1.44", -1 },        /* newer engines: our maximum */
    { "1.45", "1.46", NULL, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION },
    { "1.39", NULL, NULL, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION },
    { NULL, NULL, NULL, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION },   /* no header: 1.24 */
    { "one.two", NULL, NULL, LADING_ENGINE_ERROR_BAD_RESPONSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *version = NULL;

      version = _lading_api_version_negotiate (cases[i].engine, cases[i].engine_min, &error);
      g_assert_cmpstr (version, ==, cases[i].expected);
      if (cases[i].error_code < 0)
        g_assert_no_error (error);
      else
        g_assert_error (error, LADING_ENGINE_ERROR, cases[i].error_code);
    }
}

static void
test_version_compare (void)
{
  g_assert_cmpint (_lading_api_version_compare ("1.9", "1.41"), <, 0);
  g_assert_cmpint (_lading_api_version_compare ("1.41", "1.41"), ==, 0);
  g_assert_cmpint (_lading_api_version_compare ("2.0", "1.99"), >, 0);
  g_assert_cmpint (_lading_api_version_compare ("x", "1.0"), <, 0);
}

static GError *
reply_error (guint       status,
             const char *content_type,
             const char *body)
{
  g_autoptr(GBytes) bytes = body != NULL ? g_bytes_new (body, strlen (body)) : NULL;

  return _lading_engine_error_from_reply (status, NULL, content_type, bytes);
}

static void
test_error_from_reply (void)
{
  g_autoptr(GError) not_found = NULL;
  g_autoptr(GError) conflict = NULL;
  g_autoptr(GError) podman = NULL;
  g_autoptr(GError) plain = NULL;
  g_autoptr(GError) empty = NULL;
  g_autoptr(GError) garbage = NULL;

  not_found = reply_error (404, "application/json", "{\"message\":\"No such container: x\"}");
  g_assert_error (not_found, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_cmpstr (not_found->message, ==, "No such container: x");

  conflict = reply_error (409, "application/json",
                          "{\"message\":\"You cannot remove a running container\"}");
  g_assert_error (conflict, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);

  podman = reply_error (500, "application/json",
                        "{\"cause\":\"container state improper\",\"message\":\"cannot kill\",\"response\":500}");
  g_assert_error (podman, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED);
  g_assert_cmpstr (podman->message, ==, "cannot kill");

  /* Hijack errors and very old versions answer in plain text. */
  plain = reply_error (404, "application/vnd.docker.raw-stream", "No such container: y\r\n");
  g_assert_cmpstr (plain->message, ==, "No such container: y");

  empty = reply_error (400, NULL, NULL);
  g_assert_error (empty, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_REQUEST);
  g_assert_nonnull (strstr (empty->message, "400"));

  /* A JSON content type with a body that is not JSON is shown as text. */
  garbage = reply_error (500, "application/json", "{oops");
  g_assert_cmpstr (garbage->message, ==, "{oops");
}

static void
test_error_from_io (void)
{
  g_autoptr(LadingEndpoint) endpoint = lading_endpoint_new_for_uri ("unix:///run/x.sock", NULL);
  g_autoptr(GError) missing = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such file");
  g_autoptr(GError) denied = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "Denied");
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  g_autoptr(GError) unreachable = _lading_engine_error_from_io (missing, endpoint);
  g_autoptr(GError) permission = _lading_engine_error_from_io (denied, endpoint);
  g_autoptr(GError) still_cancelled = _lading_engine_error_from_io (cancelled, endpoint);

  g_assert_error (unreachable, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE);
  g_assert_nonnull (strstr (unreachable->message, "unix:///run/x.sock"));
  g_assert_error (permission, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_PERMISSION_DENIED);
  g_assert_error (still_cancelled, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/engine/version-negotiate", test_version_negotiate);
  g_test_add_func ("/api/engine/version-compare", test_version_compare);
  g_test_add_func ("/api/engine/error-from-reply", test_error_from_reply);
  g_test_add_func ("/api/engine/error-from-io", test_error_from_io);

  return g_test_run ();
}
