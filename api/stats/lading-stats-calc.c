/* lading-stats-calc.c
 *
 * The figures `docker stats` shows, worked out from the engine's counters with
 * the CLI's formulas (docker/cli: cli/command/container/stats_helpers.go), and
 * NaN wherever a figure cannot be known: the CLI shows 0 there, but a graph
 * should show a gap rather than a dip to zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-calc"

#include "config.h"

#include <math.h>

#include "lading-stats-calc.h"

/* Podman fills the first frame's precpu_stats from a reading taken ~2 ms
 * earlier (ENGINE-API.md §7); over so short a window the percentage is noise.
 * Docker's windows are about a second. */
#define MIN_CPU_WINDOW_US (100 * 1000)

/* cpu_delta / system_delta × CPUs × 100 against the counters read at
 * @base_us; an idle container gives 0, counters that went back NaN. */
static double
cpu_percent (const LadingStatsSample *current,
             gint64                   base_us,
             guint64                  base_total,
             guint64                  base_system)
{
  double cpu_delta = (double)current->cpu_total - (double)base_total;
  double system_delta = (double)current->system_cpu - (double)base_system;

  if (base_system == 0 || current->online_cpus == 0)
    return NAN;

  if (base_us > 0 && current->read_us - base_us < MIN_CPU_WINDOW_US)
    return NAN;

  if (cpu_delta < 0 || system_delta <= 0)
    return NAN;

  return cpu_delta / system_delta * current->online_cpus * 100.0;
}

/* The payload's own precpu_stats, as `docker stats` uses them; when they are
 * empty (one-shot replies, a stream's first frame) the previous sample's. */
static double
calc_cpu (const LadingStatsSample *previous,
          const LadingStatsSample *current)
{
  if (current->presystem_cpu > 0)
    return cpu_percent (current, current->preread_us, current->precpu_total,
                        current->presystem_cpu);

  if (previous != NULL)
    return cpu_percent (current, previous->read_us, previous->cpu_total, previous->system_cpu);

  return NAN;
}

static double
rate (guint64 previous,
      guint64 current,
      double  seconds)
{
  if (isnan (seconds) || current < previous)
    return NAN;

  return (double)(current - previous) / seconds;
}

static void
calc_rates (const LadingStatsSample *previous,
            const LadingStatsSample *current,
            LadingStatsPoint        *out)
{
  double seconds = NAN;

  /* A restarted container starts its counters again, CPU time first. */
  if (current->read_us > previous->read_us && current->cpu_total >= previous->cpu_total)
    seconds = (double)(current->read_us - previous->read_us) / G_USEC_PER_SEC;

  if (previous->has_blkio && current->has_blkio)
    {
      out->block_read_per_s = rate (previous->block_read, current->block_read, seconds);
      out->block_write_per_s = rate (previous->block_write, current->block_write, seconds);
    }

  if (previous->has_networks && current->has_networks)
    {
      out->net_rx_per_s = rate (previous->net_rx, current->net_rx, seconds);
      out->net_tx_per_s = rate (previous->net_tx, current->net_tx, seconds);
    }
}

/**
 * lading_stats_calc:
 * @previous: (nullable): the sample before @current of the same container, if
 *   any; rates need one
 * @current: the newest sample
 * @out: (out caller-allocates): its figures
 *
 * Pure: the same samples give the same point.  A stopped container's sample
 * gives a point of NaN figures.
 */
void
lading_stats_calc (const LadingStatsSample *previous,
                   const LadingStatsSample *current,
                   LadingStatsPoint        *out)
{
  g_return_if_fail (current != NULL);
  g_return_if_fail (out != NULL);

  *out = (LadingStatsPoint) {
    .time_us = current->read_us,
    .cpu_percent = NAN,
    .memory_used = NAN,
    .memory_limit = NAN,
    .memory_percent = NAN,
    .net_rx_per_s = NAN,
    .net_tx_per_s = NAN,
    .block_read_per_s = NAN,
    .block_write_per_s = NAN,
    .pids = NAN,
  };

  if (current->stopped)
    return;

  if (previous != NULL && previous->stopped)
    previous = NULL;

  out->cpu_percent = calc_cpu (previous, current);
  out->pids = (double)current->pids;

  /* Any running container has a limit (the host's memory at most); a reply
   * without one has no memory figures at all. */
  if (current->memory_limit > 0)
    {
      out->memory_used = (double)current->memory_used;
      out->memory_limit = (double)current->memory_limit;
      out->memory_percent = out->memory_used / out->memory_limit * 100.0;
    }

  if (previous != NULL)
    calc_rates (previous, current, out);
}
