/* lading-graph-plot.c
 *
 * The drawing LadingGraph and LadingSparkline share.  A series is a line
 * over a translucent area, broken wherever a value is NaN; only the samples
 * in the visible time range are visited (found by binary search), plus the
 * one before it so the line enters from the left edge.
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
_lading_graph_plot_x (const LadingGraphPlot *self,
                      gint64                 time_us)
{
  double span = MAX (self->end_us - self->start_us, 1);

  return self->bounds.origin.x + (time_us - self->start_us) / span * self->bounds.size.width;
}

double
_lading_graph_plot_y (const LadingGraphPlot *self,
                      double                 value)
{
  double fraction = self->top > 0 ? CLAMP (value / self->top, 0, 1) : 0;

  return self->bounds.origin.y + (1 - fraction) * self->bounds.size.height;
}

gint64
_lading_graph_plot_time_at (const LadingGraphPlot *self,
                            double                 x)
{
  double fraction = (x - self->bounds.origin.x) / MAX (self->bounds.size.width, 1);

  return self->start_us + (gint64)(fraction * (self->end_us - self->start_us));
}

/* One unbroken run of finite samples, [from, to). */
static void
trace_run (const LadingGraphPlot *self,
           cairo_t               *cr,
           LadingTimeSeries      *series,
           guint                  from,
           guint                  to)
{
  for (guint i = from; i < to; i++)
    {
      gint64 time_us;
      double value;

      lading_time_series_get_point (series, i, &time_us, &value);
      cairo_line_to (cr, _lading_graph_plot_x (self, time_us), _lading_graph_plot_y (self, value));
    }
}

static void
draw_run (const LadingGraphPlot *self,
          cairo_t               *cr,
          LadingTimeSeries      *series,
          guint                  from,
          guint                  to,
          const GdkRGBA         *color,
          double                 line_width)
{
  double bottom = self->bounds.origin.y + self->bounds.size.height;
  GdkRGBA fill = *color;
  gint64 first_us;
  gint64 last_us;
  double value;

  lading_time_series_get_point (series, from, &first_us, &value);
  lading_time_series_get_point (series, to - 1, &last_us, NULL);

  /* A lone sample has no line; a dot shows it is there. */
  if (to - from == 1)
    {
      gdk_cairo_set_source_rgba (cr, color);
      cairo_arc (cr, _lading_graph_plot_x (self, first_us), _lading_graph_plot_y (self, value),
                 line_width, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    }

  cairo_move_to (cr, _lading_graph_plot_x (self, first_us), bottom);
  trace_run (self, cr, series, from, to);
  cairo_line_to (cr, _lading_graph_plot_x (self, last_us), bottom);
  cairo_close_path (cr);
  fill.alpha *= 0.25;
  gdk_cairo_set_source_rgba (cr, &fill);
  cairo_fill (cr);

  cairo_new_path (cr);
  trace_run (self, cr, series, from, to);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_stroke (cr);
}

void
_lading_graph_plot_series (const LadingGraphPlot *self,
                           GtkSnapshot           *snapshot,
                           LadingTimeSeries      *series,
                           const GdkRGBA         *color,
                           double                 line_width)
{
  guint n_points = lading_time_series_get_n_points (series);
  guint first = lading_time_series_find (series, self->start_us);
  guint run_start = G_MAXUINT;
  cairo_t *cr;

  if (first > 0)
    first--;
  if (first >= n_points || self->bounds.size.width <= 0 || self->bounds.size.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &self->bounds);
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
          draw_run (self, cr, series, run_start, i, color, line_width);
          run_start = G_MAXUINT;
        }
    }

  cairo_destroy (cr);
}

void
_lading_graph_describer_init (LadingGraphDescriber    *self,
                              GtkWidget               *widget,
                              LadingGraphDescribeFunc  describe)
{
  self->widget = widget;
  self->describe = describe;
  self->described_at = 0;
  self->describe_id = 0;
}

static void
describe (LadingGraphDescriber *self)
{
  self->describe_id = 0;
  self->described_at = g_get_monotonic_time ();
  self->describe (self->widget);
}

static void
describe_cb (gpointer user_data)
{
  describe (user_data);
}

/* Describes now, or once a second has passed since the last time. */
void
_lading_graph_describer_queue (LadingGraphDescriber *self)
{
  gint64 wait_us;

  if (self->describe_id != 0)
    return;

  wait_us = self->described_at + DESCRIBE_INTERVAL_US - g_get_monotonic_time ();
  if (self->described_at == 0 || wait_us <= 0)
    describe (self);
  else
    self->describe_id = g_timeout_add_once (MAX (1, wait_us / 1000), describe_cb, self);
}

void
_lading_graph_describer_clear (LadingGraphDescriber *self)
{
  g_clear_handle_id (&self->describe_id, g_source_remove);
}
