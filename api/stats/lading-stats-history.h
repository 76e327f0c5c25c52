/* lading-stats-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-event.h"
#include "lading-stats-calc.h"
#include "lading-time-series.h"

G_BEGIN_DECLS

/**
 * LadingStatsSeriesKind:
 * @LADING_STATS_CPU: CPU use in percent of one CPU (may pass 100)
 * @LADING_STATS_MEMORY: memory used, bytes
 * @LADING_STATS_MEMORY_LIMIT: the memory limit, bytes
 * @LADING_STATS_NET_RX: bytes received per second
 * @LADING_STATS_NET_TX: bytes sent per second
 * @LADING_STATS_BLOCK_READ: bytes read from block devices per second
 * @LADING_STATS_BLOCK_WRITE: bytes written to block devices per second
 * @LADING_STATS_PIDS: number of processes
 *
 * The series a #LadingStatsHistory keeps, all sampled at the same times.
 */
typedef enum
{
  LADING_STATS_CPU,
  LADING_STATS_MEMORY,
  LADING_STATS_MEMORY_LIMIT,
  LADING_STATS_NET_RX,
  LADING_STATS_NET_TX,
  LADING_STATS_BLOCK_READ,
  LADING_STATS_BLOCK_WRITE,
  LADING_STATS_PIDS,
  LADING_STATS_N_SERIES,
} LadingStatsSeriesKind;

/**
 * LadingStatsMarkerKind:
 *
 * What happened to a container at a marked time; the engine event behind it.
 */
typedef enum
{
  LADING_STATS_MARKER_STARTED,    /* start */
  LADING_STATS_MARKER_STOPPED,    /* die with exit code 0 */
  LADING_STATS_MARKER_FAILED,     /* die with another exit code */
  LADING_STATS_MARKER_OOM,        /* oom */
  LADING_STATS_MARKER_PAUSED,     /* pause */
  LADING_STATS_MARKER_UNPAUSED,   /* unpause */
  LADING_STATS_MARKER_HEALTHY,    /* health_status: healthy */
  LADING_STATS_MARKER_UNHEALTHY,  /* health_status: unhealthy */
} LadingStatsMarkerKind;

typedef struct
{
  gint64                time_us;
  LadingStatsMarkerKind kind;
  int                   exit_code;  /* for LADING_STATS_MARKER_FAILED */
} LadingStatsMarker;

/* An hour at the engine's one sample a second. */
#define LADING_STATS_HISTORY_CAPACITY 3600

#define LADING_TYPE_STATS_HISTORY (lading_stats_history_get_type ())

G_DECLARE_FINAL_TYPE (LadingStatsHistory, lading_stats_history, LADING, STATS_HISTORY, GObject)

LadingStatsHistory      *lading_stats_history_new              (const char             *container_id,
                                                                guint                   capacity);
const char              *lading_stats_history_get_container_id (LadingStatsHistory     *self);
LadingTimeSeries        *lading_stats_history_get_series       (LadingStatsHistory     *self,
                                                                LadingStatsSeriesKind   kind);
void                     lading_stats_history_add_point        (LadingStatsHistory     *self,
                                                                const LadingStatsPoint *point);
gboolean                 lading_stats_history_add_event        (LadingStatsHistory     *self,
                                                                const LadingEvent      *event);
guint                    lading_stats_history_get_n_markers    (LadingStatsHistory     *self);
const LadingStatsMarker *lading_stats_history_get_marker       (LadingStatsHistory     *self,
                                                                guint                   index);
char                    *lading_stats_history_dup_csv          (LadingStatsHistory     *self,
                                                                gint64                  since_us);

G_END_DECLS
