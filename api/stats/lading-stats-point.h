/* lading-stats-point.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LadingStatsPoint:
 * @time_us: when the engine read the counters, Unix µs
 * @cpu_percent: CPU use as `docker stats` shows it (100 per busy CPU); NaN
 *   when it cannot be known (first sample without precpu, counters reset)
 * @memory_used: bytes, without the inactive file cache; NaN without a limit
 * @memory_limit: bytes; NaN when the engine sent none
 * @memory_percent: @memory_used of @memory_limit in %
 * @net_rx_per_s: bytes received per second over all interfaces; NaN without
 *   networks (NetworkMode none or host), a previous sample, or after a reset
 * @net_tx_per_s: bytes sent per second, the same way
 * @block_read_per_s: bytes read from block devices per second; NaN without a
 *   previous sample, after a reset, or when the engine sends no figures
 *   (Podman)
 * @block_write_per_s: bytes written per second, the same way
 * @pids: processes and threads in the container
 *
 * The figures of one sample, in doubles for graphs.  Boxed so that it can
 * travel in signals; NaN is "unknown", which a graph leaves as a gap.
 */
typedef struct
{
  gint64 time_us;
  double cpu_percent;
  double memory_used;
  double memory_limit;
  double memory_percent;
  double net_rx_per_s;
  double net_tx_per_s;
  double block_read_per_s;
  double block_write_per_s;
  double pids;
} LadingStatsPoint;

#define LADING_TYPE_STATS_POINT (lading_stats_point_get_type ())

GType             lading_stats_point_get_type (void);
LadingStatsPoint *lading_stats_point_copy     (const LadingStatsPoint *self);
void              lading_stats_point_free     (LadingStatsPoint       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingStatsPoint, lading_stats_point_free)

G_END_DECLS
