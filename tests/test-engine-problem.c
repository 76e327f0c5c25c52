/* test-engine-problem.c
 *
 * The offline page's words: each way of failing gets its own advice, names
 * the address that was tried and says that Lading keeps trying.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <pango/pango.h>

#include "lading-engine-error.h"
#include "lading-engine-problem.h"

static LadingEndpoint *
endpoint_for (const char *uri)
{
  g_autoptr(GError) error = NULL;
  LadingEndpoint *endpoint = lading_endpoint_new_for_uri (uri, &error);

  g_assert_no_error (error);
  return endpoint;
}

static void
test_problem_classify (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lading-test-XXXXXX", NULL);
  g_autofree char *socket_path = g_build_filename (dir, "docker.sock", NULL);
  g_autofree char *socket_uri = g_strconcat ("unix://", socket_path, NULL);
  g_autofree char *missing_uri = g_strconcat ("unix://", dir, "/missing.sock", NULL);
  g_autoptr(LadingEndpoint) present = endpoint_for (socket_uri);
  g_autoptr(LadingEndpoint) missing = endpoint_for (missing_uri);
  g_autoptr(LadingEndpoint) tcp = endpoint_for ("tcp://127.0.0.1:2375");
  g_autoptr(GError) unreachable = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE, "x");
  g_autoptr(GError) denied = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_PERMISSION_DENIED, "x");
  g_autoptr(GError) version = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION, "x");
  g_autoptr(GError) garbage = g_error_new_literal (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE, "x");
  g_autoptr(GError) foreign = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "x");
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;

  /* A socket file that nobody listens on: the engine is not running. */
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (socket_path);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpint (lading_engine_problem_classify (unreachable, present), ==, LADING_ENGINE_PROBLEM_NOT_RUNNING);
  g_assert_cmpint (lading_engine_problem_classify (unreachable, missing), ==, LADING_ENGINE_PROBLEM_NO_SOCKET);
  g_assert_cmpint (lading_engine_problem_classify (unreachable, tcp), ==, LADING_ENGINE_PROBLEM_NOT_RUNNING);
  g_assert_cmpint (lading_engine_problem_classify (denied, present), ==, LADING_ENGINE_PROBLEM_PERMISSION);
  g_assert_cmpint (lading_engine_problem_classify (version, present), ==, LADING_ENGINE_PROBLEM_VERSION);
  g_assert_cmpint (lading_engine_problem_classify (garbage, present), ==, LADING_ENGINE_PROBLEM_OTHER);
  g_assert_cmpint (lading_engine_problem_classify (foreign, present), ==, LADING_ENGINE_PROBLEM_OTHER);

  g_socket_close (socket, NULL);
  g_unlink (socket_path);
  g_rmdir (dir);
}

static void
test_problem_words (void)
{
  g_autoptr(LadingEndpoint) endpoint = endpoint_for ("unix:///var/run/docker.sock");

  for (LadingEngineProblem problem = LADING_ENGINE_PROBLEM_NOT_RUNNING;
       problem <= LADING_ENGINE_PROBLEM_OTHER;
       problem++)
    {
      g_autofree char *title = lading_engine_problem_dup_title (problem);
      g_autofree char *description = lading_engine_problem_dup_description (problem, endpoint);

      g_assert_cmpstr (title, !=, "");
      /* Every description names the address and promises the reconnection. */
      g_assert_nonnull (strstr (description, "unix:///var/run/docker.sock"));
      g_assert_nonnull (strstr (description, "connects by itself"));
      g_assert_true (pango_parse_markup (description, -1, 0, NULL, NULL, NULL, NULL));
    }

  {
    g_autofree char *permission = lading_engine_problem_dup_description (LADING_ENGINE_PROBLEM_PERMISSION,
                                                                         endpoint);
    g_assert_nonnull (strstr (permission, "“docker” group"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/engine-problem/classify", test_problem_classify);
  g_test_add_func ("/widgets/engine-problem/words", test_problem_words);

  return g_test_run ();
}
