/* test-time-series.c
 *
 * LadingTimeSeries: the ring wrapping round, finding a time range, the
 * maximum over a range with gaps, clearing, and the "changed" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lading-time-series.h"

static void
count_cb (LadingTimeSeries *series,
          guint            *count)
{
  (*count)++;
}

static void
test_time_series_wrap (void)
{
  g_autoptr(LadingTimeSeries) series = lading_time_series_new (4);
  guint changes = 0;
  gint64 time_us;
  double value;

  g_signal_connect (series, "changed", G_CALLBACK (count_cb), &changes);
  g_assert_false (lading_time_series_get_last (series, &time_us, &value));
  g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 0);

  /* Ten samples into four slots: the last four stay, oldest first. */
  for (guint i = 0; i < 10; i++)
    lading_time_series_append (series, i * 1000, i * 1.5);

  g_assert_cmpuint (changes, ==, 10);
  g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 4);
  g_assert_cmpuint (lading_time_series_get_capacity (series), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      lading_time_series_get_point (series, i, &time_us, &value);
      g_assert_cmpint (time_us, ==, (6 + i) * 1000);
      g_assert_cmpfloat (value, ==, (6 + i) * 1.5);
    }

  g_assert_true (lading_time_series_get_last (series, &time_us, &value));
  g_assert_cmpint (time_us, ==, 9000);
  g_assert_cmpfloat (value, ==, 13.5);

  /* A clock that stepped back must not break the order find() relies on. */
  lading_time_series_append (series, 500, 1);
  lading_time_series_get_last (series, &time_us, NULL);
  g_assert_cmpint (time_us, ==, 9000);
}

static void
test_time_series_find (void)
{
  g_autoptr(LadingTimeSeries) series = lading_time_series_new (5);

  g_assert_cmpuint (lading_time_series_find (series, 0), ==, 0);

  /* Times 30..70 after wrapping, so the search runs over the ring's seam. */
  for (guint i = 1; i <= 7; i++)
    lading_time_series_append (series, i * 10, i);

  g_assert_cmpuint (lading_time_series_find (series, G_MININT64), ==, 0);
  g_assert_cmpuint (lading_time_series_find (series, 30), ==, 0);
  g_assert_cmpuint (lading_time_series_find (series, 31), ==, 1);
  g_assert_cmpuint (lading_time_series_find (series, 50), ==, 2);
  g_assert_cmpuint (lading_time_series_find (series, 69), ==, 4);
  g_assert_cmpuint (lading_time_series_find (series, 70), ==, 4);
  g_assert_cmpuint (lading_time_series_find (series, 71), ==, 5);
}

static void
test_time_series_max (void)
{
  g_autoptr(LadingTimeSeries) series = lading_time_series_new (8);

  g_assert_true (isnan (lading_time_series_get_max (series, 0)));

  lading_time_series_append (series, 10, 5);
  lading_time_series_append (series, 20, NAN);
  lading_time_series_append (series, 30, 2);
  lading_time_series_append (series, 40, INFINITY);
  lading_time_series_append (series, 50, NAN);
  lading_time_series_append (series, 60, 3);

  /* NaN (a gap) and infinity are skipped, whatever their place. */
  g_assert_cmpfloat (lading_time_series_get_max (series, 0), ==, 5);
  g_assert_cmpfloat (lading_time_series_get_max (series, 11), ==, 3);
  g_assert_cmpfloat (lading_time_series_get_max (series, 60), ==, 3);
  g_assert_true (isnan (lading_time_series_get_max (series, 61)));

  lading_time_series_append (series, 70, NAN);
  g_assert_true (isnan (lading_time_series_get_max (series, 61)));
}

static void
test_time_series_clear (void)
{
  g_autoptr(LadingTimeSeries) series = lading_time_series_new (3);
  guint changes = 0;
  gint64 time_us;

  for (guint i = 0; i < 5; i++)
    lading_time_series_append (series, i, i);

  g_signal_connect (series, "changed", G_CALLBACK (count_cb), &changes);
  lading_time_series_clear (series);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 0);
  g_assert_false (lading_time_series_get_last (series, NULL, NULL));
  g_assert_cmpuint (lading_time_series_find (series, 0), ==, 0);

  /* After a clear the ring fills from scratch, older times allowed again. */
  lading_time_series_append (series, 1, 42);
  g_assert_true (lading_time_series_get_last (series, &time_us, NULL));
  g_assert_cmpint (time_us, ==, 1);
  g_assert_cmpuint (lading_time_series_get_n_points (series), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&series));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/api/time-series/wrap", test_time_series_wrap);
  g_test_add_func ("/api/time-series/find", test_time_series_find);
  g_test_add_func ("/api/time-series/max", test_time_series_max);
  g_test_add_func ("/api/time-series/clear", test_time_series_clear);

  return g_test_run ();
}
