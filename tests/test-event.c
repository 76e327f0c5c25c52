/* test-event.c
 *
 * lading_event_parse() on /events lines recorded from a real engine
 * (tests/data/events.jsonl) and on lines it must refuse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-api-enums.h"
#include "lading-engine-error.h"
#include "lading-event.h"

static GStrv
load_lines (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "events.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char **lines;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (g_strchomp (contents), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 23);

  return lines;
}

static LadingEvent *
parse_line (const char *line)
{
  g_autoptr(GError) error = NULL;
  LadingEvent *event;

  event = lading_event_parse (line, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (event);

  return event;
}

static void
test_event_all_lines (void)
{
  g_auto(GStrv) lines = load_lines ();
  gint64 previous = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(LadingEvent) event = parse_line (lines[i]);

      g_assert_cmpint (event->kind, !=, LADING_EVENT_KIND_OTHER);
      g_assert_cmpstr (event->action, !=, "");
      g_assert_null (strchr (event->action, ':'));
      g_assert_cmpstr (event->actor_id, !=, "");
      g_assert_nonnull (event->attributes);
      g_assert_cmpint (event->time_nano, >=, previous);
      previous = event->time_nano;
    }
}

static void
test_event_container (void)
{
  g_auto(GStrv) lines = load_lines ();
  g_autoptr(LadingEvent) die = parse_line (lines[4]);
  g_autoptr(LadingEvent) rename = parse_line (lines[17]);

  g_assert_cmpint (die->kind, ==, LADING_EVENT_KIND_CONTAINER);
  g_assert_cmpstr (die->action, ==, "die");
  g_assert_null (die->detail);
  g_assert_cmpstr (die->actor_id, ==,
                   "9bb6c357567248d9c16e0a7f7cc613c7bb81951d58f2fe6f7b74448056cb04ff");
  g_assert_cmpstr (lading_event_get_attribute (die, "exitCode"), ==, "0");
  g_assert_cmpstr (lading_event_get_attribute (die, "name"), ==, "cranky_cerf");
  g_assert_null (lading_event_get_attribute (die, "nope"));
  g_assert_cmpint (die->time_nano, ==, G_GINT64_CONSTANT (1795839633623262663));

  g_assert_cmpstr (rename->action, ==, "rename");
  g_assert_cmpstr (lading_event_get_attribute (rename, "oldName"), ==, "/events-demo");
  g_assert_cmpstr (lading_event_get_attribute (rename, "name"), ==, "events-renamed");
}

static void
test_event_detail (void)
{
  g_auto(GStrv) lines = load_lines ();
  g_autoptr(LadingEvent) exec_start = parse_line (lines[12]);
  g_autoptr(LadingEvent) healthy = parse_line (lines[14]);
  g_autoptr(LadingEvent) unhealthy = parse_line (lines[15]);
  g_autoptr(LadingEvent) empty = parse_line ("{\"Type\":\"container\",\"Action\":\"exec_start: \"}");
  g_autoptr(LadingEvent) colon = parse_line ("{\"Type\":\"container\",\"Action\":\"a:b\"}");

  g_assert_cmpstr (exec_start->action, ==, "exec_start");
  g_assert_cmpstr (exec_start->detail, ==, "/bin/sh -c true");
  g_assert_cmpstr (healthy->action, ==, "health_status");
  g_assert_cmpstr (healthy->detail, ==, "healthy");
  g_assert_cmpstr (lading_event_get_attribute (healthy, "name"), ==, "healthy-one");
  g_assert_cmpstr (unhealthy->detail, ==, "unhealthy");

  g_assert_cmpstr (empty->action, ==, "exec_start");
  g_assert_cmpstr (empty->detail, ==, "");
  g_assert_cmpstr (colon->action, ==, "a:b");
  g_assert_null (colon->detail);
}

static void
test_event_kinds (void)
{
  g_auto(GStrv) lines = load_lines ();
  g_autoptr(LadingEvent) connect = parse_line (lines[2]);
  g_autoptr(LadingEvent) tag = parse_line (lines[7]);
  g_autoptr(LadingEvent) volume = parse_line (lines[8]);
  g_autoptr(LadingEvent) reload = parse_line (lines[22]);
  g_autoptr(LadingEvent) plugin = parse_line ("{\"Type\":\"plugin\",\"Action\":\"enable\"}");
  g_autoptr(LadingEvent) untyped = parse_line ("{\"Action\":\"enable\",\"Type\":5}");

  g_assert_cmpint (connect->kind, ==, LADING_EVENT_KIND_NETWORK);
  g_assert_cmpstr (connect->action, ==, "connect");
  g_assert_cmpstr (lading_event_get_attribute (connect, "type"), ==, "null");
  g_assert_nonnull (lading_event_get_attribute (connect, "container"));

  g_assert_cmpint (tag->kind, ==, LADING_EVENT_KIND_IMAGE);
  g_assert_cmpstr (tag->actor_id, ==,
                   "sha256:cf7338c0c6ef01d97bfc5459392f1b6f1d350874ce75051963559e52ddd833b2");
  g_assert_cmpstr (lading_event_get_attribute (tag, "name"), ==, "lading-fixture:latest");

  g_assert_cmpint (volume->kind, ==, LADING_EVENT_KIND_VOLUME);
  g_assert_cmpstr (volume->actor_id, ==, "plain-volume");
  g_assert_cmpint (reload->kind, ==, LADING_EVENT_KIND_DAEMON);
  g_assert_cmpstr (reload->action, ==, "reload");

  g_assert_cmpint (plugin->kind, ==, LADING_EVENT_KIND_OTHER);
  g_assert_cmpint (untyped->kind, ==, LADING_EVENT_KIND_OTHER);
  g_assert_cmpstr (untyped->actor_id, ==, "");
  g_assert_cmpuint (g_hash_table_size (untyped->attributes), ==, 0);
}

static void
test_event_fields (void)
{
  g_autoptr(LadingEvent) legacy = parse_line (
    "{\"Type\":\"container\",\"Action\":\"start\",\"Actor\":{\"ID\":\"x\"},\"time\":1795839650}");
  g_autoptr(LadingEvent) huge = parse_line (
    "{\"Type\":\"container\",\"Action\":\"start\",\"time\":9223372036854775807}");
  g_autoptr(LadingEvent) typed = parse_line (
    "{\"Type\":\"container\",\"Action\":\"die\",\"Actor\":{\"ID\":7,\"Attributes\":"
    "{\"containerExitCode\":3,\"flag\":true,\"ratio\":0.5,\"obj\":{},\"list\":[],\"none\":null}}}\r\n");

  g_assert_cmpint (legacy->time_nano, ==, G_GINT64_CONSTANT (1795839650000000000));
  g_assert_cmpint (huge->time_nano, ==, 0);

  g_assert_cmpstr (typed->actor_id, ==, "");
  g_assert_cmpstr (lading_event_get_attribute (typed, "containerExitCode"), ==, "3");
  g_assert_cmpstr (lading_event_get_attribute (typed, "flag"), ==, "true");
  g_assert_cmpstr (lading_event_get_attribute (typed, "ratio"), ==, "0.5");
  g_assert_cmpuint (g_hash_table_size (typed->attributes), ==, 3);
}

static void
test_event_length (void)
{
  g_auto(GStrv) lines = load_lines ();
  g_autofree char *two = g_strconcat (lines[0], "\n", lines[1], NULL);
  g_autoptr(LadingEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  /* A reader hands over one line of a bigger buffer. */
  event = lading_event_parse (two, strlen (lines[0]), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (event->action, ==, "create");
}

static void
test_event_copy (void)
{
  g_auto(GStrv) lines = load_lines ();
  g_autoptr(LadingEvent) event = parse_line (lines[14]);
  g_autoptr(LadingEvent) copy = g_boxed_copy (LADING_TYPE_EVENT, event);

  g_assert_true (copy != event);
  g_assert_cmpint (copy->kind, ==, event->kind);
  g_assert_cmpstr (copy->action, ==, event->action);
  g_assert_cmpstr (copy->detail, ==, event->detail);
  g_assert_cmpstr (copy->actor_id, ==, event->actor_id);
  g_assert_cmpint (copy->time_nano, ==, event->time_nano);
  g_clear_pointer (&event, lading_event_free);
  g_assert_cmpstr (lading_event_get_attribute (copy, "name"), ==, "healthy-one");
}

static void
test_event_garbage (void)
{
  static const char *garbage[] = {
    "", "\n", "not json", "[]", "[{\"Action\":\"start\"}]", "{}", "null", "\"start\"",
    "{\"Action\":5}", "{\"Action\":\"\"}", "{\"Action\":{}}", "{\"Action\":\"start\"",
    "{\"Action\":\"start\"}{", "\xc3\x28",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autoptr(LadingEvent) event = NULL;
      g_autoptr(GError) error = NULL;

      event = lading_event_parse (garbage[i], -1, &error);
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_assert_null (event);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/event/all-lines", test_event_all_lines);
  g_test_add_func ("/api/event/container", test_event_container);
  g_test_add_func ("/api/event/detail", test_event_detail);
  g_test_add_func ("/api/event/kinds", test_event_kinds);
  g_test_add_func ("/api/event/fields", test_event_fields);
  g_test_add_func ("/api/event/length", test_event_length);
  g_test_add_func ("/api/event/copy", test_event_copy);
  g_test_add_func ("/api/event/garbage", test_event_garbage);

  return g_test_run ();
}
