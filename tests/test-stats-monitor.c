/* test-stats-monitor.c
 *
 * LadingStatsMonitor against the private engine: a watched running
 * container's stats reach its history, and only while someone watches and
 * the monitor is not paused; streams beyond max-streams wait their turn;
 * a container that stops loses its stream and gets a marker; the history
 * outlives the watch; sampled rounds longer than their interval still end.
 * Everything is awaited on conditions, not sleeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-stats-monitor.h"
#include "lading-store.h"
#include "lading-test-util.h"

typedef struct
{
  LadingStore        *store;
  LadingStatsMonitor *monitor;
  char               *ids[2];
} Fixture;

typedef struct
{
  LadingStatsMonitor *monitor;
  LadingStatsHistory *history;
  guint               n;
} Expect;

static gboolean
containers_running (gpointer data)
{
  Fixture *fixture = data;

  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      LadingContainer *container = lading_store_lookup_container (fixture->store,
                                                                  fixture->ids[i]);

      if (container == NULL ||
          lading_container_get_state (container) != LADING_CONTAINER_STATE_RUNNING)
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_points (gpointer data)
{
  Expect *expect = data;
  LadingTimeSeries *cpu = lading_stats_history_get_series (expect->history, LADING_STATS_CPU);

  return lading_time_series_get_n_points (cpu) >= expect->n;
}

static gboolean
n_streams_is (gpointer data)
{
  Expect *expect = data;

  return lading_stats_monitor_get_n_streams (expect->monitor) == expect->n;
}

static gboolean
has_markers (gpointer data)
{
  Expect *expect = data;

  return lading_stats_history_get_n_markers (expect->history) >= expect->n;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->ids[0] = lading_test_create_container ("lading-test-stats-monitor-a", NULL);
  fixture->ids[1] = lading_test_create_container ("lading-test-stats-monitor-b", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    lading_test_container_action (fixture->ids[i], "start", 204);

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  lading_test_await (lading_test_store_loaded, fixture->store, "the store to load");
  lading_test_await (containers_running, fixture, "both containers to run in the store");
  fixture->monitor = lading_stats_monitor_new (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->monitor);
  g_clear_object (&fixture->store);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->ids); i++)
    {
      lading_test_remove_container (fixture->ids[i]);
      g_free (fixture->ids[i]);
    }
}

static LadingContainer *
container_of (Fixture *fixture,
              guint    i)
{
  return lading_store_lookup_container (fixture->store, fixture->ids[i]);
}

static void
test_watch (Fixture       *fixture,
            gconstpointer  user_data)
{
  LadingContainer *container = container_of (fixture, 0);
  Expect expect = { fixture->monitor, NULL, 0 };
  LadingTimeSeries *cpu;
  guint n_points;

  g_assert_null (lading_stats_monitor_lookup (fixture->monitor, fixture->ids[0]));
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (fixture->monitor), ==, 0);

  expect.history = lading_stats_monitor_watch (fixture->monitor, container, LADING_STATS_RATE_LIVE);
  g_assert_true (lading_stats_monitor_lookup (fixture->monitor, fixture->ids[0]) ==
                 expect.history);
  expect.n = 2;
  lading_test_await (has_points, &expect, "two samples in the history");
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (fixture->monitor), ==, 1);

  /* Paused: no stream, then it comes back. */
  lading_stats_monitor_set_paused (fixture->monitor, TRUE);
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (fixture->monitor), ==, 0);
  lading_stats_monitor_set_paused (fixture->monitor, FALSE);
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (fixture->monitor), ==, 1);
  expect.n = 3;
  lading_test_await (has_points, &expect, "a sample after unpausing");

  /* Unwatched: the stream goes, the history stays. */
  lading_stats_monitor_unwatch (fixture->monitor, container, LADING_STATS_RATE_LIVE);
  expect.n = 0;
  lading_test_await (n_streams_is, &expect, "the stream to stop");
  g_assert_true (lading_stats_monitor_lookup (fixture->monitor, fixture->ids[0]) ==
                 expect.history);
  cpu = lading_stats_history_get_series (expect.history, LADING_STATS_CPU);
  n_points = lading_time_series_get_n_points (cpu);
  g_assert_cmpuint (n_points, >=, 3);
}

static void
test_max_streams (Fixture       *fixture,
                  gconstpointer  user_data)
{
  Expect expect = { fixture->monitor, NULL, 1 };

  lading_stats_monitor_set_max_streams (fixture->monitor, 1);
  lading_stats_monitor_watch (fixture->monitor, container_of (fixture, 0), LADING_STATS_RATE_LIVE);
  expect.history = lading_stats_monitor_watch (fixture->monitor, container_of (fixture, 1),
                                               LADING_STATS_RATE_LIVE);
  lading_test_await (n_streams_is, &expect, "one stream");

  /* The second waits until the first is let go. */
  lading_stats_monitor_unwatch (fixture->monitor, container_of (fixture, 0),
                                LADING_STATS_RATE_LIVE);
  expect.n = 1;
  lading_test_await (has_points, &expect, "a sample of the second container");
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (fixture->monitor), ==, 1);

  lading_stats_monitor_unwatch (fixture->monitor, container_of (fixture, 1),
                                LADING_STATS_RATE_LIVE);
}

static void
test_stop_and_start (Fixture       *fixture,
                     gconstpointer  user_data)
{
  LadingContainer *container = container_of (fixture, 0);
  Expect expect = { fixture->monitor, NULL, 1 };
  const LadingStatsMarker *marker;

  expect.history = lading_stats_monitor_watch (fixture->monitor, container, LADING_STATS_RATE_LIVE);
  lading_test_await (has_points, &expect, "a sample");

  lading_test_container_action (fixture->ids[0], "stop", 204);
  expect.n = 0;
  lading_test_await (n_streams_is, &expect, "the stream of a stopped container to end");
  expect.n = 1;
  lading_test_await (has_markers, &expect, "a marker for the stop");
  marker = lading_stats_history_get_marker (expect.history, 0);
  g_assert_cmpint (marker->kind, ==, LADING_STATS_MARKER_STOPPED);

  /* Still watched: it streams again once it runs again. */
  lading_test_container_action (fixture->ids[0], "start", 204);
  expect.n = 1;
  lading_test_await (n_streams_is, &expect, "a stream after the restart");
  expect.n = 2;
  lading_test_await (has_markers, &expect, "a marker for the start");
  marker = lading_stats_history_get_marker (expect.history, 1);
  g_assert_cmpint (marker->kind, ==, LADING_STATS_MARKER_STARTED);

  lading_stats_monitor_unwatch (fixture->monitor, container, LADING_STATS_RATE_LIVE);
}

/* Unwatched histories stay for max-kept-histories containers, those
 * watched longest ago going first. */
static void
test_kept_histories (Fixture       *fixture,
                     gconstpointer  user_data)
{
  LadingStatsMonitor *monitor = fixture->monitor;
  LadingStatsHistory *history;

  g_assert_cmpuint (lading_stats_monitor_get_max_kept_histories (monitor), ==,
                    LADING_STATS_MONITOR_MAX_KEPT_HISTORIES);
  lading_stats_monitor_set_max_kept_histories (monitor, 1);

  history = lading_stats_monitor_watch (monitor, container_of (fixture, 0),
                                        LADING_STATS_RATE_SAMPLED);
  lading_stats_monitor_unwatch (monitor, container_of (fixture, 0), LADING_STATS_RATE_SAMPLED);
  g_assert_true (lading_stats_monitor_lookup (monitor, fixture->ids[0]) == history);

  /* Watched again, it is not among the kept ones. */
  lading_stats_monitor_watch (monitor, container_of (fixture, 0), LADING_STATS_RATE_SAMPLED);
  lading_stats_monitor_watch (monitor, container_of (fixture, 1), LADING_STATS_RATE_SAMPLED);
  lading_stats_monitor_unwatch (monitor, container_of (fixture, 1), LADING_STATS_RATE_SAMPLED);
  g_assert_true (lading_stats_monitor_lookup (monitor, fixture->ids[0]) == history);
  g_assert_nonnull (lading_stats_monitor_lookup (monitor, fixture->ids[1]));

  lading_stats_monitor_unwatch (monitor, container_of (fixture, 0), LADING_STATS_RATE_SAMPLED);
  g_assert_null (lading_stats_monitor_lookup (monitor, fixture->ids[1]));
  g_assert_true (lading_stats_monitor_lookup (monitor, fixture->ids[0]) == history);

  lading_stats_monitor_set_max_kept_histories (monitor, 0);
  g_assert_null (lading_stats_monitor_lookup (monitor, fixture->ids[0]));
}

/* More containers than one round's interval can sample: rounds then take
 * longer than the interval, and each must still end and give its points. */
#define N_SAMPLED 40

typedef struct
{
  LadingStore        *store;
  char               *ids[N_SAMPLED];
  LadingStatsHistory *histories[N_SAMPLED];
} Sampled;

static gboolean
all_have_points (gpointer data)
{
  Sampled *sampled = data;

  for (guint i = 0; i < N_SAMPLED; i++)
    if (lading_time_series_get_n_points (lading_stats_history_get_series (sampled->histories[i],
                                                                          LADING_STATS_CPU)) < 2)
      return FALSE;

  return TRUE;
}

static gboolean
all_running (gpointer data)
{
  Sampled *sampled = data;

  for (guint i = 0; i < N_SAMPLED; i++)
    {
      LadingContainer *container = lading_store_lookup_container (sampled->store,
                                                                  sampled->ids[i]);

      if (container == NULL ||
          lading_container_get_state (container) != LADING_CONTAINER_STATE_RUNNING)
        return FALSE;
    }

  return TRUE;
}

static void
test_sampled_many (Fixture       *fixture,
                   gconstpointer  user_data)
{
  Sampled sampled = { fixture->store };
  LadingContainer *container;

  for (guint i = 0; i < N_SAMPLED; i++)
    {
      g_autofree char *name = g_strdup_printf ("lading-test-stats-sampled-%02u", i);

      sampled.ids[i] = lading_test_create_container (name, NULL);
      lading_test_container_action (sampled.ids[i], "start", 204);
    }
  lading_test_await (all_running, &sampled, "the containers to run in the store");

  for (guint i = 0; i < N_SAMPLED; i++)
    {
      container = lading_store_lookup_container (fixture->store, sampled.ids[i]);
      sampled.histories[i] = lading_stats_monitor_watch (fixture->monitor, container,
                                                         LADING_STATS_RATE_SAMPLED);
    }
  lading_test_await (all_have_points, &sampled, "two sampled points of each container");

  for (guint i = 0; i < N_SAMPLED; i++)
    {
      container = lading_store_lookup_container (fixture->store, sampled.ids[i]);
      lading_stats_monitor_unwatch (fixture->monitor, container, LADING_STATS_RATE_SAMPLED);
      lading_test_remove_container (sampled.ids[i]);
      g_free (sampled.ids[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add ("/stats-monitor/watch", Fixture, NULL,
              fixture_set_up, test_watch, fixture_tear_down);
  g_test_add ("/stats-monitor/max-streams", Fixture, NULL,
              fixture_set_up, test_max_streams, fixture_tear_down);
  g_test_add ("/stats-monitor/kept-histories", Fixture, NULL,
              fixture_set_up, test_kept_histories, fixture_tear_down);
  g_test_add ("/stats-monitor/sampled-many", Fixture, NULL,
              fixture_set_up, test_sampled_many, fixture_tear_down);
  g_test_add ("/stats-monitor/stop-and-start", Fixture, NULL,
              fixture_set_up, test_stop_and_start, fixture_tear_down);

  return g_test_run ();
}
