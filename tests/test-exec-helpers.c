/* test-exec-helpers.c
 *
 * The pure parts of exec: the create body and the inspect reply.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-exec-private.h"

static JsonObject *
parse_body (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                              &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_exec_body_tty (void)
{
  const char * const argv[] = { "sh", "-c", "echo \"hi\"", NULL };
  const char * const env[] = { "LADING_SESSION=abc", NULL };
  LadingExecSpec spec = { argv, env, "root", TRUE, 33, 101 };
  g_autoptr(GBytes) body = _lading_engine_exec_build_create_body (&spec, "1.43");
  g_autoptr(JsonObject) object = parse_body (body);
  JsonArray *cmd = json_object_get_array_member (object, "Cmd");
  JsonArray *env_array = json_object_get_array_member (object, "Env");
  JsonArray *size = json_object_get_array_member (object, "ConsoleSize");

  g_assert_true (json_object_get_boolean_member (object, "AttachStdin"));
  g_assert_true (json_object_get_boolean_member (object, "AttachStdout"));
  g_assert_true (json_object_get_boolean_member (object, "AttachStderr"));
  g_assert_true (json_object_get_boolean_member (object, "Tty"));
  g_assert_cmpuint (json_array_get_length (cmd), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (cmd, 2), ==, "echo \"hi\"");
  g_assert_cmpuint (json_array_get_length (env_array), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (env_array, 0), ==, "TERM=xterm-256color");
  g_assert_cmpstr (json_array_get_string_element (env_array, 1), ==, "LADING_SESSION=abc");
  g_assert_cmpstr (json_object_get_string_member (object, "User"), ==, "root");
  g_assert_cmpint (json_array_get_int_element (size, 0), ==, 33);
  g_assert_cmpint (json_array_get_int_element (size, 1), ==, 101);
}

static void
test_exec_body_plain (void)
{
  const char * const argv[] = { "cat", NULL };
  LadingExecSpec spec = { .argv = argv, .rows = 33, .columns = 101 };
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonObject) object = NULL;

  /* No TTY: no TERM; no user: the container's; 1.41 has no ConsoleSize. */
  body = _lading_engine_exec_build_create_body (&spec, "1.41");
  object = parse_body (body);
  g_assert_false (json_object_get_boolean_member (object, "Tty"));
  g_assert_false (json_object_has_member (object, "Env"));
  g_assert_false (json_object_has_member (object, "User"));
  g_assert_false (json_object_has_member (object, "ConsoleSize"));
  g_clear_pointer (&object, json_object_unref);
  g_clear_pointer (&body, g_bytes_unref);

  /* An unknown size is left to the engine, whatever the version. */
  spec.tty = TRUE;
  spec.rows = 0;
  spec.columns = 80;
  body = _lading_engine_exec_build_create_body (&spec, "1.44");
  object = parse_body (body);
  g_assert_false (json_object_has_member (object, "ConsoleSize"));
}

static void
assert_inspect (const char *json,
                gboolean    expect_running,
                int         expect_exit_code)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  gboolean running = !expect_running;
  int exit_code = -12345;

  g_assert_true (_lading_engine_exec_parse_inspect (bytes, &running, &exit_code, &error));
  g_assert_no_error (error);
  g_assert_true (running == expect_running);
  if (!expect_running)
    g_assert_cmpint (exit_code, ==, expect_exit_code);
}

static void
test_exec_inspect (void)
{
  g_autoptr(GBytes) garbage = g_bytes_new_static ("[1,", 3);
  g_autoptr(GError) error = NULL;
  gboolean running;
  int exit_code;

  assert_inspect ("{\"Running\":true,\"ExitCode\":null,\"Pid\":12}", TRUE, 0);
  assert_inspect ("{\"Running\":false,\"ExitCode\":7}", FALSE, 7);
  assert_inspect ("{\"Running\":false,\"ExitCode\":0}", FALSE, 0);
  /* Running false with ExitCode still null: not ended as far as we know. */
  assert_inspect ("{\"Running\":false}", TRUE, 0);

  g_assert_false (_lading_engine_exec_parse_inspect (garbage, &running, &exit_code, &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/exec-helpers/body-tty", test_exec_body_tty);
  g_test_add_func ("/api/exec-helpers/body-plain", test_exec_body_plain);
  g_test_add_func ("/api/exec-helpers/inspect", test_exec_inspect);

  return g_test_run ();
}
