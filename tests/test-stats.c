/* test-stats.c
 *
 * Stats against the real private engine: a busy loop shows its CPU, a
 * growing shell its memory, a stopped container's stream ends cleanly, a
 * one-shot sample has the container's figures, and dropping a reader at any
 * moment is safe.  Each test waits for points, never for a time, and reads a
 * few seconds of samples at most.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lading-engine-error.h"
#include "lading-stats-reader.h"
#include "lading-test-util.h"

/* The engine samples once a second; a test that needs more points than this
 * has failed. */
#define MAX_POINTS 10

/* Creates and starts a container running `sh -c @script`. */
static char *
run_script (const char *name,
            const char *script)
{
  char *id = lading_test_create_script_container (name, script, NULL);

  lading_test_container_action (id, "start", 204);
  return id;
}

typedef struct
{
  GArray   *points;     /* LadingStatsPoint */
  gboolean  ended;
  GError   *error;
} Collector;

static void
collector_clear (Collector *collector)
{
  g_clear_pointer (&collector->points, g_array_unref);
  g_clear_error (&collector->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collector, collector_clear)

static void
point_cb (LadingStatsReader      *reader,
          const LadingStatsPoint *point,
          Collector              *collector)
{
  g_assert_false (collector->ended);
  g_assert_cmpint (point->time_us, >, 0);
  g_array_append_val (collector->points, *point);
}

static void
ended_cb (LadingStatsReader *reader,
          const GError      *error,
          Collector         *collector)
{
  g_assert_false (collector->ended);
  collector->ended = TRUE;
  collector->error = error != NULL ? g_error_copy (error) : NULL;
}

static LadingStatsReader *
start_reader (LadingEngine *engine,
              const char   *id,
              Collector    *collector)
{
  LadingStatsReader *reader = lading_stats_reader_new (engine, id);

  collector->points = g_array_new (FALSE, FALSE, sizeof (LadingStatsPoint));
  g_signal_connect (reader, "point", G_CALLBACK (point_cb), collector);
  g_signal_connect (reader, "ended", G_CALLBACK (ended_cb), collector);
  lading_stats_reader_start (reader);

  return reader;
}

static const LadingStatsPoint *
last_point (Collector *collector)
{
  g_assert_cmpuint (collector->points->len, >, 0);

  return &g_array_index (collector->points, LadingStatsPoint, collector->points->len - 1);
}

static gboolean
busy_seen (gpointer data)
{
  Collector *collector = data;

  g_assert_false (collector->ended);
  g_assert_cmpuint (collector->points->len, <=, MAX_POINTS);

  return collector->points->len > 0 && last_point (collector)->cpu_percent > 50;
}

static void
test_stats_busy_cpu (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsReader) reader = NULL;
  g_auto(Collector) collector = { NULL };
  g_autofree char *id = run_script ("lading-test-stats-busy", "while :; do :; done");

  reader = start_reader (engine, id, &collector);
  lading_test_await (busy_seen, &collector, "a point above 50 % CPU");

  /* The first point has no rates, and no networks means none ever. */
  g_assert_true (isnan (g_array_index (collector.points, LadingStatsPoint, 0).net_rx_per_s));
  g_assert_true (isnan (last_point (&collector)->net_rx_per_s));
  g_assert_cmpfloat (last_point (&collector)->pids, >=, 1);

  lading_stats_reader_stop (reader);
  lading_test_remove_container (id);
}

static gboolean
memory_grown (gpointer data)
{
  Collector *collector = data;
  const LadingStatsPoint *first;

  g_assert_false (collector->ended);
  g_assert_cmpuint (collector->points->len, <=, MAX_POINTS);

  if (collector->points->len < 2)
    return FALSE;

  /* A 32 MB string, less what a small shell already had. */
  first = &g_array_index (collector->points, LadingStatsPoint, 0);
  return last_point (collector)->memory_used > first->memory_used + 24 * 1024 * 1024;
}

static void
test_stats_memory_grows (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsReader) reader = NULL;
  g_auto(Collector) collector = { NULL };
  g_autofree char *id = NULL;

  /* busybox sh keeps a command substitution's output in memory; the sleep
   * lets the first samples see the shell before it grows. */
  id = run_script ("lading-test-stats-memory",
                   "sleep 2; x=$(head -c 33554432 /dev/zero | tr '\\0' x); "
                   "trap 'exit 0' TERM; while :; do sleep 1; done");

  reader = start_reader (engine, id, &collector);
  lading_test_await (memory_grown, &collector, "memory to grow by 24 MiB");
  g_assert_cmpfloat (last_point (&collector)->memory_percent, >, 0);
  g_assert_cmpfloat (last_point (&collector)->memory_percent, <, 100);

  lading_stats_reader_stop (reader);
  lading_test_remove_container (id);
}

static gboolean
has_point (gpointer data)
{
  Collector *collector = data;

  g_assert_false (collector->ended);
  return collector->points->len > 0;
}

static gboolean
ended (gpointer data)
{
  return ((Collector *)data)->ended;
}

/* Docker keeps a stopped container's stream open, sending frames without
 * figures; the reader ends at the first. */
static void
test_stats_stop_ends (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsReader) reader = NULL;
  g_auto(Collector) collector = { NULL };
  g_autofree char *id = NULL;
  guint n_points;

  id = lading_test_create_container ("lading-test-stats-stop", NULL);
  lading_test_container_action (id, "start", 204);

  reader = start_reader (engine, id, &collector);
  lading_test_await (has_point, &collector, "a first point");
  lading_test_container_action (id, "stop", 204);
  n_points = collector.points->len;
  lading_test_await (ended, &collector, "the stream to end");
  g_assert_no_error (collector.error);
  /* At most the frame read while the container was stopping came after. */
  g_assert_cmpuint (collector.points->len, <=, n_points + 1);

  lading_test_remove_container (id);
}

static void
test_stats_missing_container (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsReader) reader = NULL;
  g_auto(Collector) collector = { NULL };

  reader = start_reader (engine, "lading-test-stats-no-such", &collector);
  lading_test_await (ended, &collector, "the stream to fail");
  g_assert_error (collector.error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_cmpuint (collector.points->len, ==, 0);
}

static LadingStatsSample *
get_stats (LadingEngine *engine,
           const char   *id)
{
  g_autoptr(LadingStatsSample) sample = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_get_stats_async (engine, id, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "one-shot stats");
  sample = lading_engine_get_stats_finish (engine, result, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&sample);
}

static void
test_stats_one_shot (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsSample) sample = NULL;
  g_autoptr(LadingStatsSample) created = NULL;
  g_autofree char *id = NULL;
  g_autofree char *idle_id = NULL;

  /* The shell and its `sleep 1`, or the shell alone between two sleeps. */
  id = lading_test_create_container ("lading-test-stats-one-shot", NULL);
  lading_test_container_action (id, "start", 204);
  sample = get_stats (engine, id);
  g_assert_false (sample->stopped);
  g_assert_cmpint (sample->read_us, >, 0);
  g_assert_cmpuint (sample->pids, >=, 1);
  g_assert_cmpuint (sample->pids, <=, 2);
  g_assert_cmpuint (sample->memory_used, >, 0);
  g_assert_cmpuint (sample->memory_used, <, 64 * 1024 * 1024);
  g_assert_cmpuint (sample->memory_limit, >, sample->memory_used);
  /* One-shot answers at once, without precpu. */
  g_assert_cmpuint (sample->presystem_cpu, ==, 0);

  idle_id = lading_test_create_container ("lading-test-stats-created", NULL);
  created = get_stats (engine, idle_id);
  g_assert_true (created->stopped);

  lading_test_remove_container (id);
  lading_test_remove_container (idle_id);
}

static void
drop_in_point_cb (LadingStatsReader      *reader,
                  const LadingStatsPoint *point,
                  gpointer                user_data)
{
  LadingStatsReader **slot = user_data;

  g_clear_object (slot);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Dropping a started reader, before it opened or from its own handler,
 * cancels it without a crash or a leak. */
static void
test_stats_drop_reader (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStatsSample) sample = NULL;
  LadingStatsReader *reader;
  g_autofree char *id = NULL;

  id = lading_test_create_container ("lading-test-stats-drop", NULL);
  lading_test_container_action (id, "start", 204);

  reader = lading_stats_reader_new (engine, id);
  lading_stats_reader_start (reader);
  g_object_unref (reader);

  reader = lading_stats_reader_new (engine, id);
  g_signal_connect (reader, "point", G_CALLBACK (drop_in_point_cb), &reader);
  lading_stats_reader_start (reader);
  lading_test_await (is_null, &reader, "the reader to drop itself");

  /* The engine still answers, and the cancelled reads have run meanwhile. */
  sample = get_stats (engine, id);
  g_assert_false (sample->stopped);

  lading_test_remove_container (id);
}

int
main (int   argc,
      char *argv[])
{
  if (!lading_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/integration/stats/busy-cpu", test_stats_busy_cpu);
  g_test_add_func ("/integration/stats/memory-grows", test_stats_memory_grows);
  g_test_add_func ("/integration/stats/stop-ends", test_stats_stop_ends);
  g_test_add_func ("/integration/stats/missing-container", test_stats_missing_container);
  g_test_add_func ("/integration/stats/one-shot", test_stats_one_shot);
  g_test_add_func ("/integration/stats/drop-reader", test_stats_drop_reader);

  return g_test_run ();
}
