/* bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench-util.h"

/**
 * bench_process_cpu_seconds:
 * @pid: a process id, as text
 *
 * Returns: the user and system CPU time of all the process's threads so
 *   far, from /proc/PID/stat; 0 when the process is gone
 */
double
bench_process_cpu_seconds (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL)
    return 0;

  /* After the name: state (field 3) … utime (14) and stime (15). */
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return 0;

  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) /
         sysconf (_SC_CLK_TCK);
}

/**
 * bench_self_cpu_seconds:
 *
 * Returns: this process's user and system CPU time so far
 */
double
bench_self_cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static gboolean
done_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * bench_run_for:
 * @seconds: how long
 *
 * Runs the default main context for @seconds.
 */
void
bench_run_for (double seconds)
{
  gboolean done = FALSE;

  g_timeout_add ((guint)(seconds * 1000), done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/**
 * bench_median:
 * @samples: (element-type double): the samples, left in their order
 *
 * Returns: the median of @samples; 0 when there are none
 */
double
bench_median (GArray *samples)
{
  g_autoptr(GArray) sorted = g_array_copy (samples);
  guint n = sorted->len;

  if (n == 0)
    return 0;

  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

/**
 * bench_percentile:
 * @samples: (element-type double): the samples, left in their order
 * @fraction: from 0 to 1
 *
 * Returns: the smallest sample that @fraction of @samples do not exceed;
 *   0 when there are none
 */
double
bench_percentile (GArray *samples,
                  double  fraction)
{
  g_autoptr(GArray) sorted = g_array_copy (samples);
  guint index;

  if (sorted->len == 0)
    return 0;

  g_array_sort (sorted, compare_doubles);
  index = (guint)(fraction * sorted->len + 0.999999);
  index = CLAMP (index, 1, sorted->len) - 1;
  return g_array_index (sorted, double, index);
}

/* One figure, its unit, the target it is held to ("" or "-" for none) and
 * whether it met it. */
void
bench_print_target_row (const char *what,
                        double      value,
                        const char *unit,
                        const char *target,
                        gboolean    met)
{
  g_print ("%-40s %10.2f %-4s %-12s %s\n", what, value, unit, target, met ? "met" : "MISSED");
}

/* Runs @argv; its stdout, trimmed, in @output if wanted. */
gboolean
bench_run_command (const char * const  *argv,
                   char               **output,
                   GError             **error)
{
  g_autoptr(GSubprocess) subprocess = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  subprocess = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE, error);
  if (subprocess == NULL ||
      !g_subprocess_communicate_utf8 (subprocess, NULL, NULL, &out, &err, error))
    return FALSE;

  if (!g_subprocess_get_successful (subprocess))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s failed: %s", argv[0], err);
      return FALSE;
    }

  if (output != NULL)
    *output = g_strstrip (g_steal_pointer (&out));
  return TRUE;
}

/* The command's own wall time, start-up included: what a user waits for. */
gboolean
bench_time_command (const char * const  *argv,
                    double              *ms,
                    GError             **error)
{
  gint64 start_us = g_get_monotonic_time ();

  if (!bench_run_command (argv, NULL, error))
    return FALSE;
  *ms = (g_get_monotonic_time () - start_us) / 1000.0;

  return TRUE;
}

void
bench_completion_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  BenchCompletion *completion = user_data;

  completion->result = g_object_ref (result);
}

GAsyncResult *
bench_completion_wait (BenchCompletion *completion)
{
  while (completion->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return completion->result;
}
