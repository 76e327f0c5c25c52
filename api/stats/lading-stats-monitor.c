/* lading-stats-monitor.c
 *
 * Follows the stats of the containers someone looks at, and only those:
 * views watch a container while they show it (a graph page, a list row on
 * screen) and unwatch it when they stop.  A running container watched live
 * has one stats stream, up to max-streams of them (the rest wait in the
 * order they were first watched); one only watched at the sampled rate gets
 * a one-shot sample every few seconds, a few requests at a time.  A
 * container's history stays when no one watches it any more, so a page
 * opened again shows what came before (with a gap for the time no one
 * looked), until the container is removed or, beyond max-kept-histories
 * (see there for what that bounds), others stopped being watched since.
 *
 * The monitor reacts to the store: a watched container that starts gets a
 * stream, one that dies loses it, and engine events become markers in the
 * history.  Paused (the window is hidden), it holds no stream at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-monitor"

#include "config.h"

#include <math.h>

#include "lading-stats-monitor-private.h"
#include "lading-stats-reader.h"

/* A stream that ended is not reopened at once: when its container stopped,
 * the "die" event that says so may still be on its way. */
#define RETRY_DELAY_S 2
G_DEFINE_FINAL_TYPE (LadingStatsMonitor, lading_stats_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAUSED,
  PROP_MAX_STREAMS,
  PROP_MAX_KEPT_HISTORIES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void reconcile (LadingStatsMonitor *self);

static void
watch_stop_reader (LadingStatsWatch *watch)
{
  if (watch->reader == NULL)
    return;

  g_signal_handlers_disconnect_by_data (watch->reader, watch);
  lading_stats_reader_stop (watch->reader);
  g_clear_object (&watch->reader);
  watch->monitor->n_streams--;
}

static guint
watch_n_watchers (LadingStatsWatch *watch)
{
  return watch->watchers[LADING_STATS_RATE_SAMPLED] + watch->watchers[LADING_STATS_RATE_LIVE];
}

static void
watch_free (gpointer data)
{
  LadingStatsWatch *watch = data;

  g_queue_remove (&watch->monitor->due, watch);
  g_queue_remove (&watch->monitor->kept, watch);
  _lading_stats_watch_cancel_sample (watch);
  g_clear_pointer (&watch->previous, lading_stats_sample_free);
  watch_stop_reader (watch);
  g_clear_handle_id (&watch->retry_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (watch->container, watch->monitor);
  g_clear_object (&watch->container);
  g_clear_object (&watch->history);
  g_free (watch);
}

static gboolean
reconcile_cb (gpointer data)
{
  LadingStatsMonitor *self = data;

  self->reconcile_source = 0;
  reconcile (self);

  return G_SOURCE_REMOVE;
}

static void
queue_reconcile (LadingStatsMonitor *self)
{
  if (self->reconcile_source == 0)
    self->reconcile_source = g_idle_add (reconcile_cb, self);
}

static gboolean
retry_cb (gpointer data)
{
  LadingStatsWatch *watch = data;

  watch->retry_source = 0;
  reconcile (watch->monitor);

  return G_SOURCE_REMOVE;
}

/* A stream's first sample has no CPU figure.  Right after samples taken
 * at the sampled rate it would only break the line, so it is left out. */
static gboolean
breaks_line (LadingStatsWatch                  *watch,
             const LadingStatsPoint *point)
{
  LadingTimeSeries *cpu = lading_stats_history_get_series (watch->history, LADING_STATS_CPU);
  gint64 time_us;
  double value;

  return isnan (point->cpu_percent) &&
         lading_time_series_get_last (cpu, &time_us, &value) && isfinite (value) &&
         point->time_us - time_us <= 2 * LADING_STATS_MONITOR_SAMPLE_INTERVAL_S * G_USEC_PER_SEC;
}

static void
reader_point_cb (LadingStatsReader      *reader,
                 const LadingStatsPoint *point,
                 LadingStatsWatch                  *watch)
{
  if (!breaks_line (watch, point))
    lading_stats_history_add_point (watch->history, point);
}

static void
reader_ended_cb (LadingStatsReader *reader,
                 const GError      *error,
                 LadingStatsWatch             *watch)
{
  if (error != NULL)
    g_debug ("Stats of %s ended: %s",
             lading_stats_history_get_container_id (watch->history), error->message);

  watch_stop_reader (watch);
  watch->retry_source = g_timeout_add_seconds (RETRY_DELAY_S, retry_cb, watch);
  queue_reconcile (watch->monitor);
}

/* Whether the container has stats and someone may look at them now. */
static gboolean
watch_can_follow (LadingStatsWatch *watch)
{
  LadingStatsMonitor *self = watch->monitor;
  LadingContainerState state = lading_container_get_state (watch->container);

  return !self->paused &&
         lading_store_get_state (self->store) == LADING_STORE_STATE_CONNECTED &&
         lading_store_lookup_container (self->store,
                                        lading_container_get_id (watch->container)) != NULL &&
         (state == LADING_CONTAINER_STATE_RUNNING || state == LADING_CONTAINER_STATE_PAUSED);
}

static gboolean
watch_wants_stream (LadingStatsWatch *watch)
{
  return watch->watchers[LADING_STATS_RATE_LIVE] > 0 && watch->retry_source == 0 &&
         watch_can_follow (watch);
}

gboolean
_lading_stats_watch_wants_samples (LadingStatsWatch *watch)
{
  return watch->watchers[LADING_STATS_RATE_LIVE] == 0 &&
         watch->watchers[LADING_STATS_RATE_SAMPLED] > 0 && watch_can_follow (watch);
}

static void
watch_start_reader (LadingStatsWatch *watch)
{
  LadingStatsMonitor *self = watch->monitor;

  watch->reader = lading_stats_reader_new (lading_store_get_engine (self->store),
                                           lading_container_get_id (watch->container));
  g_signal_connect (watch->reader, "point", G_CALLBACK (reader_point_cb), watch);
  g_signal_connect (watch->reader, "ended", G_CALLBACK (reader_ended_cb), watch);
  /* The stream computes its own rates; a later sample starts afresh. */
  g_clear_pointer (&watch->previous, lading_stats_sample_free);
  self->n_streams++;
  lading_stats_reader_start (watch->reader);
}

/* Stops the streams no one needs first, so that those waiting can take
 * their places in the order they came; then samples those watched at the
 * sampled rate, soon for any new one. */
static void
reconcile (LadingStatsMonitor *self)
{
  gboolean sampling = FALSE;
  gboolean new_watch = FALSE;

  g_clear_handle_id (&self->reconcile_source, g_source_remove);

  for (guint i = 0; i < self->order->len; i++)
    {
      LadingStatsWatch *watch = g_ptr_array_index (self->order, i);

      if (watch->reader != NULL && !watch_wants_stream (watch))
        watch_stop_reader (watch);
      if (!_lading_stats_watch_wants_samples (watch))
        {
          _lading_stats_watch_cancel_sample (watch);
          g_queue_remove (&self->due, watch);
        }
    }

  for (guint i = 0; i < self->order->len; i++)
    {
      LadingStatsWatch *watch = g_ptr_array_index (self->order, i);

      if (watch->reader == NULL && self->n_streams < self->max_streams &&
          watch_wants_stream (watch))
        watch_start_reader (watch);

      if (_lading_stats_watch_wants_samples (watch))
        {
          sampling = TRUE;
          new_watch |= watch->previous == NULL && watch->sampling == NULL;
        }
    }

  _lading_stats_monitor_schedule_samples (self, sampling, new_watch);
}

static void
watch_forget (LadingStatsMonitor *self,
              LadingStatsWatch              *watch)
{
  g_ptr_array_remove (self->order, watch);
  g_hash_table_remove (self->watches, lading_container_get_id (watch->container));
}

/* Unwatched histories beyond max-kept-histories go, oldest first. */
static void
drop_kept (LadingStatsMonitor *self)
{
  while (self->kept.length > self->max_kept)
    {
      LadingStatsWatch *oldest = g_queue_peek_head (&self->kept);

      g_hash_table_remove (self->watches, lading_container_get_id (oldest->container));
    }
}

static void
store_event_cb (LadingStatsMonitor *self,
                const LadingEvent  *event,
                LadingStore        *store)
{
  LadingStatsWatch *watch;

  if (event->kind != LADING_EVENT_KIND_CONTAINER || event->actor_id == NULL)
    return;

  watch = g_hash_table_lookup (self->watches, event->actor_id);
  if (watch == NULL)
    return;

  lading_stats_history_add_event (watch->history, event);
  /* A history no one can look at any more goes with its container. */
  if (g_strcmp0 (event->action, "destroy") == 0 && watch_n_watchers (watch) == 0)
    watch_forget (self, watch);

  queue_reconcile (self);
}

static void
lading_stats_monitor_dispose (GObject *object)
{
  LadingStatsMonitor *self = (LadingStatsMonitor *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->reconcile_source, g_source_remove);
  g_clear_handle_id (&self->sample_source, g_source_remove);
  g_clear_handle_id (&self->first_sample_source, g_source_remove);
  g_ptr_array_set_size (self->order, 0);
  g_hash_table_remove_all (self->watches);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_stats_monitor_parent_class)->dispose (object);
}

static void
lading_stats_monitor_finalize (GObject *object)
{
  LadingStatsMonitor *self = (LadingStatsMonitor *)object;

  g_ptr_array_unref (self->order);
  g_hash_table_unref (self->watches);

  G_OBJECT_CLASS (lading_stats_monitor_parent_class)->finalize (object);
}

static void
lading_stats_monitor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LadingStatsMonitor *self = LADING_STATS_MONITOR (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;

    case PROP_MAX_STREAMS:
      g_value_set_uint (value, self->max_streams);
      break;

    case PROP_MAX_KEPT_HISTORIES:
      g_value_set_uint (value, self->max_kept);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_stats_monitor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadingStatsMonitor *self = LADING_STATS_MONITOR (object);

  switch (prop_id)
    {
    case PROP_PAUSED:
      lading_stats_monitor_set_paused (self, g_value_get_boolean (value));
      break;

    case PROP_MAX_STREAMS:
      lading_stats_monitor_set_max_streams (self, g_value_get_uint (value));
      break;

    case PROP_MAX_KEPT_HISTORIES:
      lading_stats_monitor_set_max_kept_histories (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_stats_monitor_class_init (LadingStatsMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_stats_monitor_dispose;
  object_class->finalize = lading_stats_monitor_finalize;
  object_class->get_property = lading_stats_monitor_get_property;
  object_class->set_property = lading_stats_monitor_set_property;

  properties [PROP_PAUSED] =
    g_param_spec_boolean ("paused", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAX_STREAMS] =
    g_param_spec_uint ("max-streams", NULL, NULL,
                       1, G_MAXUINT, LADING_STATS_MONITOR_MAX_STREAMS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingStatsMonitor:max-kept-histories:
   *
   * For how many containers no one watches any more the monitor keeps the
   * history, those watched longest ago going first.  A history holds at
   * most %LADING_STATS_HISTORY_CAPACITY (3,600: an hour at one sample a
   * second) samples of each of %LADING_STATS_N_SERIES (8) series, 16 bytes
   * a sample: 450 KiB.  By default what is kept so costs at most
   * 64 × 450 KiB = 28 MiB, on top of the histories watched now (the pages
   * open, the rows on screen).
   */
  properties [PROP_MAX_KEPT_HISTORIES] =
    g_param_spec_uint ("max-kept-histories", NULL, NULL,
                       0, G_MAXUINT, LADING_STATS_MONITOR_MAX_KEPT_HISTORIES,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_stats_monitor_init (LadingStatsMonitor *self)
{
  self->watches = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, watch_free);
  self->order = g_ptr_array_new ();
  self->max_streams = LADING_STATS_MONITOR_MAX_STREAMS;
  self->max_kept = LADING_STATS_MONITOR_MAX_KEPT_HISTORIES;
}

/**
 * lading_stats_monitor_new:
 * @store: the store whose containers to follow
 *
 * Returns: (transfer full): a monitor that watches nothing yet
 */
LadingStatsMonitor *
lading_stats_monitor_new (LadingStore *store)
{
  LadingStatsMonitor *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);

  self = g_object_new (LADING_TYPE_STATS_MONITOR, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "event", G_CALLBACK (store_event_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::state", G_CALLBACK (queue_reconcile), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/**
 * lading_stats_monitor_get_store:
 *
 * Returns: (transfer none): the store whose containers are followed
 */
LadingStore *
lading_stats_monitor_get_store (LadingStatsMonitor *self)
{
  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), NULL);

  return self->store;
}

/**
 * lading_stats_monitor_watch:
 * @container: a container of the monitor's store
 * @rate: how closely to follow it
 *
 * Asks for @container's stats until a matching
 * lading_stats_monitor_unwatch(): they go into its history while it runs
 * (and the monitor is not paused).  Calls nest.
 *
 * Returns: (transfer none): the container's history, which the monitor
 *   keeps while the container exists
 */
LadingStatsHistory *
lading_stats_monitor_watch (LadingStatsMonitor *self,
                            LadingContainer    *container,
                            LadingStatsRate     rate)
{
  const char *id;
  LadingStatsWatch *watch;

  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), NULL);
  g_return_val_if_fail (LADING_IS_CONTAINER (container), NULL);
  g_return_val_if_fail (rate <= LADING_STATS_RATE_LIVE, NULL);

  id = lading_container_get_id (container);
  watch = g_hash_table_lookup (self->watches, id);
  if (watch == NULL)
    {
      watch = g_new0 (LadingStatsWatch, 1);
      watch->monitor = self;
      watch->container = g_object_ref (container);
      watch->history = lading_stats_history_new (id, LADING_STATS_HISTORY_CAPACITY);
      /* The store may learn a new state after the event that announced it. */
      g_signal_connect_swapped (container, "notify::state", G_CALLBACK (queue_reconcile), self);
      g_hash_table_insert (self->watches, (gpointer)lading_container_get_id (container), watch);
    }
  if (watch_n_watchers (watch) == 0)
    {
      g_queue_remove (&self->kept, watch);
      g_ptr_array_add (self->order, watch);
    }
  if (watch->watchers[rate]++ == 0)
    queue_reconcile (self);

  return watch->history;
}

/**
 * lading_stats_monitor_unwatch:
 * @rate: the rate it was watched at
 *
 * Ends one lading_stats_monitor_watch() of @container.  Its stream or
 * sampling stops with the last one; the history stays.
 */
void
lading_stats_monitor_unwatch (LadingStatsMonitor *self,
                              LadingContainer    *container,
                              LadingStatsRate     rate)
{
  LadingStatsWatch *watch;

  g_return_if_fail (LADING_IS_STATS_MONITOR (self));
  g_return_if_fail (LADING_IS_CONTAINER (container));
  g_return_if_fail (rate <= LADING_STATS_RATE_LIVE);

  watch = g_hash_table_lookup (self->watches, lading_container_get_id (container));
  g_return_if_fail (watch != NULL && watch->watchers[rate] > 0);

  watch->watchers[rate]--;
  if (watch_n_watchers (watch) > 0)
    {
      queue_reconcile (self);
      return;
    }

  g_ptr_array_remove (self->order, watch);
  if (lading_store_lookup_container (self->store, lading_container_get_id (container)) == NULL)
    {
      g_hash_table_remove (self->watches, lading_container_get_id (container));
      queue_reconcile (self);
      return;
    }

  /* Waiting here is not worth a stream: the next watch retries at once. */
  g_clear_handle_id (&watch->retry_source, g_source_remove);
  watch_stop_reader (watch);
  _lading_stats_watch_cancel_sample (watch);
  g_queue_remove (&self->due, watch);

  g_queue_push_tail (&self->kept, watch);
  drop_kept (self);
  queue_reconcile (self);
}

/**
 * lading_stats_monitor_lookup:
 *
 * Returns: (transfer none) (nullable): the history of the container with
 *   @container_id, if it was ever watched
 */
LadingStatsHistory *
lading_stats_monitor_lookup (LadingStatsMonitor *self,
                             const char         *container_id)
{
  LadingStatsWatch *watch;

  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), NULL);
  g_return_val_if_fail (container_id != NULL, NULL);

  watch = g_hash_table_lookup (self->watches, container_id);

  return watch != NULL ? watch->history : NULL;
}

gboolean
lading_stats_monitor_get_paused (LadingStatsMonitor *self)
{
  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), FALSE);

  return self->paused;
}

/**
 * lading_stats_monitor_set_paused:
 *
 * Stops every stream while @paused, for a window that is hidden; watches
 * stay and get their streams back when it is unpaused.
 */
void
lading_stats_monitor_set_paused (LadingStatsMonitor *self,
                                 gboolean            paused)
{
  g_return_if_fail (LADING_IS_STATS_MONITOR (self));

  paused = !!paused;
  if (self->paused == paused)
    return;

  self->paused = paused;
  reconcile (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAUSED]);
}

guint
lading_stats_monitor_get_max_streams (LadingStatsMonitor *self)
{
  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), 0);

  return self->max_streams;
}

void
lading_stats_monitor_set_max_streams (LadingStatsMonitor *self,
                                      guint               max_streams)
{
  g_return_if_fail (LADING_IS_STATS_MONITOR (self));
  g_return_if_fail (max_streams > 0);

  if (self->max_streams == max_streams)
    return;

  self->max_streams = max_streams;
  /* Fewer allowed: those watched last give their streams back. */
  for (guint i = self->order->len; i > 0 && self->n_streams > max_streams; i--)
    watch_stop_reader (g_ptr_array_index (self->order, i - 1));
  reconcile (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAX_STREAMS]);
}

guint
lading_stats_monitor_get_max_kept_histories (LadingStatsMonitor *self)
{
  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), 0);

  return self->max_kept;
}

void
lading_stats_monitor_set_max_kept_histories (LadingStatsMonitor *self,
                                             guint               max_kept)
{
  g_return_if_fail (LADING_IS_STATS_MONITOR (self));

  if (self->max_kept == max_kept)
    return;

  self->max_kept = max_kept;
  drop_kept (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAX_KEPT_HISTORIES]);
}

/**
 * lading_stats_monitor_get_n_streams:
 *
 * Returns: how many stats streams are open now
 */
guint
lading_stats_monitor_get_n_streams (LadingStatsMonitor *self)
{
  g_return_val_if_fail (LADING_IS_STATS_MONITOR (self), 0);

  return self->n_streams;
}
