/* lading-graph-plot.c
 *
 * The drawing LadingGraph and LadingSparkline share.  A series is a line
 * over a translucent area, broken wherever a value is NaN; only the samples
 * in the visible time range are visited (found by binary search), plus the
 * one before it so the line enters from the left edge, and the line has at
 * most a lowest and a highest point per pixel column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph-plot"

#include "config.h"

#include <math.h>

#include "lading-graph-plot-private.h"

/* How often the accessible description may change: screen readers announce
 * it, and a sample a second would be noise. */
#define DESCRIBE_INTERVAL_US G_USEC_PER_SEC

/* Where the time axis ends: at the newest sample, or now when that is later,
 * so a stopped stream scrolls away instead of stretching. */
gint64
_lading_graph_plot_end_time (LadingTimeSeries * const *series,
                             guint                     n_series)
{
  gint64 end_us = g_get_real_time ();

  for (guint i = 0; i < n_series; i++)
    {
      gint64 time_us;

      if (lading_time_series_get_last (series[i], &time_us, NULL))
        end_us = MAX (end_us, time_us);
    }

  return end_us;
}

double
_lading_graph_plot_x (const LadingGraphPlot *plot,
                      gint64                 time_us)
{
  double span = MAX (plot->end_us - plot->start_us, 1);

  return plot->bounds.origin.x + (time_us - plot->start_us) / span * plot->bounds.size.width;
}

double
_lading_graph_plot_y (const LadingGraphPlot *plot,
                      double                 value)
{
  double fraction = plot->top > 0 ? CLAMP (value / plot->top, 0, 1) : 0;

  return plot->bounds.origin.y + (1 - fraction) * plot->bounds.size.height;
}

gint64
_lading_graph_plot_time_at (const LadingGraphPlot *plot,
                            double                 x)
{
  double fraction = (x - plot->bounds.origin.x) / MAX (plot->bounds.size.width, 1);

  return plot->start_us + (gint64)(fraction * (plot->end_us - plot->start_us));
}

static void
append_point (GArray                *points,
              const LadingGraphPlot *plot,
              gint64                 time_us,
              double                 value)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (_lading_graph_plot_x (plot, time_us),
                                                _lading_graph_plot_y (plot, value));

  g_array_append_val (points, point);
}

/**
 * _lading_graph_plot_decimate:
 * @plot: where the series is drawn
 * @series: a series
 * @from: the first sample of an unbroken run of finite ones
 * @to: the end of the run, exclusive
 * @points: (element-type graphene_point_t): where to append the line
 *
 * Appends the points of the line through samples [@from, @to): for each
 * pixel column only its lowest and its highest sample, in the order they
 * came, so that an hour of samples costs what a few hundred do and peaks
 * still show.
 */
void
_lading_graph_plot_decimate (const LadingGraphPlot *plot,
                             LadingTimeSeries      *series,
                             guint                  from,
                             guint                  to,
                             GArray                *points)
{
  guint i = from;

  while (i < to)
    {
      gint64 time_us, min_us, max_us;
      double value, min, max;
      guint min_i, max_i;
      double column;
      guint j;

      lading_time_series_get_point (series, i, &time_us, &value);
      column = floor (_lading_graph_plot_x (plot, time_us));
      min_us = max_us = time_us;
      min = max = value;
      min_i = max_i = i;

      for (j = i + 1; j < to; j++)
        {
          lading_time_series_get_point (series, j, &time_us, &value);
          if (floor (_lading_graph_plot_x (plot, time_us)) != column)
            break;

          if (value < min)
            min = value, min_us = time_us, min_i = j;
          if (value > max)
            max = value, max_us = time_us, max_i = j;
        }

      if (min_i <= max_i)
        append_point (points, plot, min_us, min);
      if (max_i != min_i)
        append_point (points, plot, max_us, max);
      if (min_i > max_i)
        append_point (points, plot, min_us, min);

      i = j;
    }
}

static void
trace_points (cairo_t *cr,
              GArray  *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      const graphene_point_t *point = &g_array_index (points, graphene_point_t, i);

      cairo_line_to (cr, point->x, point->y);
    }
}

static void
draw_run (const LadingGraphPlot *plot,
          cairo_t               *cr,
          LadingTimeSeries      *series,
          guint                  from,
          guint                  to,
          const GdkRGBA         *color,
          double                 line_width)
{
  double bottom = plot->bounds.origin.y + plot->bounds.size.height;
  g_autoptr(GArray) points = NULL;
  const graphene_point_t *first;
  const graphene_point_t *last;
  GdkRGBA fill = *color;

  points = g_array_sized_new (FALSE, FALSE, sizeof (graphene_point_t),
                              MIN (to - from, 2 * (guint)plot->bounds.size.width + 2));
  _lading_graph_plot_decimate (plot, series, from, to, points);
  first = &g_array_index (points, graphene_point_t, 0);
  last = &g_array_index (points, graphene_point_t, points->len - 1);

  /* A lone sample has no line; a dot shows it is there. */
  if (to - from == 1)
    {
      gdk_cairo_set_source_rgba (cr, color);
      cairo_arc (cr, first->x, first->y, line_width, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }

  cairo_move_to (cr, first->x, bottom);
  trace_points (cr, points);
  cairo_line_to (cr, last->x, bottom);
  cairo_close_path (cr);
  fill.alpha *= 0.25;
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill (cr);

  cairo_new_path (cr);
  trace_points (cr, points);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_stroke (cr);
}

void
_lading_graph_plot_series (const LadingGraphPlot *plot,
                           GtkSnapshot           *snapshot,
                           LadingTimeSeries      *series,
                           const GdkRGBA         *color,
                           double                 line_width)
{
  guint n_points = lading_time_series_get_n_points (series);
  guint first = lading_time_series_find (series, plot->start_us);
  guint run_start = G_MAXUINT;
  cairo_t *cr;

  if (first > 0)
    first--;
  if (first >= n_points || plot->bounds.size.width <= 0 || plot->bounds.size.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &plot->bounds);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = first; i <= n_points; i++)
    {
      double value = NAN;

      if (i < n_points)
        lading_time_series_get_point (series, i, NULL, &value);

      if (isfinite (value) && run_start == G_MAXUINT)
        run_start = i;
      else if (!isfinite (value) && run_start != G_MAXUINT)
        {
          draw_run (plot, cr, series, run_start, i, color, line_width);
          run_start = G_MAXUINT;
        }
    }

  cairo_destroy (cr);
}

void
_lading_graph_describer_init (LadingGraphDescriber    *describer,
                              GtkWidget               *widget,
                              LadingGraphDescribeFunc  describe)
{
  describer->widget = widget;
  describer->describe = describe;
  describer->described_at = 0;
  describer->describe_id = 0;
}

static void
describe (LadingGraphDescriber *describer)
{
  describer->describe_id = 0;
  describer->described_at = g_get_monotonic_time ();
  describer->describe (describer->widget);
}

static void
describe_cb (gpointer user_data)
{
  describe (user_data);
}

/* Describes now, or once a second has passed since the last time. */
void
_lading_graph_describer_queue (LadingGraphDescriber *describer)
{
  gint64 wait_us;

  if (describer->describe_id != 0)
    return;

  wait_us = describer->described_at + DESCRIBE_INTERVAL_US - g_get_monotonic_time ();
  if (describer->described_at == 0 || wait_us <= 0)
    describe (describer);
  else
    describer->describe_id = g_timeout_add_once (MAX (1, wait_us / 1000), describe_cb, describer);
}

void
_lading_graph_describer_clear (LadingGraphDescriber *describer)
{
  g_clear_handle_id (&describer->describe_id, g_source_remove);
}
