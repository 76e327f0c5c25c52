/* lading-stats-monitor-sampling.c
 *
 * The sampled rate of LadingStatsMonitor: rounds of one-shot samples, a few
 * requests at a time, whose points go into the histories together when the
 * round is over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-monitor"

#include "config.h"

#include "lading-stats-calc.h"
#include "lading-stats-monitor-private.h"

/* One-shot samples in flight at once.  The engine answers each at its stats
 * collector's next tick, once a second, so a round of many containers takes
 * a second per this many of them. */
#define MAX_SAMPLES_IN_FLIGHT 32
/* Containers watched anew are sampled this long after, together: a list
 * that fills or scrolls binds many rows at once, and its first frame should
 * not wait for their figures. */
#define FIRST_SAMPLE_DELAY_MS 300

void
_lading_stats_watch_cancel_sample (LadingStatsWatch *watch)
{
  if (watch->sampling == NULL)
    return;

  g_cancellable_cancel (watch->sampling);
  g_clear_object (&watch->sampling);
  watch->monitor->n_sampling--;
}

typedef struct
{
  LadingStatsMonitor *monitor;
  char               *container_id;
} SampleRequest;

static void
sample_request_free (SampleRequest *request)
{
  g_object_unref (request->monitor);
  g_free (request->container_id);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SampleRequest, sample_request_free)

/* The watch may have gone meanwhile; it is found again by its ID. */
static void
sample_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SampleRequest) request = user_data;
  g_autoptr(LadingStatsSample) sample = NULL;
  g_autoptr(GError) error = NULL;
  LadingStatsWatch *watch;

  sample = lading_engine_get_stats_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  watch = g_hash_table_lookup (request->monitor->watches, request->container_id);
  g_return_if_fail (watch != NULL && watch->sampling != NULL);
  g_clear_object (&watch->sampling);
  request->monitor->n_sampling--;

  if (error != NULL)
    g_debug ("Sampling %s failed: %s", request->container_id, error->message);
  else if (!sample->stopped)
    {
      lading_stats_calc (watch->previous, sample, &watch->pending);
      watch->has_pending = TRUE;
      g_clear_pointer (&watch->previous, lading_stats_sample_free);
      watch->previous = g_steal_pointer (&sample);
    }

  _lading_stats_monitor_take_samples (request->monitor);
}

static void
watch_take_sample (LadingStatsWatch *watch)
{
  LadingStatsMonitor *self = watch->monitor;
  SampleRequest *request = g_new0 (SampleRequest, 1);
  const char *id = lading_container_get_id (watch->container);

  request->monitor = g_object_ref (self);
  request->container_id = g_strdup (id);
  watch->sampling = g_cancellable_new ();
  self->n_sampling++;
  lading_engine_get_stats_async (lading_store_get_engine (self->store), id, watch->sampling,
                                 sample_cb, request);
}

/* A round's samples go into the histories together, once it is over, so
 * that the views they change redraw in one frame rather than one each. */
static void
add_pending_points (LadingStatsMonitor *self)
{
  for (guint i = 0; i < self->order->len; i++)
    {
      LadingStatsWatch *watch = g_ptr_array_index (self->order, i);

      if (watch->has_pending)
        lading_stats_history_add_point (watch->history, &watch->pending);
      watch->has_pending = FALSE;
    }
}

/* Works through this round's due watches, a few at a time. */
void
_lading_stats_monitor_take_samples (LadingStatsMonitor *self)
{
  LadingStatsWatch *watch;

  while (self->n_sampling < MAX_SAMPLES_IN_FLIGHT && (watch = g_queue_pop_head (&self->due)))
    if (watch->sampling == NULL && _lading_stats_watch_wants_samples (watch))
      watch_take_sample (watch);

  if (self->n_sampling == 0)
    add_pending_points (self);
}

/* A new round: every watch that wants samples is due.  A round still under
 * way (more containers than a round's interval can sample) ends first: its
 * points go into the histories only when it is over, and rounds that kept
 * overlapping would never be. */
static gboolean
sample_round_cb (gpointer data)
{
  LadingStatsMonitor *self = data;

  if (self->n_sampling > 0 || !g_queue_is_empty (&self->due))
    return G_SOURCE_CONTINUE;

  for (guint i = 0; i < self->order->len; i++)
    {
      LadingStatsWatch *watch = g_ptr_array_index (self->order, i);

      if (_lading_stats_watch_wants_samples (watch) && g_queue_find (&self->due, watch) == NULL)
        g_queue_push_tail (&self->due, watch);
    }
  _lading_stats_monitor_take_samples (self);

  return G_SOURCE_CONTINUE;
}

static gboolean
first_sample_cb (gpointer data)
{
  LadingStatsMonitor *self = data;

  self->first_sample_source = 0;
  sample_round_cb (self);

  return G_SOURCE_REMOVE;
}

/* Rounds every few seconds while some watch wants samples, and one soon for
 * a watch that has none yet. */
void
_lading_stats_monitor_schedule_samples (LadingStatsMonitor *self,
                                        gboolean            sampling,
                                        gboolean            new_watch)
{
  if (sampling && new_watch && self->first_sample_source == 0)
    self->first_sample_source = g_timeout_add (FIRST_SAMPLE_DELAY_MS, first_sample_cb, self);

  if (sampling && self->sample_source == 0)
    self->sample_source = g_timeout_add_seconds (LADING_STATS_MONITOR_SAMPLE_INTERVAL_S,
                                                 sample_round_cb, self);
  else if (!sampling)
    {
      g_clear_handle_id (&self->sample_source, g_source_remove);
      g_clear_handle_id (&self->first_sample_source, g_source_remove);
    }

  _lading_stats_monitor_take_samples (self);
}
