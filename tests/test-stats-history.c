/* test-stats-history.c
 *
 * LadingStatsHistory without an engine: points land in every series at the
 * same index, engine events become the right markers (and only events of
 * its container that a graph should show), CSV comes out exactly, and the
 * markers read as sentences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lading-stats-history.h"
#include "lading-stats-marker-text.h"

#define ID "4f9a1c0d2b3e"

static LadingStatsPoint
point_at (gint64 time_us,
          double cpu)
{
  LadingStatsPoint point = {
    .time_us = time_us,
    .cpu_percent = cpu,
    .memory_used = 1048576,
    .memory_limit = 268435456,
    .memory_percent = 0.390625,
    .net_rx_per_s = NAN,
    .net_tx_per_s = NAN,
    .block_read_per_s = 0,
    .block_write_per_s = 4096,
    .pids = 3,
  };

  return point;
}

static LadingEvent *
event_new (const char *line)
{
  g_autoptr(GError) error = NULL;
  LadingEvent *event = lading_event_parse (line, -1, &error);

  g_assert_no_error (error);

  return event;
}

static void
test_points (void)
{
  g_autoptr(LadingStatsHistory) history = lading_stats_history_new (ID, 2);
  LadingStatsPoint point;
  gint64 time_us;
  double value;

  for (guint i = 0; i < 3; i++)
    {
      point = point_at (1000000 * (i + 1), 10.0 * i);
      lading_stats_history_add_point (history, &point);
    }

  /* Capacity 2: the first point is gone from every series alike. */
  for (guint k = 0; k < LADING_STATS_N_SERIES; k++)
    {
      LadingTimeSeries *series = lading_stats_history_get_series (history, k);

      g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 2);
      lading_time_series_get_point (series, 0, &time_us, &value);
      g_assert_cmpint (time_us, ==, 2000000);
    }

  lading_time_series_get_point (lading_stats_history_get_series (history, LADING_STATS_CPU),
                                1, NULL, &value);
  g_assert_cmpfloat (value, ==, 20.0);
  lading_time_series_get_point (lading_stats_history_get_series (history, LADING_STATS_NET_RX),
                                1, NULL, &value);
  g_assert_true (isnan (value));
  lading_time_series_get_point (lading_stats_history_get_series (history, LADING_STATS_PIDS),
                                1, NULL, &value);
  g_assert_cmpfloat (value, ==, 3);
}

static void
test_csv (void)
{
  g_autoptr(LadingStatsHistory) history = lading_stats_history_new (ID, 10);
  LadingStatsPoint first = point_at (G_GINT64_CONSTANT (1764806400000000), 12.345);
  LadingStatsPoint second = point_at (G_GINT64_CONSTANT (1764806401250000), NAN);
  g_autofree char *all = NULL;
  g_autofree char *last = NULL;

  lading_stats_history_add_point (history, &first);
  lading_stats_history_add_point (history, &second);

  all = lading_stats_history_dup_csv (history, 0);
  g_assert_cmpstr (all, ==,
                   "time,cpu_percent,memory_used_bytes,memory_limit_bytes,"
                   "net_rx_bytes_per_s,net_tx_bytes_per_s,"
                   "block_read_bytes_per_s,block_write_bytes_per_s,pids\n"
                   "2025-12-04T00:00:00.000000Z,12.35,1048576.00,268435456.00,,,0.00,4096.00,3.00\n"
                   "2025-12-04T00:00:01.250000Z,,1048576.00,268435456.00,,,0.00,4096.00,3.00\n");

  /* Only the shown range: from the second sample on. */
  last = lading_stats_history_dup_csv (history, G_GINT64_CONSTANT (1764806401000000));
  g_assert_nonnull (strstr (last, "\n2025-12-04T00:00:01.250000Z,"));
  g_assert_null (strstr (last, "00:00:00.000000Z"));
}

static void
test_markers (void)
{
  g_autoptr(LadingStatsHistory) history = lading_stats_history_new (ID, 10);
  static const struct {
    const char *line;
    gboolean    marked;
  } events[] = {
    { "{\"Type\":\"container\",\"Action\":\"start\",\"Actor\":{\"ID\":\"" ID "\"},"
      "\"timeNano\":1000000000}", TRUE },
    { "{\"Type\":\"container\",\"Action\":\"die\",\"Actor\":{\"ID\":\"" ID "\","
      "\"Attributes\":{\"exitCode\":\"3\"}},\"timeNano\":2000000000}", TRUE },
    { "{\"Type\":\"container\",\"Action\":\"health_status: unhealthy\","
      "\"Actor\":{\"ID\":\"" ID "\"},\"timeNano\":3000000000}", TRUE },
    /* Not worth a marker, or not this container's. */
    { "{\"Type\":\"container\",\"Action\":\"rename\",\"Actor\":{\"ID\":\"" ID "\"},"
      "\"timeNano\":4000000000}", FALSE },
    { "{\"Type\":\"container\",\"Action\":\"start\",\"Actor\":{\"ID\":\"other\"},"
      "\"timeNano\":5000000000}", FALSE },
    { "{\"Type\":\"image\",\"Action\":\"delete\",\"Actor\":{\"ID\":\"" ID "\"},"
      "\"timeNano\":6000000000}", FALSE },
  };
  static const char * const texts[] = { "Started", "Exited with code 3", "Unhealthy" };
  guint n_added = 0;

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(LadingEvent) event = event_new (events[i].line);

      g_assert_cmpint (lading_stats_history_add_event (history, event), ==, events[i].marked);
      n_added += events[i].marked;
    }

  g_assert_cmpuint (lading_stats_history_get_n_markers (history), ==, n_added);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const LadingStatsMarker *marker = lading_stats_history_get_marker (history, i);
      g_autofree char *text = lading_stats_marker_text_dup (marker);

      g_assert_cmpint (marker->time_us, ==, (i + 1) * G_USEC_PER_SEC);
      g_assert_cmpstr (text, ==, texts[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats-history/points", test_points);
  g_test_add_func ("/stats-history/csv", test_csv);
  g_test_add_func ("/stats-history/markers", test_markers);

  return g_test_run ();
}
