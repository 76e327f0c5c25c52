/* bench-events.c
 *
 * The bench-events benchmark (run by bench-events.sh on a private engine
 * with 1,000 containers, 50 of them running).  It starts Lading, waits for
 * its first frame with rows and a warm-up, and then:
 *
 *  - renames one of the first rows' containers --rate times a second for
 *    --seconds (10 a second for 60 s): each rename is one engine event.
 *    The names keep their rows in place (lading-bench-0003 becomes
 *    lading-bench-0003-event-RUN-17, which sorts right after it), so each row
 *    stays on screen; Lading's benchmark hook (app/lading-bench-report.c)
 *    prints the time of the frame that first draws each new name.  An
 *    event's time to its row runs from just before the rename request to
 *    that frame, on the same monotonic clock;
 *  - reads Lading's CPU time over that span, and over the same span again
 *    once the events stop (idle).
 *
 * It prints the figures against the targets: event-to-row p95 ≤ 50 ms,
 * Lading's CPU ≤ 5 % of one core while the events come, and ≤ 0.05 s of
 * CPU over the idle span.  Missing a target is a result, not a failure: the
 * exit status is non-zero only when something could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-events"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "lading-test-util.h"

#define TEXT_MARK "-event-"
/* The rows renamed in turn: all on screen in a 1280×1024 window. */
#define N_RENAMED 20
#define GRACE_SECONDS 2

#define TARGET_P95_MS       50.0
#define TARGET_CPU_PERCENT  5.0
#define TARGET_IDLE_SECONDS 0.05

static int opt_seconds = 60;
static int opt_rate = 10;
static int opt_warmup = 10;
static char *opt_app;

typedef struct
{
  LadingEngine     *engine;
  GSubprocess      *app;
  GDataInputStream *report;
  GCancellable     *cancellable;

  GHashTable       *sent_us;       /* new name → gint64 *, when it was asked for */
  GArray           *latencies_ms;  /* of double */
  char             *names[N_RENAMED];
  guint             run;           /* in the new names: unique to this run */
  guint             n_sent;
  guint             n_failed;
  gboolean          first_frame;
  gboolean          report_ended;
} Bench;

static void read_report_line (Bench *self);

static void
report_line_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Bench *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const char *at;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object), result,
                                                    NULL, &error);
  if (line == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self->report_ended = TRUE;
      return;
    }

  if (g_str_has_prefix (line, "first-frame-monotonic-us="))
    self->first_frame = TRUE;
  else if (g_str_has_prefix (line, "text-painted=") &&
           (at = strstr (line, " monotonic-us=")) != NULL)
    {
      g_autofree char *painted = g_strndup (line + strlen ("text-painted="),
                                            at - line - strlen ("text-painted="));
      gint64 painted_us = g_ascii_strtoll (at + strlen (" monotonic-us="), NULL, 10);
      gint64 *sent_us = g_hash_table_lookup (self->sent_us, painted);

      if (sent_us != NULL)
        {
          double latency_ms = (painted_us - *sent_us) / 1000.0;

          g_array_append_val (self->latencies_ms, latency_ms);
        }
    }

  read_report_line (self);
}

static void
read_report_line (Bench *self)
{
  g_data_input_stream_read_line_async (self->report, G_PRIORITY_DEFAULT, self->cancellable,
                                       report_line_cb, self);
}

static void
start_app (Bench *self)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_setenv (launcher, "DOCKER_HOST",
                                g_getenv ("LADING_TEST_DOCKER_HOST"), TRUE);
  g_subprocess_launcher_setenv (launcher, "LADING_BENCH_REPORT", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "LADING_BENCH_TEXT_MARK", TEXT_MARK, TRUE);
  self->app = g_subprocess_launcher_spawn (launcher, &error, opt_app, NULL);
  if (self->app == NULL)
    g_error ("Could not start %s: %s", opt_app, error->message);

  self->report = g_data_input_stream_new (g_subprocess_get_stdout_pipe (self->app));
  read_report_line (self);
}

static gboolean
app_drew_rows (gpointer data)
{
  Bench *self = data;

  if (self->report_ended)
    g_error ("Lading ended before it drew its rows");

  return self->first_frame;
}

static void
rename_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Bench *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!lading_engine_rename_container_finish (LADING_ENGINE (object), result, &error))
    {
      g_printerr ("A rename failed: %s\n", error->message);
      self->n_failed++;
    }
}

/* Renames the next of the first N_RENAMED containers.  Each rename waits
 * for its turn of N_RENAMED ticks, so the one before has long finished. */
static gboolean
rename_next_cb (gpointer data)
{
  Bench *self = data;
  guint slot = self->n_sent % N_RENAMED;
  char *name = g_strdup_printf ("lading-bench-%04u" TEXT_MARK "%u-%u",
                                slot + 1, self->run, self->n_sent);
  gint64 *sent_us = g_new (gint64, 1);

  *sent_us = g_get_monotonic_time ();
  g_hash_table_insert (self->sent_us, g_strdup (name), sent_us);
  lading_engine_rename_container_async (self->engine, self->names[slot], name,
                                        self->cancellable, rename_cb, self);
  g_free (self->names[slot]);
  self->names[slot] = name;
  self->n_sent++;

  return G_SOURCE_CONTINUE;
}

static void
list_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

/* The renamed containers' names now: an earlier run (the other renderer's)
 * left them renamed. */
static void
find_names (Bench *self)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_list_containers_async (self->engine, NULL, list_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  containers = lading_engine_list_containers_finish (self->engine, result, &error);
  if (containers == NULL)
    g_error ("Could not list the containers: %s", error->message);

  for (guint i = 0; i < containers->len; i++)
    {
      const char *name = lading_container_get_name (g_ptr_array_index (containers, i));
      guint number;

      /* lading-bench-NNNN, or lading-bench-NNNN-event-K */
      if (!g_str_has_prefix (name, "lading-bench-") || strlen (name) < strlen ("lading-bench-0000"))
        continue;
      number = g_ascii_strtoull (name + strlen ("lading-bench-"), NULL, 10);
      if (number >= 1 && number <= N_RENAMED)
        {
          g_free (self->names[number - 1]);
          self->names[number - 1] = g_strdup (name);
        }
    }

  for (guint i = 0; i < N_RENAMED; i++)
    if (self->names[i] == NULL)
      g_error ("No container lading-bench-%04u", i + 1);
}

static void
bench_clear (Bench *self)
{
  g_cancellable_cancel (self->cancellable);
  if (self->app != NULL)
    {
      g_subprocess_send_signal (self->app, SIGTERM);
      g_subprocess_wait (self->app, NULL, NULL);
    }
  g_clear_object (&self->report);
  g_clear_object (&self->app);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->sent_us, g_hash_table_unref);
  g_clear_pointer (&self->latencies_ms, g_array_unref);
  for (guint i = 0; i < N_RENAMED; i++)
    g_clear_pointer (&self->names[i], g_free);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &opt_app, "The lading executable", "PATH" },
    { "seconds", 0, 0, G_OPTION_ARG_INT, &opt_seconds, "Span of events, and of idle (60)", "N" },
    { "rate", 0, 0, G_OPTION_ARG_INT, &opt_rate, "Events a second (10)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &opt_warmup, "Seconds after the first frame (10)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- Lading's event path");
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = NULL;
  Bench self = { 0 };
  double cpu_start, events_cpu, idle_cpu, cpu_percent, p95;
  guint timer;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (opt_app == NULL || opt_seconds < 1 || opt_rate < 1 || opt_warmup < 0)
    g_error ("usage: bench-events --app PATH [--seconds N] [--rate N] [--warmup N]");

  self.engine = lading_test_connected_engine_new ();
  self.cancellable = g_cancellable_new ();
  self.sent_us = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.latencies_ms = g_array_new (FALSE, FALSE, sizeof (double));
  find_names (&self);
  self.run = g_random_int_range (0, 1000000);

  start_app (&self);
  lading_test_await (app_drew_rows, &self, "Lading's first frame with rows");
  pid = g_strdup (g_subprocess_get_identifier (self.app));
  bench_run_for (opt_warmup);

  cpu_start = bench_process_cpu_seconds (pid);
  timer = g_timeout_add (1000 / opt_rate, rename_next_cb, &self);
  bench_run_for (opt_seconds);
  g_source_remove (timer);
  events_cpu = bench_process_cpu_seconds (pid) - cpu_start;

  /* The last renames' rows may still be on their way. */
  bench_run_for (GRACE_SECONDS);
  cpu_start = bench_process_cpu_seconds (pid);
  bench_run_for (opt_seconds);
  idle_cpu = bench_process_cpu_seconds (pid) - cpu_start;
  if (self.report_ended)
    g_error ("Lading ended during the benchmark");

  g_print ("\n%u renames (%u failed), %u of them drawn in their rows\n",
           self.n_sent, self.n_failed, self.latencies_ms->len);
  g_print ("%-40s %15s %-12s %s\n", "measure", "value", "target", "met");
  p95 = bench_percentile (self.latencies_ms, 0.95);
  cpu_percent = 100 * events_cpu / opt_seconds;
  bench_print_target_row ("event to row, median", bench_percentile (self.latencies_ms, 0.5),
                          "ms", "-", TRUE);
  bench_print_target_row ("event to row, p95", p95, "ms", "<= 50 ms",
                          p95 <= TARGET_P95_MS && self.latencies_ms->len == self.n_sent);
  bench_print_target_row ("event to row, slowest", bench_percentile (self.latencies_ms, 1.0),
                          "ms", "-", TRUE);
  bench_print_target_row ("Lading's CPU while the events come", cpu_percent, "%", "<= 5 %",
                          cpu_percent <= TARGET_CPU_PERCENT);
  bench_print_target_row ("Lading's CPU time, idle", idle_cpu, "s", "<= 0.05 s",
                          idle_cpu <= TARGET_IDLE_SECONDS * opt_seconds / 60);

  bench_clear (&self);
  return EXIT_SUCCESS;
}
