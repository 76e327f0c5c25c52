/* test-log-line.c
 *
 * The pure pieces of reading logs: LadingLogLineSplitter, the timestamp
 * prefix, the since/until value and the query string of a LadingLogQuery.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-log-line.h"
#include "lading-log-private.h"

static void
collect_cb (const char *line,
            gsize       length,
            gpointer    user_data)
{
  GPtrArray *lines = user_data;

  g_assert_null (memchr (line, '\n', length));
  g_ptr_array_add (lines, g_strndup (line, length));
}

/* Splits @text pushed in two pieces cut at @cut, flushes, and joins the lines
 * with "|". */
static char *
split (const char *text,
       gsize       cut)
{
  g_autoptr(LadingLogLineSplitter) splitter = lading_log_line_splitter_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gsize length = strlen (text);

  lading_log_line_splitter_push (splitter, text, cut, collect_cb, lines);
  lading_log_line_splitter_push (splitter, text + cut, length - cut, collect_cb, lines);
  lading_log_line_splitter_flush (splitter, collect_cb, lines);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("|", (char **)lines->pdata);
}

static void
assert_split (const char *text,
              const char *expected)
{
  for (gsize cut = 0; cut <= strlen (text); cut++)
    {
      g_autofree char *joined = split (text, cut);

      g_assert_cmpstr (joined, ==, expected);
    }
}

static void
test_log_line_split (void)
{
  assert_split ("one\ntwo\n", "one|two");
  assert_split ("\n\nthree\n", "||three");
  assert_split ("", "");
}

static void
test_log_line_crlf (void)
{
  assert_split ("one\r\ntwo\r\n", "one|two");
  /* Only a "\r" right before "\n" goes; progress bars keep theirs. */
  assert_split ("50%\r100%\r\n", "50%\r100%");
  assert_split ("\r\n", "");
}

static void
test_log_line_no_final_newline (void)
{
  g_autoptr(LadingLogLineSplitter) splitter = lading_log_line_splitter_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  assert_split ("one\ntwo", "one|two");

  /* Nothing is left after a flush, and an empty flush passes nothing on. */
  lading_log_line_splitter_push (splitter, "tail", 4, collect_cb, lines);
  g_assert_cmpuint (lines->len, ==, 0);
  lading_log_line_splitter_flush (splitter, collect_cb, lines);
  lading_log_line_splitter_flush (splitter, collect_cb, lines);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (lines->pdata[0], ==, "tail");
}

static void
test_log_line_huge (void)
{
  g_autoptr(LadingLogLineSplitter) splitter = lading_log_line_splitter_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const gsize length = 3 * 1024 * 1024;
  g_autofree char *text = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    text[i] = 'a' + i % 26;
  text[length] = '\n';

  for (gsize offset = 0; offset <= length; offset += 1000)
    lading_log_line_splitter_push (splitter, text + offset, MIN (1000, length + 1 - offset),
                                   collect_cb, lines);

  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpmem (lines->pdata[0], strlen (lines->pdata[0]), text, length);
}

/* Past LADING_LOG_LINE_MAX a line without end comes in pieces. */
static void
test_log_line_endless (void)
{
  g_autoptr(LadingLogLineSplitter) splitter = lading_log_line_splitter_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const gsize length = LADING_LOG_LINE_MAX + 10;
  g_autofree char *text = g_malloc (length);

  memset (text, 'x', length);
  lading_log_line_splitter_push (splitter, text, 7, collect_cb, lines);
  lading_log_line_splitter_push (splitter, text + 7, length - 7, collect_cb, lines);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpuint (strlen (lines->pdata[0]), ==, LADING_LOG_LINE_MAX);

  lading_log_line_splitter_push (splitter, "y\n", 2, collect_cb, lines);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (lines->pdata[1], ==, "xxxxxxxxxxy");
}

static gint64
utc_ns (int year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        int nanoseconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, day, hour, minute, second);

  return g_date_time_to_unix (time) * G_GINT64_CONSTANT (1000000000) + nanoseconds;
}

static void
assert_timestamp (const char *line,
                  gint64      expected_ns,
                  const char *expected_text)
{
  const char *text = NULL;
  gsize text_length = 0;
  gint64 unix_ns = -1;

  g_assert_true (lading_log_line_split_timestamp (line, strlen (line), &unix_ns, &text,
                                                  &text_length));
  g_assert_cmpint (unix_ns, ==, expected_ns);
  g_assert_cmpmem (text, text_length, expected_text, strlen (expected_text));
}

static void
test_log_line_timestamp (void)
{
  assert_timestamp ("2026-11-28T03:28:47.208636565Z err 4",
                    utc_ns (2026, 11, 28, 3, 28, 47, 208636565), "err 4");
  assert_timestamp ("2026-11-28T03:28:47.000000000Z  two spaces",
                    utc_ns (2026, 11, 28, 3, 28, 47, 0), " two spaces");
  assert_timestamp ("1970-01-01T00:00:00.000000001Z", 1, "");
  assert_timestamp ("2026-11-28T03:28:47.5Z x", utc_ns (2026, 11, 28, 3, 28, 47, 500000000), "x");
  assert_timestamp ("2026-11-28T03:28:47Z x", utc_ns (2026, 11, 28, 3, 28, 47, 0), "x");
  assert_timestamp ("2024-02-29T23:59:59.999999999Z leap",
                    utc_ns (2024, 2, 29, 23, 59, 59, 999999999), "leap");
  assert_timestamp ("2026-11-28T04:28:47.1+01:00 x", utc_ns (2026, 11, 28, 3, 28, 47, 100000000),
                    "x");
  assert_timestamp ("2026-11-28T00:28:47.1-03:00 x", utc_ns (2026, 11, 28, 3, 28, 47, 100000000),
                    "x");
  /* Optional outputs. */
  g_assert_true (lading_log_line_split_timestamp ("2026-11-28T03:28:47Z", 20, NULL, NULL, NULL));
}

static void
assert_no_timestamp (const char *line)
{
  const char *text = NULL;
  gsize text_length = 0;
  gint64 unix_ns = -1;

  g_assert_false (lading_log_line_split_timestamp (line, strlen (line), &unix_ns, &text,
                                                   &text_length));
  g_assert_cmpint (unix_ns, ==, 0);
  g_assert_true (text == line);
  g_assert_cmpuint (text_length, ==, strlen (line));
}

static void
test_log_line_timestamp_garbage (void)
{
  const char *valid = "2026-11-28T03:28:47.208636565Z";

  assert_no_timestamp ("");
  assert_no_timestamp ("plain text");
  assert_no_timestamp ("2026-11-28T03:28:47.208636565Zx");
  assert_no_timestamp ("2026-11-28 03:28:47.208636565Z x");
  assert_no_timestamp ("2026-13-28T03:28:47Z x");
  assert_no_timestamp ("2026-02-29T03:28:47Z x");
  assert_no_timestamp ("2026-11-28T24:28:47Z x");
  assert_no_timestamp ("2026-11-28T03:28:47.2086365651Z x");
  assert_no_timestamp ("2026-11-28T03:28:47.Z x");
  assert_no_timestamp ("2026-11-28T03:28:47+0100 x");
  assert_no_timestamp ("1969-12-31T23:59:59Z x");
  assert_no_timestamp ("9999-12-31T23:59:59Z x");
  assert_no_timestamp ("2026-1a-28T03:28:47Z x");

  /* Every cut of a timestamp, cut before its zone. */
  for (gsize length = 0; length < strlen (valid); length++)
    {
      g_autofree char *cut = g_strndup (valid, length);

      assert_no_timestamp (cut);
    }
}

static void
test_log_line_api_time (void)
{
  g_autofree char *recent =
    lading_log_line_format_api_time (G_GINT64_CONSTANT (1700000000123456789));
  g_autofree char *zero = lading_log_line_format_api_time (0);
  g_autofree char *small = lading_log_line_format_api_time (5);

  g_assert_cmpstr (recent, ==, "1700000000.123456789");
  g_assert_cmpstr (zero, ==, "0.000000000");
  g_assert_cmpstr (small, ==, "0.000000005");
}

static void
assert_query (const char           *id,
              const LadingLogQuery *query,
              const char           *expected)
{
  g_autofree char *path = _lading_log_stream_build_path (id, query);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_log_line_query (void)
{
  LadingLogQuery all = { .tail = -1 };
  LadingLogQuery follow = { .tail = 1000, .follow = TRUE, .timestamps = TRUE };
  LadingLogQuery window = {
    .tail = 0,
    .since_ns = G_GINT64_CONSTANT (1700000000000000001),
    .until_ns = G_GINT64_CONSTANT (1700000060500000000),
  };

  assert_query ("abc", &all, "/containers/abc/logs?stdout=1&stderr=1");
  assert_query ("abc", &follow, "/containers/abc/logs?stdout=1&stderr=1&follow=1&timestamps=1"
                "&tail=1000");
  assert_query ("abc", &window, "/containers/abc/logs?stdout=1&stderr=1&tail=0"
                "&since=1700000000.000000001&until=1700000060.500000000");
  /* A name can never add a path segment or a query. */
  assert_query ("../x?y", &all, "/containers/..%2Fx%3Fy/logs?stdout=1&stderr=1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/log-line/split", test_log_line_split);
  g_test_add_func ("/api/log-line/crlf", test_log_line_crlf);
  g_test_add_func ("/api/log-line/no-final-newline", test_log_line_no_final_newline);
  g_test_add_func ("/api/log-line/huge", test_log_line_huge);
  g_test_add_func ("/api/log-line/endless", test_log_line_endless);
  g_test_add_func ("/api/log-line/timestamp", test_log_line_timestamp);
  g_test_add_func ("/api/log-line/timestamp-garbage", test_log_line_timestamp_garbage);
  g_test_add_func ("/api/log-line/api-time", test_log_line_api_time);
  g_test_add_func ("/api/log-line/query", test_log_line_query);

  return g_test_run ();
}
