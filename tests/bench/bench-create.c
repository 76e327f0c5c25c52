/* bench-create.c
 *
 * The bench-create benchmark (run by bench-create.sh on a private engine of
 * its own).  Each round, by turns, one container is created and started
 * (`sh -c 'sleep 600'`, --network none):
 *
 *  - by `docker run -d` (the command's wall time, start-up included);
 *  - by the run dialog's path through the engine's API: the create request
 *    of a LadingRunSpec, the start, and the inspect the launcher ends with
 *    when the store has not listed the container yet (its slowest case).
 *
 * Both containers are removed after the round, outside the timing.  The
 * first round warms up and is left out; the table gives the medians, and
 * the engine requests of each side: Lading's are counted as it makes them,
 * the CLI's by bench-create.sh (--cli-requests), which traced one `docker
 * run -d`.
 *
 * Missing the target is a result, not a failure: the exit status is
 * non-zero only when something could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-create"

#include "config.h"

#include <stdlib.h>

#include "bench-util.h"
#include "lading-engine.h"

/* The target from the issue that asked for this benchmark. */
#define TARGET_RATIO 1.0
#define IMAGE "lading-fixture:latest"

/* Create, start, inspect: the three requests of the dialog's path. */
static gboolean
lading_run (LadingEngine  *engine,
            const char    *name,
            double        *ms,
            guint         *requests,
            GError       **error)
{
  g_autoptr(LadingRunSpec) spec = lading_run_spec_new (IMAGE);
  g_autoptr(LadingContainer) container = NULL;
  g_autofree char *id = NULL;
  BenchCompletion completion = { NULL };
  gboolean started;
  gint64 start_us;

  spec->name = g_strdup (name);
  spec->network = g_strdup ("none");
  spec->command = g_strdupv ((char **)(const char * const []) { "sh", "-c", "sleep 600", NULL });

  start_us = g_get_monotonic_time ();
  lading_engine_create_container_async (engine, spec, NULL, bench_completion_cb, &completion);
  id = lading_engine_create_container_finish (engine, bench_completion_wait (&completion), error);
  g_clear_object (&completion.result);
  if (id == NULL)
    return FALSE;
  lading_engine_container_action_async (engine, id, LADING_CONTAINER_ACTION_START,
                                        LADING_CONTAINER_ACTION_FLAGS_NONE, NULL,
                                        bench_completion_cb, &completion);
  started = lading_engine_container_action_finish (engine, bench_completion_wait (&completion),
                                                   error);
  g_clear_object (&completion.result);
  if (!started)
    return FALSE;
  lading_engine_inspect_container_async (engine, id, NULL, bench_completion_cb, &completion);
  container = lading_engine_inspect_container_finish (engine, bench_completion_wait (&completion),
                                                      error);
  g_clear_object (&completion.result);
  if (container == NULL)
    return FALSE;
  *ms = (g_get_monotonic_time () - start_us) / 1000.0;
  *requests = 3;

  return TRUE;
}

static gboolean
remove_container (const char  *name,
                  GError     **error)
{
  return bench_run_command ((const char * const []) { "docker", "rm", "-f", name, NULL }, NULL,
                            error);
}

static void
print_ratio (const char *what,
             GArray     *cli,
             GArray     *lading)
{
  double cli_ms = bench_median (cli);
  double lading_ms = bench_median (lading);
  double ratio = lading_ms / cli_ms;

  g_print ("%s: docker %.0f ms, Lading %.0f ms (medians)\n", what, cli_ms, lading_ms);
  bench_print_target_row (what, ratio, "x", "<= 1.0", ratio <= TARGET_RATIO);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) lading = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  BenchCompletion completion = { NULL };
  int runs = 10, cli_requests = 0;
  guint lading_requests = 0;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measured rounds (one more warms up)", "N" },
    { "cli-requests", 0, 0, G_OPTION_ARG_INT, &cli_requests,
      "The engine requests one docker run -d made", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--runs must be 1 or more");
      return EXIT_FAILURE;
    }

  /* Connected once, as the window's engine is before any dialog opens. */
  if (!(endpoint = lading_endpoint_new_for_uri (g_getenv ("DOCKER_HOST"), &error)))
    {
      g_printerr ("No engine: %s\n", error->message);
      return EXIT_FAILURE;
    }
  engine = lading_engine_new (endpoint);
  lading_engine_connect_async (engine, NULL, bench_completion_cb, &completion);
  if (!lading_engine_connect_finish (engine, bench_completion_wait (&completion), &error))
    {
      g_printerr ("Could not connect: %s\n", error->message);
      return EXIT_FAILURE;
    }
  g_clear_object (&completion.result);

  for (int round = 0; round <= runs; round++)
    {
      g_autofree char *cli_name = g_strdup_printf ("lading-bench-cli-%d", round);
      g_autofree char *lading_name = g_strdup_printf ("lading-bench-lading-%d", round);
      double cli_ms = 0, lading_ms = 0;

      if (!bench_time_command ((const char * const []) { "docker", "run", "-d", "--network",
                                                         "none", "--name", cli_name, IMAGE,
                                                         "sh", "-c", "sleep 600", NULL },
                               &cli_ms, &error) ||
          !lading_run (engine, lading_name, &lading_ms, &lading_requests, &error) ||
          !remove_container (cli_name, &error) || !remove_container (lading_name, &error))
        {
          g_printerr ("Round %d: %s\n", round, error->message);
          return EXIT_FAILURE;
        }

      g_print ("round %d%s\n  docker run -d %.0f ms, Lading %.0f ms\n", round,
               round == 0 ? " (warm-up)" : "", cli_ms, lading_ms);
      if (round > 0)
        {
          g_array_append_val (cli, cli_ms);
          g_array_append_val (lading, lading_ms);
        }
    }

  print_ratio ("create + start, Lading / docker run -d", cli, lading);
  if (cli_requests > 0)
    {
      g_print ("engine requests: docker run -d %d, Lading %u (create, start, inspect)\n",
               cli_requests, lading_requests);
      bench_print_target_row ("engine requests, Lading - docker run -d",
                              (double)lading_requests - cli_requests, "", "<= 0",
                              (int)lading_requests <= cli_requests);
    }

  return EXIT_SUCCESS;
}
