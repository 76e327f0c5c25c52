/* test-stats-calc.c
 *
 * The stats parser and calculator on recorded cgroup v1 payloads and on
 * hand-written cgroup v2 and Podman ones (tests/data/README says which).
 *
 * Every expected figure is worked out by hand from the payload's numbers with
 * the docker CLI's formulas (cli/command/container/stats_helpers.go) and is
 * written below as that arithmetic, the payload's numbers in it:
 *   CPU %    = (total_usage − precpu total_usage) / (system_cpu_usage −
 *              precpu system_cpu_usage) × online_cpus × 100
 *   memory   = usage − total_inactive_file (v1) or − inactive_file (v2)
 *   rates    = (counter − previous counter) / (read − previous read) in s
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-stats-calc.h"

#define EPSILON 1e-6

/* Line @index of a file in tests/data/ (the whole file for a .json). */
static void
load_sample (const char        *name,
             guint              index,
             LadingStatsSample *sample)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpuint (index, <, g_strv_length (lines));

  g_assert_true (lading_stats_sample_parse (lines[index], -1, sample, &error));
  g_assert_no_error (error);
}

static void
assert_nan (double value)
{
  g_assert_true (isnan (value));
}

/* The first frame of a stream: precpu_stats are zero, nothing to compare. */
static void
test_stats_v1_first (void)
{
  LadingStatsSample sample;
  LadingStatsPoint point;

  load_sample ("stats-v1-first.json", 0, &sample);
  g_assert_false (sample.stopped);
  /* "2026-12-03T15:46:52.474306423Z", to the µs */
  g_assert_cmpint (sample.read_us, ==, G_GINT64_CONSTANT (1796312812474306));
  g_assert_cmpint (sample.preread_us, ==, 0);
  g_assert_cmpuint (sample.cpu_total, ==, 110921044);
  g_assert_cmpuint (sample.system_cpu, ==, G_GUINT64_CONSTANT (564520000000));
  g_assert_cmpuint (sample.online_cpus, ==, 2);
  g_assert_cmpuint (sample.presystem_cpu, ==, 0);
  g_assert_false (sample.has_networks);
  g_assert_true (sample.has_blkio);
  g_assert_cmpuint (sample.pids, ==, 1);

  lading_stats_calc (NULL, &sample, &point);
  g_assert_cmpint (point.time_us, ==, sample.read_us);
  assert_nan (point.cpu_percent);
  assert_nan (point.net_rx_per_s);
  assert_nan (point.net_tx_per_s);
  assert_nan (point.block_read_per_s);
  assert_nan (point.block_write_per_s);
  /* total_inactive_file is 0, so all of usage counts. */
  g_assert_cmpfloat_with_epsilon (point.memory_used, 618496, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.memory_limit, 25276166144.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.memory_percent, 618496 / 25276166144.0 * 100, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.pids, 1, EPSILON);
}

/* The second frame of a busy loop: the payload's own precpu decides. */
static void
test_stats_v1_busy (void)
{
  LadingStatsSample first;
  LadingStatsSample busy;
  LadingStatsPoint point;
  double expected_cpu = (1041883784.0 - 110921044.0) / (566540000000.0 - 564520000000.0) * 2 * 100;

  load_sample ("stats-v1-first.json", 0, &first);
  load_sample ("stats-v1-busy.json", 0, &busy);

  lading_stats_calc (NULL, &busy, &point);
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, expected_cpu, EPSILON);
  g_assert_cmpfloat (point.cpu_percent, >, 92.17);
  g_assert_cmpfloat (point.cpu_percent, <, 92.18);
  assert_nan (point.block_read_per_s);

  lading_stats_calc (&first, &busy, &point);
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, expected_cpu, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.memory_used, 331776, EPSILON);
  /* No networks with NetworkMode none: unknown, not zero. */
  assert_nan (point.net_rx_per_s);
  assert_nan (point.net_tx_per_s);
  /* The engine reads no block I/O here (empty arrays): a real 0/s. */
  g_assert_cmpfloat_with_epsilon (point.block_read_per_s, 0, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.block_write_per_s, 0, EPSILON);
}

/* A container holding a written file in its page cache: the inactive part of
 * it does not count. */
static void
test_stats_v1_memory (void)
{
  double expected_cpu = (437880522.0 - 432450305.0) / (724540000000.0 - 722500000000.0) * 2 * 100;
  double expected_used = 34738176.0 - 25165824.0;
  LadingStatsSample sample;
  LadingStatsPoint point;

  load_sample ("stats-v1-memory.json", 0, &sample);
  lading_stats_calc (NULL, &sample, &point);

  g_assert_cmpuint (sample.memory_usage, ==, 34738176);
  g_assert_cmpuint (sample.memory_used, ==, 34738176 - 25165824);
  g_assert_cmpfloat_with_epsilon (point.memory_percent, expected_used / 25276166144.0 * 100,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, expected_cpu, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.pids, 2, EPSILON);
}

/* One-shot replies have no precpu: CPU comes from the previous poll. */
static void
test_stats_v1_one_shot (void)
{
  LadingStatsSample sample;
  LadingStatsSample later;
  LadingStatsPoint point;

  load_sample ("stats-v1-one-shot.json", 0, &sample);
  g_assert_cmpuint (sample.presystem_cpu, ==, 0);
  g_assert_cmpuint (sample.memory_used, ==, 34582528 - 24117248);
  g_assert_cmpuint (sample.pids, ==, 2);

  lading_stats_calc (NULL, &sample, &point);
  assert_nan (point.cpu_percent);

  /* A poll 2 s later in which the container used 0.5 s of CPU while the
   * host's two CPUs ran 4 s: 0.5 / 4 × 2 × 100 = 25 %. */
  later = sample;
  later.read_us += 2 * G_USEC_PER_SEC;
  later.cpu_total += 500000000;
  later.system_cpu += 4000000000;
  later.block_read += 1000;
  lading_stats_calc (&sample, &later, &point);
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, 25, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.block_read_per_s, 500, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.block_write_per_s, 0, EPSILON);
}

/* Hand-edited: the private engine's kernel accounts no block I/O. */
static void
test_stats_v1_blkio (void)
{
  LadingStatsSample sample;

  load_sample ("stats-v1-blkio-edited.json", 0, &sample);
  /* Read 4096 + 1000; Write 8192 + 0; Sync, Async and Total are left out. */
  g_assert_cmpuint (sample.block_read, ==, 4096 + 1000);
  g_assert_cmpuint (sample.block_write, ==, 8192);
}

static void
test_stats_stopped (void)
{
  LadingStatsSample sample;
  LadingStatsPoint point;

  load_sample ("stats-stopped.json", 0, &sample);
  g_assert_true (sample.stopped);
  g_assert_cmpint (sample.read_us, ==, 0);

  lading_stats_calc (NULL, &sample, &point);
  assert_nan (point.cpu_percent);
  assert_nan (point.memory_used);
  assert_nan (point.pids);
}

/* A stream across `docker stop`: four frames, then frames without figures. */
static void
test_stats_v1_stop_stream (void)
{
  LadingStatsSample previous;
  LadingStatsSample sample;
  LadingStatsPoint point;

  load_sample ("stats-v1-stop.jsonl", 0, &previous);
  for (guint i = 1; i < 4; i++)
    {
      load_sample ("stats-v1-stop.jsonl", i, &sample);
      g_assert_false (sample.stopped);
      lading_stats_calc (&previous, &sample, &point);
      g_assert_cmpfloat (point.cpu_percent, >=, 0);
      g_assert_cmpfloat (point.memory_used, >, 0);
      /* About one second apart. */
      g_assert_cmpint (sample.read_us - previous.read_us, >, G_USEC_PER_SEC / 2);
      previous = sample;
    }

  load_sample ("stats-v1-stop.jsonl", 4, &sample);
  g_assert_true (sample.stopped);
  load_sample ("stats-v1-stop.jsonl", 5, &sample);
  g_assert_true (sample.stopped);
}

/* Hand-written cgroup v2: no percpu_usage, inactive_file, lower-case ops,
 * two interfaces. */
static void
test_stats_v2 (void)
{
  LadingStatsSample first;
  LadingStatsSample second;
  LadingStatsPoint point;

  load_sample ("stats-v2.jsonl", 0, &first);
  load_sample ("stats-v2.jsonl", 1, &second);
  g_assert_cmpuint (second.online_cpus, ==, 4);
  g_assert_true (second.has_networks);
  g_assert_cmpuint (second.net_rx, ==, 201000 + 3000);

  lading_stats_calc (NULL, &first, &point);
  assert_nan (point.cpu_percent);
  /* 100 MiB − 20 MiB inactive_file */
  g_assert_cmpfloat_with_epsilon (point.memory_used, 104857600 - 20971520, EPSILON);

  lading_stats_calc (&first, &second, &point);
  /* 2 s of CPU while the host's 4 CPUs ran 4 s: 2 / 4 × 4 × 100 */
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, 200, EPSILON);
  /* 110 MiB − 10 MiB inactive_file = 100 MiB of a 1 GiB limit */
  g_assert_cmpfloat_with_epsilon (point.memory_used, 104857600, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.memory_percent, 104857600.0 / 1073741824 * 100, EPSILON);
  /* 1 s apart: ((201000 + 3000) − (1000 + 3000)) / 1, and tx alike */
  g_assert_cmpfloat_with_epsilon (point.net_rx_per_s, 200000, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.net_tx_per_s, 100000, EPSILON);
  /* read (3 MiB + 1 MiB) − (1 MiB + 1 MiB); write 1.5 MiB − 0.5 MiB */
  g_assert_cmpfloat_with_epsilon (point.block_read_per_s, 2097152, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.block_write_per_s, 1048576, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.pids, 7, EPSILON);
}

/* Hand-written Podman: "Id", a first frame whose precpu is 2 ms old,
 * memory_stats.stats {}, null blkio arrays, frames 5 s apart. */
static void
test_stats_podman (void)
{
  LadingStatsSample first;
  LadingStatsSample second;
  LadingStatsPoint point;

  load_sample ("stats-podman.jsonl", 0, &first);
  load_sample ("stats-podman.jsonl", 1, &second);
  g_assert_false (first.stopped);
  g_assert_false (first.has_blkio);

  lading_stats_calc (NULL, &first, &point);
  assert_nan (point.cpu_percent);
  g_assert_cmpfloat_with_epsilon (point.memory_used, 8388608, EPSILON);

  lading_stats_calc (&first, &second, &point);
  /* 0.5 s of CPU while the host's 2 CPUs ran 10 s: 0.5 / 10 × 2 × 100 */
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, 10, EPSILON);
  /* memory_stats.stats is empty: used = usage = 12 MiB of 1 GiB */
  g_assert_cmpfloat_with_epsilon (point.memory_used, 12582912, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.memory_percent, 1.171875, EPSILON);
  /* (6000 − 1000) / 5 s and (12000 − 2000) / 5 s */
  g_assert_cmpfloat_with_epsilon (point.net_rx_per_s, 1000, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.net_tx_per_s, 2000, EPSILON);
  assert_nan (point.block_read_per_s);
  assert_nan (point.block_write_per_s);
}

/* A restarted container: the counters start again from small values. */
static void
test_stats_restart (void)
{
  LadingStatsSample before;
  LadingStatsSample after;
  LadingStatsPoint point;

  load_sample ("stats-v2.jsonl", 1, &before);
  load_sample ("stats-v2.jsonl", 0, &after);
  after.read_us = before.read_us + G_USEC_PER_SEC;

  lading_stats_calc (&before, &after, &point);
  assert_nan (point.cpu_percent);
  assert_nan (point.net_rx_per_s);
  assert_nan (point.net_tx_per_s);
  assert_nan (point.block_read_per_s);
  assert_nan (point.block_write_per_s);
  g_assert_cmpfloat_with_epsilon (point.memory_used, 104857600 - 20971520, EPSILON);

  /* One interface recreated, the container still running: only its rate is lost. */
  load_sample ("stats-v2.jsonl", 0, &before);
  load_sample ("stats-v2.jsonl", 1, &after);
  after.net_rx = 10;
  lading_stats_calc (&before, &after, &point);
  assert_nan (point.net_rx_per_s);
  g_assert_cmpfloat_with_epsilon (point.net_tx_per_s, 100000, EPSILON);
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, 200, EPSILON);
}

/* Samples read at the same time, or out of order, give no rates. */
static void
test_stats_time_deltas (void)
{
  LadingStatsSample first;
  LadingStatsSample second;
  LadingStatsPoint point;

  load_sample ("stats-v2.jsonl", 0, &first);
  load_sample ("stats-v2.jsonl", 1, &second);

  first.read_us = second.read_us;
  lading_stats_calc (&first, &second, &point);
  assert_nan (point.net_rx_per_s);
  assert_nan (point.block_read_per_s);
  /* The payload's own precpu still gives the CPU figure. */
  g_assert_cmpfloat_with_epsilon (point.cpu_percent, 200, EPSILON);

  first.read_us = second.read_us + 1;
  lading_stats_calc (&first, &second, &point);
  assert_nan (point.net_tx_per_s);
  assert_nan (point.block_write_per_s);
}

/* The CLI's order: total_inactive_file if below usage, else inactive_file if
 * below usage, else usage. */
static void
test_stats_memory_rule (void)
{
  const struct {
    const char *json;
    guint64     used;
  } cases[] = {
    { "{\"usage\":1000,\"limit\":4000,"
      "\"stats\":{\"total_inactive_file\":2000,\"inactive_file\":300}}", 700 },
    { "{\"usage\":1000,\"limit\":4000,"
      "\"stats\":{\"total_inactive_file\":100,\"inactive_file\":300}}", 900 },
    { "{\"usage\":1000,\"limit\":4000,\"stats\":{\"inactive_file\":5000}}", 1000 },
    { "{\"usage\":1000,\"limit\":4000,\"stats\":{}}", 1000 },
    { "{\"usage\":1000,\"limit\":4000}", 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"read\":\"2026-12-03T16:00:00Z\","
                                               "\"memory_stats\":%s}", cases[i].json);
      g_autoptr(GError) error = NULL;
      LadingStatsSample sample;

      g_assert_true (lading_stats_sample_parse (json, -1, &sample, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (sample.memory_used, ==, cases[i].used);
    }
}

static void
test_stats_garbage (void)
{
  const char *refused[] = {
    "", " ", "not json", "[]", "[{\"read\":\"2026-12-03T16:00:00Z\"}]", "5", "null", "{}",
    "{\"message\":\"No such container: x\"}", "{\"read\":5}", "{\"read\":\"2026",
  };
  /* Members of the wrong type read as missing. */
  const char *odd =
    "{\"read\":\"2026-12-03T16:00:00Z\",\"id\":\"x\",\"cpu_stats\":[],"
    "\"precpu_stats\":{\"cpu_usage\":{\"total_usage\":-5,\"percpu_usage\":{}}},"
    "\"memory_stats\":{\"usage\":1.5e30,\"limit\":\"x\",\"stats\":{\"total_inactive_file\":\"a\"}},"
    "\"networks\":{\"eth0\":5,\"eth1\":{\"rx_bytes\":-1,\"tx_bytes\":7}},"
    "\"blkio_stats\":{\"io_service_bytes_recursive\":[5,{\"op\":3},{\"op\":\"\",\"value\":1},"
    "{\"op\":\"read\",\"value\":-1},{\"op\":\"Write\",\"value\":9}]},\"pids_stats\":[]}";
  g_autoptr(GError) error = NULL;
  LadingStatsSample sample;
  LadingStatsPoint point;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (lading_stats_sample_parse (refused[i], -1, &sample, &error));
      g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_clear_error (&error);
    }

  g_assert_true (lading_stats_sample_parse (odd, -1, &sample, &error));
  g_assert_no_error (error);
  g_assert_false (sample.stopped);
  g_assert_cmpuint (sample.cpu_total, ==, 0);
  g_assert_cmpuint (sample.memory_usage, ==, 0);
  g_assert_true (sample.has_networks);
  g_assert_cmpuint (sample.net_rx, ==, 0);
  g_assert_cmpuint (sample.net_tx, ==, 7);
  g_assert_cmpuint (sample.block_read, ==, 0);
  g_assert_cmpuint (sample.block_write, ==, 9);
  lading_stats_calc (NULL, &sample, &point);
  assert_nan (point.cpu_percent);
  assert_nan (point.memory_percent);

  /* A reply cut anywhere is refused or parses; it never crashes. */
  for (gsize length = 0; length < strlen (odd); length++)
    {
      if (!lading_stats_sample_parse (odd, length, &sample, &error))
        g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
      g_clear_error (&error);
    }
}

static void
test_stats_boxed (void)
{
  LadingStatsSample sample;
  g_autoptr(LadingStatsSample) sample_copy = NULL;
  g_autoptr(LadingStatsPoint) point_copy = NULL;
  LadingStatsPoint point;

  load_sample ("stats-v2.jsonl", 1, &sample);
  lading_stats_calc (NULL, &sample, &point);

  sample_copy = g_boxed_copy (LADING_TYPE_STATS_SAMPLE, &sample);
  point_copy = g_boxed_copy (LADING_TYPE_STATS_POINT, &point);
  g_assert_cmpmem (sample_copy, sizeof *sample_copy, &sample, sizeof sample);
  g_assert_cmpfloat_with_epsilon (point_copy->cpu_percent, 200, EPSILON);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/stats-calc/v1-first", test_stats_v1_first);
  g_test_add_func ("/api/stats-calc/v1-busy", test_stats_v1_busy);
  g_test_add_func ("/api/stats-calc/v1-memory", test_stats_v1_memory);
  g_test_add_func ("/api/stats-calc/v1-one-shot", test_stats_v1_one_shot);
  g_test_add_func ("/api/stats-calc/v1-blkio", test_stats_v1_blkio);
  g_test_add_func ("/api/stats-calc/stopped", test_stats_stopped);
  g_test_add_func ("/api/stats-calc/v1-stop-stream", test_stats_v1_stop_stream);
  g_test_add_func ("/api/stats-calc/v2", test_stats_v2);
  g_test_add_func ("/api/stats-calc/podman", test_stats_podman);
  g_test_add_func ("/api/stats-calc/restart", test_stats_restart);
  g_test_add_func ("/api/stats-calc/time-deltas", test_stats_time_deltas);
  g_test_add_func ("/api/stats-calc/memory-rule", test_stats_memory_rule);
  g_test_add_func ("/api/stats-calc/garbage", test_stats_garbage);
  g_test_add_func ("/api/stats-calc/boxed", test_stats_boxed);

  return g_test_run ();
}
