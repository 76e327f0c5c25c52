/* test-graph-scale.c
 *
 * The arithmetic of graph axes: values with their units, round grid steps in
 * each unit, and time labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "lading-graph-scale.h"

#define NBSP "\u00a0"

static void
assert_format (LadingGraphUnit  unit,
               double           value,
               double           step,
               const char      *expected)
{
  g_autofree char *text = lading_graph_scale_format (unit, value, step);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_graph_scale_format (void)
{
  /* Alone: at most three significant digits, the prefix the value reads in. */
  assert_format (LADING_GRAPH_UNIT_PERCENT, 42.4, 0, "42" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_PERCENT, 4.25, 0, "4.2" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_PERCENT, 0, 0, "0" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_PERCENT, 312.7, 0, "313" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_BYTES, 1.5 * 1024 * 1024 * 1024, 0, "1.5" NBSP "GiB");
  assert_format (LADING_GRAPH_UNIT_BYTES, 512, 0, "512" NBSP "B");
  assert_format (LADING_GRAPH_UNIT_BYTES, 200 * 1024 * 1024, 0, "200" NBSP "MiB");
  assert_format (LADING_GRAPH_UNIT_BYTES, 1023, 0, "1023" NBSP "B");
  assert_format (LADING_GRAPH_UNIT_BYTES, 1024, 0, "1.0" NBSP "KiB");
  assert_format (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 340000, 0, "340" NBSP "kB/s");
  assert_format (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 2500000, 0, "2.5" NBSP "MB/s");
  assert_format (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 999, 0, "999" NBSP "B/s");
  assert_format (LADING_GRAPH_UNIT_COUNT, 12, 0, "12");
  assert_format (LADING_GRAPH_UNIT_COUNT, 0, 0, "0");
  assert_format (LADING_GRAPH_UNIT_BYTES, NAN, 0, "\u2014");
  assert_format (LADING_GRAPH_UNIT_PERCENT, INFINITY, 0, "\u2014");

  /* On an axis: every label in the step's prefix, with the step's decimals. */
  assert_format (LADING_GRAPH_UNIT_PERCENT, 50, 25, "50" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_PERCENT, 1.5, 0.5, "1.5" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_PERCENT, 1, 0.25, "1.00" NBSP "%");
  assert_format (LADING_GRAPH_UNIT_BYTES, 1024.0 * 1024 * 1024, 512.0 * 1024 * 1024,
                 "1.0" NBSP "GiB");
  assert_format (LADING_GRAPH_UNIT_BYTES, 0, 512.0 * 1024 * 1024, "0.0" NBSP "GiB");
  assert_format (LADING_GRAPH_UNIT_BYTES, 1500.0 * 1024 * 1024, 500.0 * 1024 * 1024,
                 "1500" NBSP "MiB");
  assert_format (LADING_GRAPH_UNIT_BYTES, 256, 128, "256" NBSP "B");
  assert_format (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 2000000, 1000000, "2" NBSP "MB/s");
  assert_format (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 750000, 250000, "750" NBSP "kB/s");
}

static void
assert_step (LadingGraphUnit unit,
             double          max,
             guint           max_intervals,
             double          expected_step,
             double          expected_top)
{
  double top = 0;
  double step = lading_graph_scale_pick_step (unit, max, max_intervals, &top);

  g_assert_cmpfloat_with_epsilon (step, expected_step, expected_step * 1e-9);
  g_assert_cmpfloat_with_epsilon (top, expected_top, expected_top * 1e-9);
  g_assert_cmpfloat (top, >=, isfinite (max) ? max : 0);
  g_assert_cmpfloat (top / step, <=, max_intervals + 1e-9);
}

static void
test_graph_scale_steps (void)
{
  const double MiB = 1024 * 1024;
  const double GiB = 1024 * MiB;

  /* A percentage axis shows one whole CPU at least. */
  assert_step (LADING_GRAPH_UNIT_PERCENT, 0, 4, 25, 100);
  assert_step (LADING_GRAPH_UNIT_PERCENT, NAN, 4, 25, 100);
  assert_step (LADING_GRAPH_UNIT_PERCENT, 42, 4, 25, 100);
  assert_step (LADING_GRAPH_UNIT_PERCENT, 100, 4, 25, 100);
  assert_step (LADING_GRAPH_UNIT_PERCENT, 350, 4, 100, 400);
  assert_step (LADING_GRAPH_UNIT_PERCENT, 101, 2, 100, 200);

  /* Memory steps are round in the prefix the maximum reads in. */
  assert_step (LADING_GRAPH_UNIT_BYTES, 1.2 * GiB, 4, 0.5 * GiB, 1.5 * GiB);
  assert_step (LADING_GRAPH_UNIT_BYTES, 1000 * MiB, 4, 250 * MiB, 1000 * MiB);
  assert_step (LADING_GRAPH_UNIT_BYTES, 3 * MiB, 3, 1 * MiB, 3 * MiB);
  assert_step (LADING_GRAPH_UNIT_BYTES, 0, 4, 256, 1024);
  assert_step (LADING_GRAPH_UNIT_BYTES, 3, 4, 1, 3);

  /* Rates likewise, in decimal prefixes. */
  assert_step (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 340000, 4, 100000, 400000);
  assert_step (LADING_GRAPH_UNIT_BYTES_PER_SECOND, 0, 5, 200, 1000);

  /* Counts step by whole numbers. */
  assert_step (LADING_GRAPH_UNIT_COUNT, 0, 4, 1, 1);
  assert_step (LADING_GRAPH_UNIT_COUNT, 5, 4, 2, 6);
  assert_step (LADING_GRAPH_UNIT_COUNT, 100, 4, 25, 100);
  assert_step (LADING_GRAPH_UNIT_COUNT, 7, 1, 10, 10);
}

static void
test_graph_scale_time (void)
{
  const GTimeSpan minute = G_TIME_SPAN_MINUTE;
  struct {
    GTimeSpan   age;
    const char *label;
  } ages[] = {
    { 0, "now" },
    { 30 * G_TIME_SPAN_SECOND, "-30 s" },
    { 90 * G_TIME_SPAN_SECOND, "-90 s" },
    { 5 * minute, "-5 min" },
    { 45 * minute, "-45 min" },
    { 60 * minute, "-1 h" },
  };

  g_assert_cmpint (lading_graph_scale_pick_time_step (minute, 4), ==, 15 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (lading_graph_scale_pick_time_step (5 * minute, 5), ==, minute);
  g_assert_cmpint (lading_graph_scale_pick_time_step (5 * minute, 2), ==, 5 * minute);
  g_assert_cmpint (lading_graph_scale_pick_time_step (15 * minute, 6), ==, 5 * minute);
  g_assert_cmpint (lading_graph_scale_pick_time_step (60 * minute, 4), ==, 15 * minute);
  g_assert_cmpint (lading_graph_scale_pick_time_step (60 * minute, 0), ==, 60 * minute);
  g_assert_cmpint (lading_graph_scale_pick_time_step (100 * G_TIME_SPAN_HOUR, 3), ==,
                   6 * G_TIME_SPAN_HOUR);

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autofree char *label = lading_graph_scale_format_age (ages[i].age);

      g_assert_cmpstr (label, ==, ages[i].label);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/graph-scale/format", test_graph_scale_format);
  g_test_add_func ("/widgets/graph-scale/steps", test_graph_scale_steps);
  g_test_add_func ("/widgets/graph-scale/time", test_graph_scale_time);

  return g_test_run ();
}
