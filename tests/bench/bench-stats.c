/* bench-stats.c
 *
 * The bench-stats benchmark (run by bench-stats.sh on a private engine with
 * 50 running containers).  Over the same measured span, it takes:
 *
 *  - the engine's own CPU time with nothing watching, as the baseline;
 *  - Lading: a window with the Containers page (CPU and memory columns with
 *    sparklines for the rows on screen) beside one container's Stats tab
 *    (live graphs): the CPU time of this process and of the engine's
 *    processes (dockerd, containerd and the containers' shims);
 *  - the same for `docker stats` (streaming, all running containers), with
 *    its output going to /dev/null.
 *
 * It prints the figures against the targets: Lading ≤ 1.0× the CLI's CPU
 * time, and the engine's CPU time with Lading ≤ 1.0× with the CLI.  Missing
 * a target is a result, not a failure: the exit status is non-zero only when
 * something could not be measured.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-stats"

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-util.h"
#include "lading-container-resources.h"
#include "lading-containers-page.h"
#include "lading-stats-monitor.h"
#include "lading-test-util.h"
#include "lading-widgets.h"

static int opt_seconds = 60;
static int opt_warmup = 10;
static char *opt_engine_dir;

/* Whether the process's command line names the engine's directory: every
 * daemon and shim of the private engine does, nothing else does. */
static gboolean
belongs_to_engine (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/cmdline", pid);
  g_autofree char *cmdline = NULL;
  gsize length;

  if (!g_file_get_contents (path, &cmdline, &length, NULL))
    return FALSE;
  for (gsize i = 0; i + 1 < length; i++)
    if (cmdline[i] == '\0')
      cmdline[i] = ' ';

  return strstr (cmdline, opt_engine_dir) != NULL;
}

static double
engine_cpu_seconds (void)
{
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;
  double total = 0;

  g_assert (proc != NULL);
  while ((name = g_dir_read_name (proc)) != NULL)
    if (g_ascii_isdigit (name[0]) && belongs_to_engine (name))
      total += bench_process_cpu_seconds (name);

  return total;
}

static gboolean
store_loaded (gpointer data)
{
  return lading_store_get_loaded (data);
}

typedef struct
{
  double self;
  double engine;
} Usage;

/* The CPU time this process and the engine spend over the measured span,
 * after a warm-up. */
static Usage
measure_here (void)
{
  Usage start;
  Usage usage;

  bench_run_for (opt_warmup);
  start.self = bench_self_cpu_seconds ();
  start.engine = engine_cpu_seconds ();
  bench_run_for (opt_seconds);
  usage.self = bench_self_cpu_seconds () - start.self;
  usage.engine = engine_cpu_seconds () - start.engine;

  return usage;
}

static Usage
measure_lading (LadingStore *store)
{
  LadingStatsMonitor *monitor = lading_stats_monitor_new (store);
  GListModel *containers = lading_store_get_containers (store);
  g_autoptr(LadingContainer) first = g_list_model_get_item (containers, 0);
  GtkWidget *page = lading_containers_page_new ();
  GtkWidget *resources = lading_container_resources_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  Usage usage;

  lading_containers_page_set_store (LADING_CONTAINERS_PAGE (page), store);
  lading_containers_page_add_stats_columns (LADING_CONTAINERS_PAGE (page), monitor);
  lading_container_resources_set_container (LADING_CONTAINER_RESOURCES (resources),
                                            monitor, first);
  gtk_paned_set_start_child (GTK_PANED (paned), page);
  gtk_paned_set_end_child (GTK_PANED (paned), resources);
  gtk_paned_set_position (GTK_PANED (paned), 1000);
  gtk_window_set_child (window, paned);
  gtk_window_set_default_size (window, 1600, 900);
  gtk_window_present (window);

  usage = measure_here ();
  g_print ("Lading followed %u containers' streams; the rest of the rows on screen "
           "were sampled\n", lading_stats_monitor_get_n_streams (monitor));

  gtk_window_destroy (window);
  g_object_unref (monitor);

  return usage;
}

static Usage
measure_cli (void)
{
  const char *argv[] = { "docker", "stats", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *pid_text = NULL;
  Usage start;
  Usage usage;
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, (char **)argv, NULL,
                      G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                      G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    g_error ("docker stats: %s", error->message);
  pid_text = g_strdup_printf ("%d", pid);

  bench_run_for (opt_warmup);
  start.self = bench_process_cpu_seconds (pid_text);
  start.engine = engine_cpu_seconds ();
  bench_run_for (opt_seconds);
  usage.self = bench_process_cpu_seconds (pid_text) - start.self;
  usage.engine = engine_cpu_seconds () - start.engine;

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);

  if (usage.self <= 0)
    g_error ("docker stats used no CPU: did it run?");

  return usage;
}

static void
print_row (const char *what,
           double      value,
           const char *versus,
           double      other,
           const char *target)
{
  g_autofree char *ratio = other > 0 ? g_strdup_printf ("%.2fx", value / other) : g_strdup ("-");

  g_print ("%-34s %8.2f s   %-26s %8.2f s   %6s   %s\n",
           what, value, versus, other, ratio, target);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "seconds", 0, 0, G_OPTION_ARG_INT, &opt_seconds, "Measured span (60)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &opt_warmup, "Warm-up before each span (10)", "N" },
    { "engine-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_engine_dir, "The engine's directory",
      "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- Lading's stats against the CLI's");
  g_autoptr(GError) error = NULL;
  g_autoptr(LadingEngine) engine = NULL;
  g_autoptr(LadingStore) store = NULL;
  Usage idle;
  Usage lading;
  Usage cli;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (opt_engine_dir == NULL || opt_seconds < 1 || opt_warmup < 0)
    g_error ("usage: bench-stats --engine-dir DIR [--seconds N] [--warmup N]");

  gtk_init ();
  lading_widgets_init ();

  engine = lading_test_engine_new ();
  store = lading_store_new (engine);
  lading_store_start (store);
  lading_test_await (store_loaded, store, "the store to load");

  idle = measure_here ();
  lading = measure_lading (store);
  cli = measure_cli ();

  g_print ("\nCPU time over %d s with %u containers running\n",
           opt_seconds, g_list_model_get_n_items (lading_store_get_containers (store)));
  print_row ("Lading (list + one container)", lading.self, "docker stats", cli.self,
             "<= 1.0x");
  print_row ("engine while Lading watches", lading.engine, "while docker stats runs",
             cli.engine, "<= 1.0x");
  print_row ("engine, less its idle cost", lading.engine - idle.engine, "the same for the CLI",
             cli.engine - idle.engine, "-");
  print_row ("engine with nobody watching", idle.engine, "-", 0, "-");

  return EXIT_SUCCESS;
}
