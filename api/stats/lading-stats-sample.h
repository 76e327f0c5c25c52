/* lading-stats-sample.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * LadingStatsSample:
 * @stopped: the engine's reply for a container that does not run: no time and
 *   no figures, only its name and id (every other member is 0)
 * @read_us: `read`, Unix µs; 0 if absent or Go's zero time
 * @preread_us: `preread`, Unix µs; 0 when precpu_stats is empty
 * @cpu_total: `cpu_stats.cpu_usage.total_usage`, ns of CPU time
 * @system_cpu: `cpu_stats.system_cpu_usage`, ns of the host's CPU time
 * @online_cpus: `cpu_stats.online_cpus`, else the length of `percpu_usage`
 * @precpu_total: `precpu_stats.cpu_usage.total_usage`
 * @presystem_cpu: `precpu_stats.system_cpu_usage`; 0 when precpu_stats is empty
 * @memory_usage: `memory_stats.usage`, bytes
 * @memory_limit: `memory_stats.limit`, bytes
 * @memory_used: @memory_usage less the inactive file cache, as `docker stats`
 *   counts it (cgroup v1 `total_inactive_file`, v2 `inactive_file`)
 * @has_networks: whether the reply has a `networks` member; it has none with
 *   NetworkMode none or host, and the rates are unknown then, not zero
 * @net_rx: `rx_bytes` summed over the interfaces
 * @net_tx: `tx_bytes` summed over the interfaces
 * @has_blkio: whether `blkio_stats.io_service_bytes_recursive` is an array;
 *   Podman sends null, and the block rates are unknown then
 * @block_read: `blkio_stats.io_service_bytes_recursive` entries with a read op
 * @block_write: the same with a write op
 * @pids: `pids_stats.current`
 *
 * One object of `GET /containers/{id}/stats`: the engine's cumulative
 * counters, before any rate is worked out (see lading_stats_calc()).  A plain
 * struct, boxed so that it can travel in signals and task results.
 */
typedef struct
{
  gboolean stopped;
  gint64   read_us;
  gint64   preread_us;
  guint64  cpu_total;
  guint64  system_cpu;
  guint    online_cpus;
  guint64  precpu_total;
  guint64  presystem_cpu;
  guint64  memory_usage;
  guint64  memory_limit;
  guint64  memory_used;
  gboolean has_networks;
  guint64  net_rx;
  guint64  net_tx;
  gboolean has_blkio;
  guint64  block_read;
  guint64  block_write;
  guint64  pids;
} LadingStatsSample;

#define LADING_TYPE_STATS_SAMPLE (lading_stats_sample_get_type ())

GType              lading_stats_sample_get_type (void);
gboolean           lading_stats_sample_parse    (const char               *data,
                                                 gssize                    length,
                                                 LadingStatsSample        *out,
                                                 GError                  **error);
LadingStatsSample *lading_stats_sample_copy     (const LadingStatsSample  *self);
void               lading_stats_sample_free     (LadingStatsSample        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingStatsSample, lading_stats_sample_free)

G_END_DECLS
