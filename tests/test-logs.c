/* test-logs.c
 *
 * Reading and exporting container logs against the real private engine:
 * streams kept apart, TTY logs, tail, since/until, follow, export bytes and
 * errors.  Each container prints known text and the tests compare with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-log-reader.h"
#include "lading-test-util.h"

#define N_EXPORT_LINES 20000

/* Creates and starts a container running `sh -c @script`; with @wait_exit,
 * returns once it has exited, so its whole log is written. */
static char *
run_container (const char *name,
               const char *script,
               gboolean    tty,
               gboolean    wait_exit)
{
  g_autofree char *id = lading_test_create_script_container (name, script,
                                                             tty ? "\"Tty\":true" : NULL);

  lading_test_container_action (id, "start", 204);

  if (wait_exit)
    {
      g_autofree char *wait_path = g_strdup_printf ("/containers/%s/wait", id);
      g_autoptr(JsonNode) exited = NULL;
      guint status = 0;

      exited = lading_test_api ("POST", wait_path, NULL, &status);
      g_assert_cmpuint (status, ==, 200);
    }

  return g_steal_pointer (&id);
}

typedef struct
{
  GPtrArray *lines;        /* LadingLogLine, copies */
  guint      n_batches;
  gboolean   finished;
  GError    *error;
} Collector;

static void
collector_clear (Collector *collector)
{
  g_clear_pointer (&collector->lines, g_ptr_array_unref);
  g_clear_error (&collector->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collector, collector_clear)

static void
lines_cb (LadingLogReader *reader,
          GPtrArray       *lines,
          Collector       *collector)
{
  g_assert_false (collector->finished);
  g_assert_cmpuint (lines->len, >, 0);

  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (collector->lines, lading_log_line_copy (lines->pdata[i]));
  collector->n_batches++;
}

static void
finished_cb (LadingLogReader *reader,
             const GError    *error,
             Collector       *collector)
{
  g_assert_false (collector->finished);
  collector->finished = TRUE;
  collector->error = error != NULL ? g_error_copy (error) : NULL;
}

static gboolean
collector_finished (gpointer data)
{
  return ((Collector *)data)->finished;
}

static LadingLogReader *
start_reader (LadingEngine         *engine,
              const char           *id,
              gboolean              tty,
              const LadingLogQuery *query,
              Collector            *collector)
{
  LadingLogReader *reader = lading_log_reader_new (engine, id, tty, query);

  collector->lines = g_ptr_array_new_with_free_func ((GDestroyNotify)lading_log_line_free);
  g_signal_connect (reader, "lines", G_CALLBACK (lines_cb), collector);
  g_signal_connect (reader, "finished", G_CALLBACK (finished_cb), collector);
  lading_log_reader_start (reader);

  return reader;
}

/* Reads the log to its end and fails the test on an error. */
static void
read_all (LadingEngine         *engine,
          const char           *id,
          gboolean              tty,
          const LadingLogQuery *query,
          Collector            *collector)
{
  g_autoptr(LadingLogReader) reader = start_reader (engine, id, tty, query, collector);

  lading_test_await (collector_finished, collector, "the end of the log");
  g_assert_no_error (collector->error);
}

/* "1:out 1|2:err 1" for lines of the given streams (-1: all). */
static char *
join_lines (GPtrArray *lines,
            int        stream)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      LadingLogLine *line = lines->pdata[i];

      if (stream >= 0 && (int)line->stream != stream)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '|');
      g_string_append_printf (text, "%d:%s", line->stream, line->text);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_logs_streams (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = -1, .timestamps = TRUE };
  gint64 before = g_get_real_time () * 1000;

  id = run_container ("lading-test-logs-streams",
                      "echo out 1; echo err 1 >&2; printf 'out \\033[1mbold\\033[0m\\r\\n';"
                      " echo err 2 >&2; printf 'no newline'", FALSE, TRUE);
  read_all (engine, id, FALSE, &query, &collector);

  /* The two streams are separate pipes, so only each one's order is fixed. */
  out = join_lines (collector.lines, LADING_LOG_STREAM_STDOUT);
  err = join_lines (collector.lines, LADING_LOG_STREAM_STDERR);
  g_assert_cmpstr (out, ==, "1:out 1|1:out \033[1mbold\033[0m|1:no newline");
  g_assert_cmpstr (err, ==, "2:err 1|2:err 2");
  g_assert_cmpuint (collector.lines->len, ==, 5);

  for (guint i = 0; i < collector.lines->len; i++)
    {
      LadingLogLine *line = collector.lines->pdata[i];

      /* A minute of slack for the engine's and our clock. */
      g_assert_cmpint (line->timestamp_ns, >, before - G_GINT64_CONSTANT (60000000000));
      g_assert_cmpint (line->timestamp_ns, <, g_get_real_time () * 1000 + 60000000000);
    }

  lading_test_remove_container (id);
}

static void
test_logs_tty (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_autofree char *all = NULL;
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = -1 };

  id = run_container ("lading-test-logs-tty", "echo tty 1; echo tty 2 >&2", TRUE, TRUE);
  read_all (engine, id, TRUE, &query, &collector);

  /* One raw stream; the TTY's "\r\n" is a plain line end. */
  all = join_lines (collector.lines, -1);
  g_assert_cmpstr (all, ==, "1:tty 1|1:tty 2");
  g_assert_cmpint (((LadingLogLine *)collector.lines->pdata[0])->timestamp_ns, ==, 0);

  lading_test_remove_container (id);
}

static void
test_logs_tail (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_autofree char *last = NULL;
  g_autofree char *none = NULL;
  g_auto(Collector) collector = { NULL };
  g_auto(Collector) empty = { NULL };
  LadingLogQuery tail = { .tail = 3 };
  LadingLogQuery zero = { .tail = 0 };

  id = run_container ("lading-test-logs-tail",
                      "i=1; while [ $i -le 10 ]; do echo line $i; i=$((i+1)); done", FALSE, TRUE);

  read_all (engine, id, FALSE, &tail, &collector);
  last = join_lines (collector.lines, -1);
  g_assert_cmpstr (last, ==, "1:line 8|1:line 9|1:line 10");

  read_all (engine, id, FALSE, &zero, &empty);
  none = join_lines (empty.lines, -1);
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpuint (empty.n_batches, ==, 0);

  lading_test_remove_container (id);
}

static void
test_logs_since_until (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_autofree char *newer = NULL;
  g_autofree char *older = NULL;
  g_auto(Collector) all = { NULL };
  g_auto(Collector) since = { NULL };
  g_auto(Collector) until = { NULL };
  LadingLogQuery query = { .tail = -1, .timestamps = TRUE };
  gint64 first_ns, last_ns;

  id = run_container ("lading-test-logs-since", "echo early; echo middle; echo late", FALSE, TRUE);

  read_all (engine, id, FALSE, &query, &all);
  g_assert_cmpuint (all.lines->len, ==, 3);
  first_ns = ((LadingLogLine *)all.lines->pdata[0])->timestamp_ns;
  last_ns = ((LadingLogLine *)all.lines->pdata[2])->timestamp_ns;
  g_assert_cmpint (first_ns, <, last_ns);

  /* Both ends are inclusive, so one nanosecond past a line leaves it out. */
  query.since_ns = first_ns + 1;
  read_all (engine, id, FALSE, &query, &since);
  newer = join_lines (since.lines, -1);
  g_assert_cmpstr (newer, ==, "1:middle|1:late");

  query.since_ns = 0;
  query.until_ns = last_ns - 1;
  read_all (engine, id, FALSE, &query, &until);
  older = join_lines (until.lines, -1);
  g_assert_cmpstr (older, ==, "1:early|1:middle");

  lading_test_remove_container (id);
}

static gboolean
two_new_ticks (gpointer data)
{
  Collector *collector = data;

  return collector->lines->len >= 2 || collector->finished;
}

static void
finalized_cb (gpointer  data,
              GObject  *where_the_object_was)
{
  *(gboolean *)data = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *)data;
}

static void
test_logs_follow (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = 0, .follow = TRUE };
  LadingLogReader *reader;
  gboolean finalized = FALSE;
  guint n_lines;

  id = run_container ("lading-test-logs-follow",
                      "i=0; while :; do i=$((i+1)); echo tick $i; sleep 0.2; done", FALSE, FALSE);

  /* tail=0: only lines printed after the reader started can arrive. */
  reader = start_reader (engine, id, FALSE, &query, &collector);
  lading_test_await (two_new_ticks, &collector, "two new lines");
  g_assert_false (collector.finished);
  g_assert_true (g_str_has_prefix (((LadingLogLine *)collector.lines->pdata[0])->text, "tick "));
  g_assert_cmpstr (((LadingLogLine *)collector.lines->pdata[0])->text, !=,
                   ((LadingLogLine *)collector.lines->pdata[1])->text);

  /* Stopped, it lets go of itself once the read is cancelled and says
   * nothing more, although the container keeps printing. */
  n_lines = collector.lines->len;
  g_object_weak_ref (G_OBJECT (reader), finalized_cb, &finalized);
  lading_log_reader_stop (reader);
  g_object_unref (reader);
  lading_test_await (flag_set, &finalized, "the stopped reader to go");
  g_assert_cmpuint (collector.lines->len, ==, n_lines);
  g_assert_false (collector.finished);

  lading_test_remove_container (id);
}

/* Following a container that stops ends cleanly. */
static void
test_logs_follow_end (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = NULL;
  g_autofree char *all = NULL;
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = -1, .follow = TRUE };

  id = run_container ("lading-test-logs-follow-end", "echo one; sleep 0.5; echo two", FALSE,
                      FALSE);
  read_all (engine, id, FALSE, &query, &collector);
  all = join_lines (collector.lines, -1);
  g_assert_cmpstr (all, ==, "1:one|1:two");

  lading_test_remove_container (id);
}

static void
test_logs_not_found (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingLogReader) reader = NULL;
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = -1 };
  g_autoptr(GAsyncResult) result = NULL;

  reader = start_reader (engine, "lading-test-logs-missing", FALSE, &query, &collector);
  lading_test_await (collector_finished, &collector, "the reader to fail");
  g_assert_error (collector.error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (collector.error->message, "lading-test-logs-missing"));
  g_assert_cmpuint (collector.lines->len, ==, 0);

  lading_engine_export_logs_async (engine, "lading-test-logs-missing", FALSE, FALSE, output,
                                   NULL, NULL, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the export to fail");
  g_assert_cmpint (lading_engine_export_logs_finish (engine, result, &error), ==, -1);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
}

#define EXPORT_SCRIPT \
  "i=1; while [ $i -le 20000 ]; do echo \"out $i $i $i\";" \
  " if [ $((i % 200)) -eq 0 ]; then echo \"err $i\" >&2; fi; i=$((i+1)); done"

typedef struct
{
  guint   n_calls;
  goffset last;
} Progress;

static void
progress_cb (goffset  written,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpint (written, >=, progress->last);
  progress->last = written;
  progress->n_calls++;
}

/* Exports into a new file and returns what the file holds. */
static GBytes *
export_to_file (LadingEngine *engine,
                const char   *id,
                gboolean      tty,
                gboolean      timestamps)
{
  g_autoptr(GFileIOStream) io = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("lading-export-XXXXXX", &io, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) contents = NULL;
  Progress progress = { 0, 0 };
  g_autoptr(GAsyncResult) result = NULL;
  goffset written;

  g_assert_nonnull (file);
  lading_engine_export_logs_async (engine, id, tty, timestamps,
                                   g_io_stream_get_output_stream (G_IO_STREAM (io)),
                                   progress_cb, &progress, NULL,
                                   lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the export");
  written = lading_engine_export_logs_finish (engine, result, &error);
  g_assert_no_error (error);
  g_assert_true (g_io_stream_close (G_IO_STREAM (io), NULL, &error));
  g_assert_no_error (error);

  contents = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (written, ==, g_bytes_get_size (contents));
  /* At least the final report, which has the total. */
  g_assert_cmpuint (progress.n_calls, >=, 1);
  g_assert_cmpint (progress.last, ==, written);
  g_assert_true (g_file_delete (file, NULL, &error));

  return g_steal_pointer (&contents);
}

/* Checks the stdout and stderr lines of EXPORT_SCRIPT, each in order, and
 * that there is nothing else; with @timestamps each line has its time. */
static void
assert_export_script_output (GBytes   *contents,
                             gboolean  timestamps)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (contents, NULL),
                                     g_bytes_get_size (contents));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint next_out = 1, next_err = 200;
  guint n_lines = g_strv_length (lines);

  g_assert_cmpstr (lines[n_lines - 1], ==, "");
  for (guint i = 0; i + 1 < n_lines; i++)
    {
      const char *line = lines[i];
      g_autofree char *expected_out = g_strdup_printf ("out %u %u %u", next_out, next_out,
                                                       next_out);
      g_autofree char *expected_err = g_strdup_printf ("err %u", next_err);
      gsize length = strlen (line);

      if (timestamps)
        {
          g_assert_true (lading_log_line_split_timestamp (lines[i], strlen (lines[i]), NULL,
                                                          &line, &length));
        }

      if (length == strlen (expected_out) && memcmp (line, expected_out, length) == 0)
        next_out++;
      else if (length == strlen (expected_err) && memcmp (line, expected_err, length) == 0)
        next_err += 200;
      else
        g_error ("Unexpected line %u: %s", i, lines[i]);
    }

  g_assert_cmpuint (next_out, ==, N_EXPORT_LINES + 1);
  g_assert_cmpuint (next_err, ==, N_EXPORT_LINES + 200);
}

static void
test_logs_export (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = run_container ("lading-test-logs-export", EXPORT_SCRIPT, FALSE, TRUE);
  g_autoptr(GBytes) plain = export_to_file (engine, id, FALSE, FALSE);
  g_autoptr(GBytes) stamped = export_to_file (engine, id, FALSE, TRUE);

  assert_export_script_output (plain, FALSE);
  assert_export_script_output (stamped, TRUE);
  /* "2026-11-28T03:28:47.208636565Z " is 31 bytes more per line. */
  g_assert_cmpuint (g_bytes_get_size (stamped), ==,
                    g_bytes_get_size (plain) + 31 * (N_EXPORT_LINES + N_EXPORT_LINES / 200));

  lading_test_remove_container (id);
}

static void
test_logs_export_tty (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = run_container ("lading-test-logs-export-tty",
                                       "echo tty 1; printf 'tty 2 \\033[31mred'", TRUE, TRUE);
  g_autoptr(GBytes) contents = export_to_file (engine, id, TRUE, FALSE);
  const char expected[] = "tty 1\r\ntty 2 \033[31mred";

  /* A TTY's bytes exactly as the terminal got them. */
  g_assert_cmpmem (g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                   expected, strlen (expected));

  lading_test_remove_container (id);
}

/* A big log comes in batches, not one emission per line. */
static void
test_logs_batches (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autofree char *id = run_container ("lading-test-logs-batches", EXPORT_SCRIPT, FALSE, TRUE);
  g_auto(Collector) collector = { NULL };
  LadingLogQuery query = { .tail = -1 };

  read_all (engine, id, FALSE, &query, &collector);
  g_assert_cmpuint (collector.lines->len, ==, N_EXPORT_LINES + N_EXPORT_LINES / 200);
  g_assert_cmpuint (collector.n_batches * 20, <, collector.lines->len);

  lading_test_remove_container (id);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/logs/streams", test_logs_streams);
  g_test_add_func ("/integration/logs/tty", test_logs_tty);
  g_test_add_func ("/integration/logs/tail", test_logs_tail);
  g_test_add_func ("/integration/logs/since-until", test_logs_since_until);
  g_test_add_func ("/integration/logs/follow", test_logs_follow);
  g_test_add_func ("/integration/logs/follow-end", test_logs_follow_end);
  g_test_add_func ("/integration/logs/not-found", test_logs_not_found);
  g_test_add_func ("/integration/logs/export", test_logs_export);
  g_test_add_func ("/integration/logs/export-tty", test_logs_export_tty);
  g_test_add_func ("/integration/logs/batches", test_logs_batches);

  return g_test_run ();
}
