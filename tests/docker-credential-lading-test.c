/* docker-credential-lading-test.c
 *
 * A real credential helper for the tests, speaking the docker CLI's helper
 * protocol (`get`, `store`, `erase` on standard input and output), that
 * keeps each server's credentials in a file of $LADING_TEST_CREDENTIALS_DIR.
 * With $LADING_TEST_CREDENTIALS_FAIL set, every command fails the way a
 * broken helper does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>

#define NOT_FOUND "credentials not found in native keychain"

static char *
read_stdin (void)
{
  g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) < 0)
    exit (2);
  g_output_stream_write (out, "", 1, NULL, NULL);

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
path_for (const char *server)
{
  g_autofree char *name = g_compute_checksum_for_string (G_CHECKSUM_SHA256, server, -1);

  return g_strconcat (g_getenv ("LADING_TEST_CREDENTIALS_DIR"), "/", name, ".json", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *input = read_stdin ();
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  if (argc != 2 || g_getenv ("LADING_TEST_CREDENTIALS_DIR") == NULL)
    return 2;

  if (g_getenv ("LADING_TEST_CREDENTIALS_FAIL") != NULL)
    {
      g_printerr ("the test helper is broken on purpose\n");
      return 2;
    }

  if (g_str_equal (argv[1], "store"))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;

      if (!json_parser_load_from_data (parser, input, -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        return 2;
      object = json_node_get_object (json_parser_get_root (parser));
      path = path_for (json_object_get_string_member_with_default (object, "ServerURL", ""));

      return g_file_set_contents (path, input, -1, NULL) ? 0 : 2;
    }

  path = path_for (g_strstrip (input));
  if (g_str_equal (argv[1], "get"))
    {
      if (!g_file_get_contents (path, &contents, NULL, NULL))
        {
          g_print ("%s\n", NOT_FOUND);
          return 1;
        }
      g_print ("%s", contents);
      return 0;
    }

  if (g_str_equal (argv[1], "erase"))
    {
      if (g_unlink (path) != 0)
        {
          g_print ("%s\n", NOT_FOUND);
          return 1;
        }
      return 0;
    }

  return 2;
}
