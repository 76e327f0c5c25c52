/* lading-graph-stack.c
 *
 * Stacking for LadingGraph: each series drawn on top of those before it,
 * so the top line is their total (the CPU of all containers, by project).
 * The series must be sampled at the same times, as a page that appends to
 * all of them on one tick does; a series that began later counts as 0
 * before its first sample.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph"

#include "config.h"

#include <math.h>

#include "lading-graph-private.h"

/* The value @series has at exactly @time_us, or 0 if it has none there. */
static double
value_at (LadingTimeSeries *series,
          gint64            time_us)
{
  guint i = lading_time_series_find (series, time_us);
  gint64 found_us;
  double value;

  if (i >= lading_time_series_get_n_points (series))
    return 0;
  lading_time_series_get_point (series, i, &found_us, &value);

  return found_us == time_us && isfinite (value) ? value : 0;
}

/**
 * _lading_graph_stack:
 * @series: the series, bottom first
 * @start_us: the oldest time wanted (one sample before it is kept too, so
 *   the line reaches the edge)
 *
 * Returns: (transfer container) (element-type LadingTimeSeries): for each
 *   series, a new one whose values are its own plus those of the series
 *   below it at the same time; NaN (a gap) stays a gap
 */
GPtrArray *
_lading_graph_stack (LadingTimeSeries * const *series,
                     guint                     n_series,
                     gint64                    start_us)
{
  GPtrArray *stacked = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint k = 0; k < n_series; k++)
    {
      guint n_points = lading_time_series_get_n_points (series[k]);
      guint first = lading_time_series_find (series[k], start_us);
      LadingTimeSeries *sums;

      if (first > 0)
        first--;
      sums = lading_time_series_new (MAX (1, n_points - first));
      for (guint i = first; i < n_points; i++)
        {
          gint64 time_us;
          double value;

          lading_time_series_get_point (series[k], i, &time_us, &value);
          for (guint below = 0; below < k && isfinite (value); below++)
            value += value_at (series[below], time_us);
          lading_time_series_append (sums, time_us, value);
        }
      g_ptr_array_add (stacked, sums);
    }

  return stacked;
}
