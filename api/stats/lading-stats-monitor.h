/* lading-stats-monitor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-container.h"
#include "lading-stats-history.h"
#include "lading-store.h"

G_BEGIN_DECLS

/* Each stream holds a connection to the engine; more than this many
 * containers watched live wait their turn. */
#define LADING_STATS_MONITOR_MAX_STREAMS 32
#define LADING_STATS_MONITOR_MAX_KEPT_HISTORIES 64

/* How often containers watched at LADING_STATS_RATE_SAMPLED are sampled. */
#define LADING_STATS_MONITOR_SAMPLE_INTERVAL_S 2

/**
 * LadingStatsRate:
 * @LADING_STATS_RATE_SAMPLED: a one-shot sample every
 *   %LADING_STATS_MONITOR_SAMPLE_INTERVAL_S seconds, for list rows and sums
 * @LADING_STATS_RATE_LIVE: the engine's stats stream, a sample a second,
 *   for an open graph
 *
 * How closely a view follows a container.  The engine spends about the same
 * on each sample either way, so sampling every 2 s costs it half of what a
 * stream does; a container watched at both rates is streamed.
 */
typedef enum
{
  LADING_STATS_RATE_SAMPLED,
  LADING_STATS_RATE_LIVE,
} LadingStatsRate;

#define LADING_TYPE_STATS_MONITOR (lading_stats_monitor_get_type ())

G_DECLARE_FINAL_TYPE (LadingStatsMonitor, lading_stats_monitor, LADING, STATS_MONITOR, GObject)

LadingStatsMonitor *lading_stats_monitor_new                    (LadingStore        *store);
LadingStore        *lading_stats_monitor_get_store              (LadingStatsMonitor *self);
LadingStatsHistory *lading_stats_monitor_watch                  (LadingStatsMonitor *self,
                                                                 LadingContainer    *container,
                                                                 LadingStatsRate     rate);
void                lading_stats_monitor_unwatch                (LadingStatsMonitor *self,
                                                                 LadingContainer    *container,
                                                                 LadingStatsRate     rate);
LadingStatsHistory *lading_stats_monitor_lookup                 (LadingStatsMonitor *self,
                                                                 const char         *container_id);
gboolean            lading_stats_monitor_get_paused             (LadingStatsMonitor *self);
void                lading_stats_monitor_set_paused             (LadingStatsMonitor *self,
                                                                 gboolean            paused);
guint               lading_stats_monitor_get_max_streams        (LadingStatsMonitor *self);
void                lading_stats_monitor_set_max_streams        (LadingStatsMonitor *self,
                                                                 guint               max_streams);
guint               lading_stats_monitor_get_max_kept_histories (LadingStatsMonitor *self);
void                lading_stats_monitor_set_max_kept_histories (LadingStatsMonitor *self,
                                                                 guint               max_kept);
guint               lading_stats_monitor_get_n_streams          (LadingStatsMonitor *self);

G_END_DECLS
