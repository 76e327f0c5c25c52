/* lading-stats-monitor-private.h
 *
 * LadingStatsMonitor is split in two files: lading-stats-monitor.c keeps the
 * watches and the streams, lading-stats-monitor-sampling.c the rounds of
 * one-shot samples.  These structs are theirs alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-stats-monitor.h"
#include "lading-stats-reader.h"

G_BEGIN_DECLS

typedef struct
{
  LadingStatsMonitor *monitor;    /* borrowed: it owns this */
  LadingContainer    *container;
  LadingStatsHistory *history;
  LadingStatsReader  *reader;
  GCancellable       *sampling;   /* while a one-shot sample is in flight */
  LadingStatsSample  *previous;   /* the last one-shot sample, for rates */
  LadingStatsPoint    pending;    /* sampled, not yet in the history */
  guint               watchers[LADING_STATS_RATE_LIVE + 1];
  guint               retry_source;
  guint               has_pending : 1;
} LadingStatsWatch;

struct _LadingStatsMonitor
{
  GObject      parent_instance;

  /* Owned */
  LadingStore *store;
  GHashTable  *watches;  /* container ID → LadingStatsWatch, owned */
  GPtrArray   *order;    /* LadingStatsWatch, borrowed, in the order first watched */
  GQueue       due;      /* LadingStatsWatch, borrowed: to sample in this round */
  GQueue       kept;     /* LadingStatsWatch, borrowed: unwatched, oldest first */

  guint        max_streams;
  guint        max_kept;
  guint        n_streams;
  guint        n_sampling;
  guint        reconcile_source;
  guint        sample_source;
  guint        first_sample_source;
  guint        paused : 1;
};

gboolean _lading_stats_watch_wants_samples      (LadingStatsWatch              *watch);
void     _lading_stats_watch_cancel_sample      (LadingStatsWatch              *watch);
void     _lading_stats_monitor_take_samples     (LadingStatsMonitor *self);
void     _lading_stats_monitor_schedule_samples (LadingStatsMonitor *self,
                                                 gboolean            sampling,
                                                 gboolean            new_watch);

G_END_DECLS
