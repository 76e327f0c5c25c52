/* bench-util.h
 *
 * What the benchmark programs share: waiting for an async call, CPU time
 * read from /proc, running the main loop for a span, running a command (a
 * peer such as the docker CLI) and timing it, medians and percentiles of
 * samples, and the row that reports a figure against its target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* An async call's result, for a benchmark that waits for each in turn. */
typedef struct
{
  GAsyncResult *result;
} BenchCompletion;

void          bench_completion_cb   (GObject         *object,
                                     GAsyncResult    *result,
                                     gpointer         user_data);
/* Runs the main loop until the call ends; the caller lets go of the result. */
GAsyncResult *bench_completion_wait (BenchCompletion *completion);

double bench_process_cpu_seconds (const char *pid);
double bench_self_cpu_seconds    (void);
void   bench_run_for             (double      seconds);
gboolean bench_run_command       (const char * const  *argv,
                                  char               **output,
                                  GError             **error);
gboolean bench_time_command      (const char * const  *argv,
                                  double              *ms,
                                  GError             **error);
double bench_median              (GArray     *samples);
double bench_percentile          (GArray     *samples,
                                  double      fraction);
void   bench_print_target_row    (const char *what,
                                  double      value,
                                  const char *unit,
                                  const char *target,
                                  gboolean    met);

G_END_DECLS
