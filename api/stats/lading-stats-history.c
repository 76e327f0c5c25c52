/* lading-stats-history.c
 *
 * What one container's stats were over time: a series per figure, all
 * appended together so that point i of each series is the same sample, and
 * the engine events that explain the curves (starts, deaths, OOM kills,
 * health changes) as markers.  It lives as long as Lading runs (or the
 * container), so a graph closed and opened again shows what it missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-history"

#include "config.h"

#include <math.h>

#include "lading-stats-history.h"

/* Markers older than the oldest sample are of no use to a graph; this caps
 * them for a container that restarts in a loop without being watched. */
#define MAX_MARKERS 512

struct _LadingStatsHistory
{
  GObject           parent_instance;

  /* Owned */
  char             *container_id;
  LadingTimeSeries *series[LADING_STATS_N_SERIES];
  GArray           *markers;
};

G_DEFINE_FINAL_TYPE (LadingStatsHistory, lading_stats_history, G_TYPE_OBJECT)

enum {
  SIGNAL_MARKER_ADDED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
lading_stats_history_finalize (GObject *object)
{
  LadingStatsHistory *self = (LadingStatsHistory *)object;

  g_free (self->container_id);
  for (guint i = 0; i < LADING_STATS_N_SERIES; i++)
    g_clear_object (&self->series[i]);
  g_array_unref (self->markers);

  G_OBJECT_CLASS (lading_stats_history_parent_class)->finalize (object);
}

static void
lading_stats_history_class_init (LadingStatsHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lading_stats_history_finalize;

  /**
   * LadingStatsHistory::marker-added:
   * @marker: (type gpointer): the new #LadingStatsMarker, valid during emission
   */
  signals [SIGNAL_MARKER_ADDED] =
    g_signal_new ("marker-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
lading_stats_history_init (LadingStatsHistory *self)
{
  self->markers = g_array_new (FALSE, FALSE, sizeof (LadingStatsMarker));
}

/**
 * lading_stats_history_new:
 * @container_id: the full ID of the container
 * @capacity: how many samples each series keeps
 *
 * Returns: (transfer full): an empty history
 */
LadingStatsHistory *
lading_stats_history_new (const char *container_id,
                          guint       capacity)
{
  LadingStatsHistory *self;

  g_return_val_if_fail (container_id != NULL, NULL);
  g_return_val_if_fail (capacity > 0, NULL);

  self = g_object_new (LADING_TYPE_STATS_HISTORY, NULL);
  self->container_id = g_strdup (container_id);
  for (guint i = 0; i < LADING_STATS_N_SERIES; i++)
    self->series[i] = lading_time_series_new (capacity);

  return self;
}

const char *
lading_stats_history_get_container_id (LadingStatsHistory *self)
{
  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), NULL);

  return self->container_id;
}

/**
 * lading_stats_history_get_series:
 *
 * Returns: (transfer none): the series of @kind
 */
LadingTimeSeries *
lading_stats_history_get_series (LadingStatsHistory    *self,
                                 LadingStatsSeriesKind  kind)
{
  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), NULL);
  g_return_val_if_fail (kind < LADING_STATS_N_SERIES, NULL);

  return self->series[kind];
}

/**
 * lading_stats_history_add_point:
 *
 * Appends one sample to every series.  Unknown figures (NaN) become gaps.
 */
void
lading_stats_history_add_point (LadingStatsHistory     *self,
                                const LadingStatsPoint *point)
{
  const double values[LADING_STATS_N_SERIES] = {
    [LADING_STATS_CPU] = point->cpu_percent,
    [LADING_STATS_MEMORY] = point->memory_used,
    [LADING_STATS_MEMORY_LIMIT] = point->memory_limit,
    [LADING_STATS_NET_RX] = point->net_rx_per_s,
    [LADING_STATS_NET_TX] = point->net_tx_per_s,
    [LADING_STATS_BLOCK_READ] = point->block_read_per_s,
    [LADING_STATS_BLOCK_WRITE] = point->block_write_per_s,
    [LADING_STATS_PIDS] = point->pids,
  };

  g_return_if_fail (LADING_IS_STATS_HISTORY (self));
  g_return_if_fail (point != NULL);

  for (guint i = 0; i < LADING_STATS_N_SERIES; i++)
    lading_time_series_append (self->series[i], point->time_us, values[i]);
}

static gboolean
marker_kind_from_event (const LadingEvent     *event,
                        LadingStatsMarkerKind *kind,
                        int                   *exit_code)
{
  const char *action = event->action;

  *exit_code = 0;
  if (g_str_equal (action, "die"))
    {
      const char *code = lading_event_get_attribute (event, "exitCode");

      *exit_code = code != NULL ? (int)g_ascii_strtoll (code, NULL, 10) : 0;
      *kind = *exit_code == 0 ? LADING_STATS_MARKER_STOPPED : LADING_STATS_MARKER_FAILED;
      return TRUE;
    }
  if (g_str_equal (action, "health_status"))
    {
      if (g_strcmp0 (event->detail, "healthy") == 0)
        *kind = LADING_STATS_MARKER_HEALTHY;
      else if (g_strcmp0 (event->detail, "unhealthy") == 0)
        *kind = LADING_STATS_MARKER_UNHEALTHY;
      else
        return FALSE;
      return TRUE;
    }

  if (g_str_equal (action, "start"))
    *kind = LADING_STATS_MARKER_STARTED;
  else if (g_str_equal (action, "oom"))
    *kind = LADING_STATS_MARKER_OOM;
  else if (g_str_equal (action, "pause"))
    *kind = LADING_STATS_MARKER_PAUSED;
  else if (g_str_equal (action, "unpause"))
    *kind = LADING_STATS_MARKER_UNPAUSED;
  else
    return FALSE;

  return TRUE;
}

/**
 * lading_stats_history_add_event:
 * @event: an engine event about this history's container
 *
 * Marks the event's time if the event is one a graph should show (start,
 * die, oom, pause, unpause, health changes).
 *
 * Returns: whether a marker was added
 */
gboolean
lading_stats_history_add_event (LadingStatsHistory *self,
                                const LadingEvent  *event)
{
  LadingStatsMarker marker;

  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  if (event->kind != LADING_EVENT_KIND_CONTAINER || event->action == NULL ||
      g_strcmp0 (event->actor_id, self->container_id) != 0 ||
      !marker_kind_from_event (event, &marker.kind, &marker.exit_code))
    return FALSE;

  marker.time_us = event->time_nano / 1000;
  if (self->markers->len == MAX_MARKERS)
    g_array_remove_index (self->markers, 0);
  g_array_append_val (self->markers, marker);
  g_signal_emit (self, signals [SIGNAL_MARKER_ADDED], 0, &marker);

  return TRUE;
}

guint
lading_stats_history_get_n_markers (LadingStatsHistory *self)
{
  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), 0);

  return self->markers->len;
}

/**
 * lading_stats_history_get_marker:
 * @index: 0 for the oldest
 *
 * Returns: (transfer none): the marker, valid until the next one is added
 */
const LadingStatsMarker *
lading_stats_history_get_marker (LadingStatsHistory *self,
                                 guint               index)
{
  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), NULL);
  g_return_val_if_fail (index < self->markers->len, NULL);

  return &g_array_index (self->markers, LadingStatsMarker, index);
}

static void
append_csv_value (GString *csv,
                  double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (csv, ',');
  /* An unknown figure is an empty field, which spreadsheets read as such. */
  if (isfinite (value))
    g_string_append (csv, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

/**
 * lading_stats_history_dup_csv:
 * @since_us: the first time to include (Unix µs); 0 for all
 *
 * The samples from @since_us on as CSV: a header line, then one line per
 * sample with its UTC time in ISO 8601 and each figure in plain units (%,
 * bytes, bytes per second) with a dot as decimal mark, whatever the locale.
 *
 * Returns: (transfer full): the CSV text
 */
char *
lading_stats_history_dup_csv (LadingStatsHistory *self,
                              gint64              since_us)
{
  GString *csv = g_string_new ("time,cpu_percent,memory_used_bytes,memory_limit_bytes,"
                               "net_rx_bytes_per_s,net_tx_bytes_per_s,"
                               "block_read_bytes_per_s,block_write_bytes_per_s,pids\n");
  LadingTimeSeries *first;
  guint n;

  g_return_val_if_fail (LADING_IS_STATS_HISTORY (self), NULL);

  first = self->series[0];
  n = lading_time_series_get_n_points (first);
  for (guint i = lading_time_series_find (first, since_us); i < n; i++)
    {
      g_autoptr(GDateTime) second = NULL;
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *iso = NULL;
      gint64 time_us;
      double value;

      lading_time_series_get_point (first, i, &time_us, &value);
      second = g_date_time_new_from_unix_utc (time_us / G_USEC_PER_SEC);
      time = g_date_time_add (second, time_us % G_USEC_PER_SEC);
      iso = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S.%fZ");
      g_string_append (csv, iso);

      for (guint k = 0; k < LADING_STATS_N_SERIES; k++)
        {
          lading_time_series_get_point (self->series[k], i, NULL, &value);
          append_csv_value (csv, value);
        }
      g_string_append_c (csv, '\n');
    }

  return g_string_free (csv, FALSE);
}
