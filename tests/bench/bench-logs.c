/* bench-logs.c
 *
 * The bench-logs benchmark (run by bench-logs.sh on a private engine that
 * holds a container whose log has 1,000,000 lines, about 100 MB, and one
 * with 1,000 lines).  It measures, as medians of several runs:
 *
 *  - first screen: in a new process each time, from
 *    lading_log_view_set_container() to the first frame that shows the
 *    log's last line (the view loads the last "log-lines" lines, 1,000);
 *  - the RSS of that process then, for both logs: the difference is what a
 *    huge log costs the viewer;
 *  - Export Full Log (lading_engine_export_logs_async() into a file, from
 *    the request to the file closed) against `docker logs NAME > FILE`.
 *
 * It prints the figures against the targets.  Missing a target is a
 * result, not a failure: the exit status is non-zero only when something
 * could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-logs"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "lading-log-reader.h"
#include "lading-log-view.h"
#include "lading-widgets.h"

/* Targets from the issue that asked for this benchmark. */
#define TARGET_FIRST_SCREEN  150.0  /* ms */
#define TARGET_EXPORT_RATIO  0.9    /* Lading's speed / the CLI's */
#define TARGET_RSS_GROWTH    50.0   /* MB */

/* Far beyond any healthy run: only a hang gets near it. */
#define TIMEOUT_SECONDS 120

static char *opt_big;
static char *opt_small;
static int opt_big_lines = 1000000;
static int opt_small_lines = 1000;
static int opt_runs = 5;
static char *opt_view;
static char *opt_expect;
static char *opt_dir;

typedef struct
{
  gboolean  done;
  GError   *error;
} Connect;

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Connect *connect = user_data;

  lading_engine_connect_finish (LADING_ENGINE (object), result, &connect->error);
  connect->done = TRUE;
}

/* The engine of DOCKER_HOST, its API version negotiated (as the app's
 * store does before anything is shown). */
static LadingEngine *
engine_from_env (void)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  const char *host = g_getenv ("DOCKER_HOST");
  Connect connect = { 0 };

  if (host == NULL || !(endpoint = lading_endpoint_new_for_uri (host, &error)))
    g_error ("DOCKER_HOST: %s", error != NULL ? error->message : "not set");

  engine = lading_engine_new (endpoint);
  lading_engine_connect_async (engine, NULL, connect_cb, &connect);
  while (!connect.done)
    g_main_context_iteration (NULL, TRUE);
  if (connect.error != NULL)
    g_error ("%s: %s", host, connect.error->message);

  return g_steal_pointer (&engine);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("Timed out: %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

static long
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return -1;

  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

/* {{{ The child: one view, one measurement */

typedef struct
{
  LadingLogView *view;
  guint          n_frames;
  gint64         start_us;
  gboolean       done;
} View;

static void
after_paint_cb (GdkFrameClock *clock,
                View          *view)
{
  g_autofree char *text = NULL;

  view->n_frames++;
  if (view->start_us == 0 || view->done)
    return;

  text = vte_terminal_get_text (lading_log_view_get_terminal (view->view), NULL, NULL, NULL);
  if (strstr (text, opt_expect) == NULL)
    return;

  view->done = TRUE;
  g_print ("first-screen-ms=%.1f\n", (g_get_monotonic_time () - view->start_us) / 1000.0);
  g_print ("rss-kb=%ld\n", read_rss_kb ());
}

static void
inspect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  View *view = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LadingContainer) container =
    lading_engine_inspect_container_finish (LADING_ENGINE (object), result, &error);

  if (container == NULL)
    g_error ("%s: %s", opt_view, error->message);

  view->start_us = g_get_monotonic_time ();
  lading_log_view_set_container (view->view, LADING_ENGINE (object), container);
}

static int
run_view (void)
{
  g_autoptr(LadingEngine) engine = engine_from_env ();
  View view = { 0 };
  GtkWindow *window;

  gtk_init ();
  lading_widgets_init ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  view.view = lading_log_view_new ();
  gtk_window_set_child (window, GTK_WIDGET (view.view));
  gtk_window_present (window);

  /* The window has drawn itself before the clock starts: what is timed is
   * the log, not GTK's start-up (with GL, the first frames compile shaders). */
  while (!gtk_widget_get_mapped (GTK_WIDGET (view.view)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (view.view)), "after-paint",
                    G_CALLBACK (after_paint_cb), &view);
  while (view.n_frames < 2)
    g_main_context_iteration (NULL, TRUE);
  lading_engine_inspect_container_async (engine, opt_view, NULL, inspect_cb, &view);
  g_timeout_add_seconds (TIMEOUT_SECONDS, timeout_cb, (gpointer) "the first screen");

  while (!view.done)
    g_main_context_iteration (NULL, TRUE);

  return EXIT_SUCCESS;
}

/* }}} */

/* {{{ The parent */

static double
read_figure (const char *out,
             const char *key)
{
  const char *p = strstr (out, key);

  if (p == NULL)
    g_error ("the child printed no %s: %s", key, out);

  return g_ascii_strtod (p + strlen (key), NULL);
}

/* One child process showing @name; *ms and *rss_mb from what it printed. */
static void
measure_view (const char *self_path,
              const char *name,
              int         lines,
              double     *ms,
              double     *rss_mb)
{
  g_autofree char *expect = g_strdup_printf ("line %07d", lines - 1);
  const char *argv[] = { self_path, "--view", name, "--expect", expect, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (child == NULL || !g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error))
    g_error ("%s: %s", name, error->message);
  if (!g_subprocess_get_successful (child))
    g_error ("the view of %s failed", name);

  *ms = read_figure (out, "first-screen-ms=");
  *rss_mb = read_figure (out, "rss-kb=") / 1024.0;
  g_print ("  view %-24s first screen %7.1f ms  RSS %6.1f MB\n", name, *ms, *rss_mb);
}

typedef struct
{
  GOutputStream *output;
  goffset        written;
  gboolean       done;
  GError        *error;
} Export;

static void
close_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Export *export = user_data;

  g_output_stream_close_finish (G_OUTPUT_STREAM (object), result, &export->error);
  export->done = TRUE;
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Export *export = user_data;

  export->written = lading_engine_export_logs_finish (LADING_ENGINE (object), result,
                                                      &export->error);
  if (export->written < 0)
    {
      export->done = TRUE;
      return;
    }

  g_output_stream_close_async (export->output, G_PRIORITY_DEFAULT, NULL, close_cb, export);
}

/* Seconds from the request to the file closed. */
static double
measure_export (LadingEngine *engine,
                const char   *id,
                const char   *path,
                goffset      *written)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GError) error = NULL;
  Export export = { 0 };
  gint64 start = g_get_monotonic_time ();

  if (!(output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error)))
    g_error ("%s: %s", path, error->message);

  export.output = G_OUTPUT_STREAM (output);
  lading_engine_export_logs_async (engine, id, FALSE, FALSE, export.output, NULL, NULL, NULL,
                                   export_cb, &export);
  while (!export.done)
    g_main_context_iteration (NULL, TRUE);

  if (export.error != NULL)
    g_error ("export: %s", export.error->message);

  *written = export.written;
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static double
measure_cli (const char *name,
             const char *path,
             goffset    *size)
{
  g_autofree char *command = g_strdup_printf ("docker logs %s > %s", name, path);
  const char *argv[] = { "sh", "-c", command, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  if (child == NULL || !g_subprocess_wait_check (child, NULL, &error))
    g_error ("%s: %s", command, error->message);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
  if (info == NULL)
    g_error ("%s: %s", path, error->message);
  *size = g_file_info_get_size (info);

  return seconds;
}

static int
run_parent (const char *self_path)
{
  g_autoptr(LadingEngine) engine = engine_from_env ();
  g_autoptr(GArray) screen_small = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) screen_big = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss_small = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss_big = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lading = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *lading_path = g_build_filename (opt_dir, "lading.log", NULL);
  g_autofree char *cli_path = g_build_filename (opt_dir, "cli.log", NULL);
  double ms, mb, seconds, ratio, growth;
  goffset written = 0, size = 0;

  g_timeout_add_seconds (TIMEOUT_SECONDS * opt_runs * 4, timeout_cb, (gpointer) "the benchmark");

  for (int i = 0; i < opt_runs; i++)
    {
      measure_view (self_path, opt_small, opt_small_lines, &ms, &mb);
      g_array_append_val (screen_small, ms);
      g_array_append_val (rss_small, mb);
      measure_view (self_path, opt_big, opt_big_lines, &ms, &mb);
      g_array_append_val (screen_big, ms);
      g_array_append_val (rss_big, mb);
    }

  /* One warm-up each, so both read a log the page cache holds. */
  for (int i = 0; i <= opt_runs; i++)
    {
      seconds = measure_cli (opt_big, cli_path, &size);
      g_print ("  docker logs > file     %6.2f s  %" G_GOFFSET_FORMAT " bytes\n", seconds, size);
      if (i > 0)
        g_array_append_val (cli, seconds);
      seconds = measure_export (engine, opt_big, lading_path, &written);
      g_print ("  Lading export          %6.2f s  %" G_GOFFSET_FORMAT " bytes\n", seconds, written);
      if (i > 0)
        g_array_append_val (lading, seconds);
      if (written != size)
        g_error ("the export wrote %" G_GOFFSET_FORMAT " bytes, docker logs %" G_GOFFSET_FORMAT,
                 written, size);
    }
  g_remove (lading_path);
  g_remove (cli_path);

  ratio = bench_median (cli) / bench_median (lading);
  growth = bench_median (rss_big) - bench_median (rss_small);

  g_print ("\nMedians of %d runs            %10s     %-12s\n", opt_runs, "", "target");
  bench_print_target_row ("first screen, 1,000-line log", bench_median (screen_small), "ms",
                          "<= 150 ms", bench_median (screen_small) <= TARGET_FIRST_SCREEN);
  bench_print_target_row ("first screen, 1,000,000-line log", bench_median (screen_big), "ms",
                          "<= 150 ms", bench_median (screen_big) <= TARGET_FIRST_SCREEN);
  bench_print_target_row ("export, Lading", bench_median (lading), "s", "", TRUE);
  bench_print_target_row ("export, docker logs > file", bench_median (cli), "s", "", TRUE);
  bench_print_target_row ("export speed, Lading / CLI", ratio, "x", ">= 0.9x",
                          ratio >= TARGET_EXPORT_RATIO);
  bench_print_target_row ("viewer RSS, 1,000-line log", bench_median (rss_small), "MB", "", TRUE);
  bench_print_target_row ("viewer RSS, 1,000,000-line log", bench_median (rss_big), "MB", "",
                          TRUE);
  bench_print_target_row ("RSS growth with the big log", growth, "MB", "<= 50 MB",
                          growth <= TARGET_RSS_GROWTH);

  return EXIT_SUCCESS;
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "big", 0, 0, G_OPTION_ARG_STRING, &opt_big, "The container with the big log", "NAME" },
    { "small", 0, 0, G_OPTION_ARG_STRING, &opt_small, "The container with 1,000 lines", "NAME" },
    { "big-lines", 0, 0, G_OPTION_ARG_INT, &opt_big_lines, "Lines in the big log", "N" },
    { "small-lines", 0, 0, G_OPTION_ARG_INT, &opt_small_lines, "Lines in the small log", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Runs per figure (5)", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_dir, "Where to write the exports", "DIR" },
    { "view", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_view, NULL, NULL },
    { "expect", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_expect, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time Lading's log viewer");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  if (opt_view != NULL && opt_expect != NULL)
    return run_view ();

  if (opt_big == NULL || opt_small == NULL || opt_dir == NULL || opt_runs < 1)
    g_error ("usage: bench-logs --big NAME --small NAME --dir DIR [--runs N]");

  return run_parent (argv[0]);
}
