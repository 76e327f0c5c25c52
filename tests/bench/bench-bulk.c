/* bench-bulk.c
 *
 * The bench-bulk benchmark (run by bench-bulk.sh on a private engine that
 * holds 100 running containers).  Each round stops all of them and starts
 * them again, once with `docker stop`/`docker start` given the same ids
 * (wall time of the command) and once per concurrency level with
 * LadingBulk (from the run to its finish callback).  The first round warms
 * up and is left out; the table gives the medians of the others.
 *
 * Missing the target is a result, not a failure: the exit status is
 * non-zero only when something could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-bulk"

#include "config.h"

#include <stdlib.h>

#include "bench-util.h"
#include "lading-bulk.h"
#include "lading-engine.h"

/* The target from the issue that asked for this benchmark. */
#define TARGET_RATIO 1.0

#define NAME_PREFIX "lading-bench-bulk-"

typedef struct
{
  GArray *stop;
  GArray *start;
  GArray *total;
} Series;

typedef struct
{
  /* Options */
  int       runs;
  int       count;
  char     *levels_text;

  /* Owned */
  LadingEngine *engine;
  char        **ids;
  GArray       *levels;
  Series        cli;
  /* One per level */
  Series       *lading;
} Bench;

static void
series_init (Series *series)
{
  series->stop = g_array_new (FALSE, FALSE, sizeof (double));
  series->start = g_array_new (FALSE, FALSE, sizeof (double));
  series->total = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *series)
{
  g_clear_pointer (&series->stop, g_array_unref);
  g_clear_pointer (&series->start, g_array_unref);
  g_clear_pointer (&series->total, g_array_unref);
}

static void
series_add (Series *series,
            double  stop_ms,
            double  start_ms)
{
  double total_ms = stop_ms + start_ms;

  g_array_append_val (series->stop, stop_ms);
  g_array_append_val (series->start, start_ms);
  g_array_append_val (series->total, total_ms);
}

static gboolean
lading_action (Bench                  *self,
               LadingContainerAction   action,
               guint                   level,
               double                 *ms,
               GError                **error)
{
  g_autoptr(LadingBulk) bulk = NULL;
  g_auto(GStrv) failed = NULL;
  BenchCompletion completion = { NULL };
  gint64 start_us;
  gboolean ok;

  bulk = lading_bulk_new (self->engine, action, LADING_CONTAINER_ACTION_FLAGS_NONE,
                          (const char * const *)self->ids, level);

  start_us = g_get_monotonic_time ();
  lading_bulk_run_async (bulk, NULL, bench_completion_cb, &completion);
  ok = lading_bulk_run_finish (bulk, bench_completion_wait (&completion), error);
  *ms = (g_get_monotonic_time () - start_us) / 1000.0;
  g_clear_object (&completion.result);

  if (!ok)
    return FALSE;

  failed = lading_bulk_dup_failed (bulk);
  if (failed[0] != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%u of %d failed; %s: %s",
                   lading_bulk_get_n_failed (bulk), self->count, failed[0],
                   lading_bulk_get_error (bulk, failed[0])->message);
      return FALSE;
    }

  return TRUE;
}

/* The CLI's own wall time, start-up included: what a user waits for. */
static gboolean
cli_action (Bench       *self,
            const char  *verb,
            double      *ms,
            GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) argv = NULL;
  gint64 start_us;

  g_strv_builder_add_many (builder, "docker", verb, NULL);
  g_strv_builder_addv (builder, (const char **)self->ids);
  argv = g_strv_builder_end (builder);

  start_us = g_get_monotonic_time ();
  subprocess = g_subprocess_newv ((const char * const *)argv,
                                  G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                  error);
  if (subprocess == NULL || !g_subprocess_communicate_utf8 (subprocess, NULL, NULL, NULL, &err, error))
    return FALSE;
  *ms = (g_get_monotonic_time () - start_us) / 1000.0;

  if (!g_subprocess_get_successful (subprocess))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "docker %s failed: %s", verb, err);
      return FALSE;
    }

  return TRUE;
}

/* One stop-then-start of every container by each contender; the samples go
 * to the series unless @record is FALSE (the warm-up round). */
static gboolean
run_round (Bench     *self,
           gboolean   record,
           GError   **error)
{
  double stop_ms, start_ms;

  if (!cli_action (self, "stop", &stop_ms, error) ||
      !cli_action (self, "start", &start_ms, error))
    return FALSE;
  if (record)
    series_add (&self->cli, stop_ms, start_ms);
  g_print ("  docker: stop %.0f ms, start %.0f ms\n", stop_ms, start_ms);

  for (guint i = 0; i < self->levels->len; i++)
    {
      guint level = g_array_index (self->levels, guint, i);

      if (!lading_action (self, LADING_CONTAINER_ACTION_STOP, level, &stop_ms, error) ||
          !lading_action (self, LADING_CONTAINER_ACTION_START, level, &start_ms, error))
        return FALSE;
      if (record)
        series_add (&self->lading[i], stop_ms, start_ms);
      g_print ("  lading, %2u at a time: stop %.0f ms, start %.0f ms\n", level, stop_ms, start_ms);
    }

  return TRUE;
}

static gboolean
connect_engine (Bench   *self,
                GError **error)
{
  const char *host = g_getenv ("DOCKER_HOST");
  g_autoptr(LadingEndpoint) endpoint = NULL;
  BenchCompletion completion = { NULL };
  gboolean ok;

  if (host == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "DOCKER_HOST is not set");
      return FALSE;
    }

  if (!(endpoint = lading_endpoint_new_for_uri (host, error)))
    return FALSE;

  self->engine = lading_engine_new (endpoint);
  lading_engine_connect_async (self->engine, NULL, bench_completion_cb, &completion);
  ok = lading_engine_connect_finish (self->engine, bench_completion_wait (&completion), error);
  g_clear_object (&completion.result);

  return ok;
}

/* The ids of the benchmark's containers, which must all be running. */
static gboolean
find_containers (Bench   *self,
                 GError **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) containers = NULL;
  BenchCompletion completion = { NULL };
  guint n = 0;

  lading_engine_list_containers_async (self->engine, NULL, bench_completion_cb, &completion);
  containers = lading_engine_list_containers_finish (self->engine,
                                                     bench_completion_wait (&completion), error);
  g_clear_object (&completion.result);
  if (containers == NULL)
    return FALSE;

  for (guint i = 0; i < containers->len; i++)
    {
      LadingContainer *container = g_ptr_array_index (containers, i);

      if (g_str_has_prefix (lading_container_get_name (container), NAME_PREFIX) &&
          lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING)
        {
          g_strv_builder_add (builder, lading_container_get_id (container));
          n++;
        }
    }

  self->ids = g_strv_builder_end (builder);
  if (n != (guint)self->count)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "%u running containers named %s*, not %d", n, NAME_PREFIX, self->count);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_levels (Bench   *self,
              GError **error)
{
  g_auto(GStrv) parts = g_strsplit (self->levels_text, ",", -1);

  self->levels = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 level;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 1, 64, &level, error))
        return FALSE;
      g_array_append_val (self->levels, level);
    }

  self->lading = g_new0 (Series, self->levels->len);
  for (guint i = 0; i < self->levels->len; i++)
    series_init (&self->lading[i]);
  series_init (&self->cli);

  return TRUE;
}

static void
print_row (const char *name,
           Series     *series,
           double      cli_total)
{
  double total = bench_median (series->total);

  g_print ("%-26s %10.0f %10.0f %10.0f %8.2fx\n", name, bench_median (series->stop),
           bench_median (series->start), total, total / cli_total);
}

static void
print_table (Bench *self)
{
  double cli_total = bench_median (self->cli.total);
  guint best = 0;

  g_print ("\nMedians of %d rounds, %d containers (ms):\n", self->runs, self->count);
  g_print ("%-26s %10s %10s %10s %9s\n", "", "stop", "start", "total", "vs CLI");
  print_row ("docker stop / start", &self->cli, cli_total);

  for (guint i = 0; i < self->levels->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("lading, %u at a time",
                                               g_array_index (self->levels, guint, i));

      print_row (name, &self->lading[i], cli_total);
      if (bench_median (self->lading[i].total) < bench_median (self->lading[best].total))
        best = i;
    }

  g_print ("\nTarget: stop then start through LadingBulk <= %.1fx the CLI's wall time.\n"
           "Best: %u at a time, %.2fx: %s\n",
           TARGET_RATIO, g_array_index (self->levels, guint, best),
           bench_median (self->lading[best].total) / cli_total,
           bench_median (self->lading[best].total) / cli_total <= TARGET_RATIO ? "met" : "NOT met");
}

static void
bench_clear (Bench *self)
{
  for (guint i = 0; self->levels != NULL && i < self->levels->len; i++)
    series_clear (&self->lading[i]);
  series_clear (&self->cli);
  g_clear_pointer (&self->lading, g_free);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->ids, g_strfreev);
  g_clear_pointer (&self->levels_text, g_free);
  g_clear_object (&self->engine);
}

int
main (int   argc,
      char *argv[])
{
  Bench self = { .runs = 3, .count = 100 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &self.runs, "Rounds measured after the warm-up", "N" },
    { "count", 0, 0, G_OPTION_ARG_INT, &self.count, "Running containers expected", "N" },
    { "levels", 0, 0, G_OPTION_ARG_STRING, &self.levels_text,
      "Concurrency levels to compare", "4,8,…" },
    { NULL }
  };
  gboolean ok;

  context = g_option_context_new ("- stop and start many containers, Lading against the CLI");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-bulk: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (self.levels_text == NULL)
    self.levels_text = g_strdup ("4,16,32,50");

  ok = parse_levels (&self, &error) && connect_engine (&self, &error) &&
       find_containers (&self, &error);

  g_print ("Samples, round by round (the first one warms up):\n");
  for (int run = 0; ok && run <= self.runs; run++)
    ok = run_round (&self, run > 0, &error);

  if (ok)
    print_table (&self);
  else
    g_printerr ("bench-bulk: %s\n", error->message);

  bench_clear (&self);

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
