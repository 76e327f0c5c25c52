/* bench-list.c
 *
 * The bench-list benchmark (run by bench-list.sh on a private engine that
 * holds 1,000 containers and 200 images).  It measures, as medians of
 * several runs after one warm-up run each:
 *
 *  - LadingEngine's list + parse of containers and images, from the request
 *    to the finish callback with the main loop running, against curl
 *    fetching the same URL over the same socket (curl's own time_total) and
 *    against the docker CLI listing the same objects (wall time);
 *  - the time from spawning Lading to its first frame with a container row
 *    drawn, and its RSS then, read from the app's benchmark hook
 *    (app/lading-bench-report.c), with the default GSK renderer and with
 *    cairo; an empty libadwaita window (bench-empty-window) measured the
 *    same way is the baseline, so Lading's own share of the RSS shows.
 *
 * The contenders of each comparison take turns, run by run, so that a slow
 * spell of a shared machine weighs on both sides of a ratio.  It prints a
 * table of the figures against the targets.  Missing a target
 * is a result, not a failure: the exit status is non-zero only when
 * something could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "lading-engine.h"

/* Targets of the issues that asked for this benchmark: list+parse and the
 * first frame against their baselines, Lading's own share of the RSS. */
#define TARGET_LIST_RATIO    1.2
#define TARGET_FRAME_RATIO   1.5
#define TARGET_RSS_SHARE     40.0   /* MB */

/* Far beyond any healthy run: only a hung child gets near it. */
#define CHILD_TIMEOUT_SECONDS 60

typedef void       (*ListAsyncFunc)  (LadingEngine         *engine,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
typedef GPtrArray *(*ListFinishFunc) (LadingEngine         *engine,
                                      GAsyncResult         *result,
                                      GError              **error);

typedef struct
{
  const char     *name;
  const char     *path;          /* the path lading-engine-calls.c asks for */
  const char     *cli[4];        /* the docker command listing the same objects */
  ListAsyncFunc   list_async;
  ListFinishFunc  list_finish;
} ListKind;

static const ListKind list_kinds[] = {
  { "containers", "/containers/json?all=1", { "docker", "ps", "-a", NULL },
    lading_engine_list_containers_async, lading_engine_list_containers_finish },
  { "images", "/images/json", { "docker", "images", NULL, NULL },
    lading_engine_list_images_async, lading_engine_list_images_finish },
};

typedef struct
{
  gboolean    lading;            /* else the empty window */
  const char *renderer;          /* GSK_RENDERER, or NULL for GTK's default */
} WindowKind;

static const char *renderers[] = { NULL, "cairo" };

typedef struct
{
  guint  n_items;
  double lading_ms;
  double curl_ms;
  double cli_ms;
} ListFigures;

typedef struct
{
  double frame_ms;
  double rss_mb;
} WindowFigures;

typedef struct
{
  /* Options */
  char          *app;
  char          *empty_window;
  char          *schema_dir;
  int            runs;
  int            app_runs;

  /* Owned */
  LadingEngine  *engine;
  char          *socket_path;

  /* Results */
  guint          last_n_items;
  ListFigures    lists[G_N_ELEMENTS (list_kinds)];
  WindowFigures  lading[G_N_ELEMENTS (renderers)];
  WindowFigures  empty[G_N_ELEMENTS (renderers)];
} Bench;

/* One run of a measurement: fills one or two figures. */
typedef gboolean (*SampleFunc) (Bench          *self,
                                gconstpointer   what,
                                double          figures[2],
                                GError        **error);

typedef struct
{
  GAsyncResult *result;
  gint64        done_us;
} Completion;

static void
completion_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Completion *completion = user_data;

  /* Taken first: what the benchmark times ends here. */
  completion->done_us = g_get_monotonic_time ();
  completion->result = g_object_ref (result);
}

static void
completion_wait (Completion *completion)
{
  while (completion->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
print_samples (const char *label,
               GArray     *samples)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < samples->len; i++)
    g_string_append_printf (line, " %.1f", g_array_index (samples, double, i));

  g_print ("  %-40s%s\n", label, line->str);
}

/* One contender of a comparison: @sample fills @n_figures figures a run. */
typedef struct
{
  const char    *labels[2];
  guint          n_figures;
  SampleFunc     sample;
  gconstpointer  what;
  GArray        *samples[2];  /* of double */
  double         medians[2];
} Contender;

/* Runs each contender once to warm caches up, then @runs times, taking turns
 * so that a slow spell of the machine hits each side of a ratio alike, and
 * stores the median of each figure. */
static gboolean
measure (Bench      *self,
         Contender  *contenders,
         guint       n_contenders,
         int         runs,
         GError    **error)
{
  gboolean ok = TRUE;

  for (guint c = 0; c < n_contenders; c++)
    for (guint i = 0; i < contenders[c].n_figures; i++)
      contenders[c].samples[i] = g_array_new (FALSE, FALSE, sizeof (double));

  for (int run = 0; ok && run <= runs; run++)
    for (guint c = 0; ok && c < n_contenders; c++)
      {
        Contender *contender = &contenders[c];
        double figures[2] = { 0, 0 };

        if (!(ok = contender->sample (self, contender->what, figures, error)) || run == 0)
          continue;

        for (guint i = 0; i < contender->n_figures; i++)
          g_array_append_val (contender->samples[i], figures[i]);
      }

  for (guint c = 0; c < n_contenders; c++)
    for (guint i = 0; i < contenders[c].n_figures; i++)
      {
        if (ok)
          {
            print_samples (contenders[c].labels[i], contenders[c].samples[i]);
            contenders[c].medians[i] = bench_median (contenders[c].samples[i]);
          }
        g_clear_pointer (&contenders[c].samples[i], g_array_unref);
      }

  return ok;
}

static gboolean
force_exit_cb (gpointer data)
{
  g_subprocess_force_exit (G_SUBPROCESS (data));
  return G_SOURCE_CONTINUE;
}

/* Runs @argv to its end with the main loop running and returns its standard
 * output; *spawn_us is taken right before the spawn, *exit_us when its end
 * was seen.  A child still running after CHILD_TIMEOUT_SECONDS is killed. */
static char *
run_child (GSubprocessLauncher  *launcher,
           const char * const   *argv,
           gint64               *spawn_us,
           gint64               *exit_us,
           GError              **error)
{
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  Completion completion = { NULL, 0 };
  gboolean ok;
  guint watchdog;

  *spawn_us = g_get_monotonic_time ();
  if (!(subprocess = g_subprocess_launcher_spawnv (launcher, argv, error)))
    return NULL;

  watchdog = g_timeout_add_seconds (CHILD_TIMEOUT_SECONDS, force_exit_cb, subprocess);
  g_subprocess_communicate_utf8_async (subprocess, NULL, NULL, completion_cb, &completion);
  completion_wait (&completion);
  g_source_remove (watchdog);
  *exit_us = completion.done_us;

  ok = g_subprocess_communicate_utf8_finish (subprocess, completion.result, &out, &err, error);
  g_clear_object (&completion.result);
  if (!ok)
    return NULL;

  if (!g_subprocess_get_successful (subprocess))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed after %.1f s: %s", argv[0],
                   (*exit_us - *spawn_us) / (double)G_USEC_PER_SEC, err);
      return NULL;
    }

  return g_steal_pointer (&out);
}

static GSubprocessLauncher *
new_launcher (void)
{
  return g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                    G_SUBPROCESS_FLAGS_STDERR_PIPE);
}

static gboolean
sample_list (Bench          *self,
             gconstpointer   what,
             double          figures[2],
             GError        **error)
{
  const ListKind *kind = what;
  g_autoptr(GPtrArray) items = NULL;
  Completion completion = { NULL, 0 };
  gint64 start_us;

  start_us = g_get_monotonic_time ();
  kind->list_async (self->engine, NULL, completion_cb, &completion);
  completion_wait (&completion);

  items = kind->list_finish (self->engine, completion.result, error);
  g_clear_object (&completion.result);
  if (items == NULL)
    return FALSE;

  self->last_n_items = items->len;
  figures[0] = (completion.done_us - start_us) / 1000.0;
  return TRUE;
}

/* curl's time_total covers connecting, sending and receiving the whole
 * body, not its own start-up; that is the raw fetch list+parse is held to. */
static gboolean
sample_curl (Bench          *self,
             gconstpointer   what,
             double          figures[2],
             GError        **error)
{
  const ListKind *kind = what;
  g_autoptr(GSubprocessLauncher) launcher = new_launcher ();
  g_autofree char *url = NULL;
  g_autofree char *out = NULL;
  gint64 spawn_us, exit_us;
  char *end;

  url = g_strdup_printf ("http://localhost/v%s%s",
                         lading_engine_get_api_version (self->engine), kind->path);
  out = run_child (launcher,
                   (const char * const []) { "curl", "-sSf", "-o", "/dev/null",
                                             "-w", "%{time_total}", "--unix-socket",
                                             self->socket_path, url, NULL },
                   &spawn_us, &exit_us, error);
  if (out == NULL)
    return FALSE;

  figures[0] = g_ascii_strtod (out, &end) * 1000;
  if (end == out || figures[0] <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "curl printed no time_total: “%s”", out);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sample_cli (Bench          *self,
            gconstpointer   what,
            double          figures[2],
            GError        **error)
{
  const ListKind *kind = what;
  g_autoptr(GSubprocessLauncher) launcher = new_launcher ();
  g_autofree char *out = NULL;
  gint64 spawn_us, exit_us;

  if (!(out = run_child (launcher, kind->cli, &spawn_us, &exit_us, error)))
    return FALSE;

  figures[0] = (exit_us - spawn_us) / 1000.0;
  return TRUE;
}

/* Reads the two lines of the benchmark hook (app/lading-bench-report.c),
 * which bench-empty-window prints too. */
static gboolean
parse_report (const char  *output,
              gint64      *frame_us,
              gint64      *rss_kb,
              GError     **error)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  *frame_us = *rss_kb = -1;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "first-frame-monotonic-us="))
        *frame_us = g_ascii_strtoll (lines[i] + strlen ("first-frame-monotonic-us="), NULL, 10);
      else if (g_str_has_prefix (lines[i], "rss-kb="))
        *rss_kb = g_ascii_strtoll (lines[i] + strlen ("rss-kb="), NULL, 10);
    }

  if (*frame_us > 0 && *rss_kb > 0)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "no first-frame-monotonic-us= and rss-kb= lines in the output: “%s”", output);
  return FALSE;
}

static gboolean
sample_window (Bench          *self,
               gconstpointer   what,
               double          figures[2],
               GError        **error)
{
  const WindowKind *kind = what;
  g_autoptr(GSubprocessLauncher) launcher = new_launcher ();
  const char *program = kind->lading ? self->app : self->empty_window;
  g_autofree char *out = NULL;
  gint64 spawn_us, exit_us, frame_us, rss_kb;

  /* The memory backend keeps dconf (and any saved window size) out. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", self->schema_dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "LADING_BENCH_REPORT", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "LADING_BENCH_EXIT", "1", TRUE);
  if (kind->renderer != NULL)
    g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", kind->renderer, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "GSK_RENDERER");

  out = run_child (launcher, (const char * const []) { program, NULL },
                   &spawn_us, &exit_us, error);
  if (out == NULL || !parse_report (out, &frame_us, &rss_kb, error))
    return FALSE;

  figures[0] = (frame_us - spawn_us) / 1000.0;
  figures[1] = rss_kb * 1024 / 1e6;
  return TRUE;
}

static gboolean
measure_list (Bench           *self,
              const ListKind  *kind,
              ListFigures     *figures,
              GError         **error)
{
  g_autofree char *lading = g_strdup_printf ("%s list+parse (ms)", kind->name);
  g_autofree char *curl = g_strdup_printf ("%s curl (ms)", kind->name);
  g_autofree char *command = g_strjoinv (" ", (char **)kind->cli);
  g_autofree char *cli = g_strdup_printf ("%s (ms)", command);
  Contender contenders[] = {
    { { lading }, 1, sample_list, kind },
    { { curl }, 1, sample_curl, kind },
    { { cli }, 1, sample_cli, kind },
  };

  if (!measure (self, contenders, G_N_ELEMENTS (contenders), self->runs, error))
    return FALSE;

  figures->lading_ms = contenders[0].medians[0];
  figures->n_items = self->last_n_items;
  figures->curl_ms = contenders[1].medians[0];
  figures->cli_ms = contenders[2].medians[0];
  return TRUE;
}

/* The empty window and Lading, in turns, with @renderer. */
static gboolean
measure_windows (Bench          *self,
                 const char     *renderer,
                 WindowFigures  *empty,
                 WindowFigures  *lading,
                 GError        **error)
{
  const char *renderer_name = renderer != NULL ? renderer : "default";
  const WindowKind kinds[] = { { FALSE, renderer }, { TRUE, renderer } };
  char *labels[4];
  Contender contenders[2];
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const char *name = kinds[i].lading ? "lading" : "empty window";

      labels[2 * i] = g_strdup_printf ("%s, %s: first frame (ms)", name, renderer_name);
      labels[2 * i + 1] = g_strdup_printf ("%s, %s: RSS (MB)", name, renderer_name);
      contenders[i] = (Contender) { { labels[2 * i], labels[2 * i + 1] }, 2, sample_window,
                                    &kinds[i] };
    }

  if ((ok = measure (self, contenders, G_N_ELEMENTS (contenders), self->app_runs, error)))
    {
      *empty = (WindowFigures) { contenders[0].medians[0], contenders[0].medians[1] };
      *lading = (WindowFigures) { contenders[1].medians[0], contenders[1].medians[1] };
    }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    g_free (labels[i]);

  return ok;
}

static gboolean
measure_all (Bench   *self,
             GError **error)
{
  g_print ("Samples, by contender (one warm-up run of each left out; "
           "the contenders of a comparison take turns):\n");

  for (guint i = 0; i < G_N_ELEMENTS (list_kinds); i++)
    if (!measure_list (self, &list_kinds[i], &self->lists[i], error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (renderers); i++)
    if (!measure_windows (self, renderers[i], &self->empty[i], &self->lading[i], error))
      return FALSE;

  return TRUE;
}

static gboolean
connect_engine (Bench   *self,
                GError **error)
{
  const char *host = g_getenv ("DOCKER_HOST");
  g_autoptr(LadingEndpoint) endpoint = NULL;
  Completion completion = { NULL, 0 };
  gboolean ok;

  if (host == NULL || !(endpoint = lading_endpoint_new_for_uri (host, error)))
    {
      if (host == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "DOCKER_HOST is not set");
      return FALSE;
    }

  /* curl --unix-socket is the raw fetch the issue compares with. */
  if (lading_endpoint_get_kind (endpoint) != LADING_ENDPOINT_KIND_UNIX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "DOCKER_HOST must be a unix:// socket, not %s", host);
      return FALSE;
    }

  self->socket_path = g_strdup (lading_endpoint_get_socket_path (endpoint));
  self->engine = lading_engine_new (endpoint);
  lading_engine_connect_async (self->engine, NULL, completion_cb, &completion);
  completion_wait (&completion);
  ok = lading_engine_connect_finish (self->engine, completion.result, error);
  g_clear_object (&completion.result);

  return ok;
}

static void
print_row (const char *measure,
           double      value,
           const char *unit,
           const char *baseline,
           double      baseline_value,
           double      target,
           gboolean    target_is_ratio)
{
  g_autofree char *value_text = g_strdup_printf ("%.1f %s", value, unit);
  g_autofree char *baseline_text = NULL;
  g_autofree char *ratio_text = NULL;
  g_autofree char *target_text = NULL;
  const char *met = "-";

  if (baseline != NULL)
    {
      baseline_text = g_strdup_printf ("%.1f %s", baseline_value, unit);
      ratio_text = g_strdup_printf ("%.2fx", value / baseline_value);
    }

  if (target > 0)
    {
      double compared = target_is_ratio ? value / baseline_value : value;

      target_text = target_is_ratio ? g_strdup_printf ("<= %.1fx", target)
                                    : g_strdup_printf ("<= %.0f %s", target, unit);
      met = compared <= target ? "yes" : "NO";
    }

  g_print ("%-36s %10s   %-22s %10s %7s   %-10s %s\n", measure, value_text,
           baseline != NULL ? baseline : "-", baseline_text != NULL ? baseline_text : "-",
           ratio_text != NULL ? ratio_text : "-", target_text != NULL ? target_text : "-", met);
}

static void
print_table (Bench *self)
{
  g_print ("\n%-36s %10s   %-22s %10s %7s   %-10s %s\n",
           "measure (median)", "value", "compared with", "value", "ratio", "target", "met");

  for (guint i = 0; i < G_N_ELEMENTS (list_kinds); i++)
    {
      const ListFigures *list = &self->lists[i];
      g_autofree char *measure = g_strdup_printf ("%s list+parse (%u)",
                                                  list_kinds[i].name, list->n_items);
      g_autofree char *cli = g_strjoinv (" ", (char **)list_kinds[i].cli);

      print_row (measure, list->lading_ms, "ms", "curl --unix-socket", list->curl_ms,
                 TARGET_LIST_RATIO, TRUE);
      print_row (measure, list->lading_ms, "ms", cli, list->cli_ms, 0, FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (renderers); i++)
    {
      const WindowFigures *lading = &self->lading[i];
      const WindowFigures *empty = &self->empty[i];
      const char *renderer = renderers[i] != NULL ? renderers[i] : "default GSK";
      g_autofree char *frame = g_strdup_printf ("first frame with rows, %s", renderer);
      g_autofree char *rss = g_strdup_printf ("RSS after loading, %s", renderer);
      g_autofree char *share = g_strdup_printf ("RSS, Lading's share, %s", renderer);

      print_row (frame, lading->frame_ms, "ms", "empty adw window", empty->frame_ms,
                 TARGET_FRAME_RATIO, TRUE);
      print_row (rss, lading->rss_mb, "MB", "empty adw window", empty->rss_mb, 0, FALSE);
      print_row (share, lading->rss_mb - empty->rss_mb, "MB", NULL, 0, TARGET_RSS_SHARE, FALSE);
    }
}

static void
bench_clear (Bench *self)
{
  g_clear_pointer (&self->app, g_free);
  g_clear_pointer (&self->empty_window, g_free);
  g_clear_pointer (&self->schema_dir, g_free);
  g_clear_pointer (&self->socket_path, g_free);
  g_clear_object (&self->engine);
}

int
main (int   argc,
      char *argv[])
{
  Bench self = { .runs = 15, .app_runs = 7 };
  const GOptionEntry entries[] = {
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &self.app, "The lading executable", "PATH" },
    { "empty-window", 0, 0, G_OPTION_ARG_FILENAME, &self.empty_window,
      "The bench-empty-window executable", "PATH" },
    { "schema-dir", 0, 0, G_OPTION_ARG_FILENAME, &self.schema_dir,
      "The directory of Lading's compiled GSettings schema", "DIR" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &self.runs, "Runs of each list measurement (15)", "N" },
    { "app-runs", 0, 0, G_OPTION_ARG_INT, &self.app_runs,
      "Runs of each window measurement (7)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- measure listing and start-up");
  g_autoptr(GError) error = NULL;
  int status = EXIT_SUCCESS;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      self.app == NULL || self.empty_window == NULL || self.schema_dir == NULL ||
      self.runs < 1 || self.app_runs < 1)
    {
      g_printerr ("bench-list: %s\n", error != NULL ? error->message
                  : "--app, --empty-window and --schema-dir are required; runs must be >= 1");
      bench_clear (&self);
      return 2;
    }

  if (connect_engine (&self, &error))
    g_print ("bench-list: engine %s (API %s) at %s; medians of %d list runs, %d window runs\n\n",
             lading_engine_get_server_version (self.engine),
             lading_engine_get_api_version (self.engine), self.socket_path,
             self.runs, self.app_runs);

  if (error != NULL || !measure_all (&self, &error))
    {
      g_printerr ("bench-list: cannot measure: %s\n", error->message);
      status = EXIT_FAILURE;
    }
  else
    {
      print_table (&self);
    }

  bench_clear (&self);
  return status;
}
