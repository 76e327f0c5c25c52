/* lading-graph-draw.c
 *
 * How a LadingGraph draws itself: the plot laid out between the value
 * labels and the time labels, the grid, each series (or their stack), the
 * dashed limit line and the event markers.  Every colour is read from a CSS
 * node (the graph's own, or a legend swatch), as lading-graph.c explains.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph"

#include "config.h"

#include <math.h>

#include "lading-graph-private.h"

#define GRID_PX_PER_STEP 40    /* at most one value gridline per 40 px */
#define TIME_PX_PER_STEP 110
#define LABEL_PADDING    6

static GdkRGBA
widget_color (GtkWidget *widget)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  return color;
}

static double
data_max (LadingGraph *self,
          gint64       start_us)
{
  double max = NAN;
  double limit = NAN;

  for (guint i = 0; i < self->series->len; i++)
    {
      LadingGraphSeries *own = g_ptr_array_index (self->series, i);
      LadingTimeSeries *series = self->stacked != NULL ? g_ptr_array_index (self->stacked, i)
                                                       : own->series;
      double value = lading_time_series_get_max (series, start_us);

      if (!(value <= max))
        max = value;
    }

  /* Scale to the limit only when it is near the data: a container without a
   * memory limit reports the host's memory, which would flatten the line. */
  if (self->limit != NULL && lading_time_series_get_last (self->limit->series, NULL, &limit) &&
      isfinite (limit) && (!isfinite (max) || limit <= 2 * max))
    max = isfinite (max) ? MAX (max, limit) : limit;

  return max;
}

/* Lays out the plot: the value labels' width on the left, the time labels'
 * height below, half a label's height above so the top label fits. */
static void
compute_plot (LadingGraph *self,
              double      *step,
              double      *label_height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int top = gtk_widget_get_height (self->legend) + LADING_GRAPH_LEGEND_SPACING;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  g_autofree char *top_text = NULL;
  LadingTimeSeries **series = g_newa (LadingTimeSeries *, self->series->len + 1);
  int label_width;
  int text_height;
  guint max_intervals;

  for (guint i = 0; i < self->series->len; i++)
    series[i] = ((LadingGraphSeries *)g_ptr_array_index (self->series, i))->series;

  self->plot.end_us = _lading_graph_plot_end_time (series, self->series->len);
  self->plot.start_us = self->plot.end_us - self->range;

  pango_layout_set_text (layout, "0", -1);
  pango_layout_get_pixel_size (layout, NULL, &text_height);
  *label_height = text_height;

  max_intervals = CLAMP ((height - top - 2 * text_height) / GRID_PX_PER_STEP, 1, 5);
  *step = lading_graph_scale_pick_step (self->unit, data_max (self, self->plot.start_us),
                                        max_intervals, &self->plot.top);

  /* The top label is the widest one but for rounding ("1000 MiB"). */
  top_text = lading_graph_scale_format (self->unit, self->plot.top, *step);
  pango_layout_set_text (layout, top_text, -1);
  pango_layout_get_pixel_size (layout, &label_width, NULL);

  self->plot.bounds = GRAPHENE_RECT_INIT (label_width + LABEL_PADDING,
                                          top + text_height / 2.,
                                          width - label_width - LABEL_PADDING - text_height,
                                          height - top - text_height / 2. - text_height -
                                          LABEL_PADDING / 2.);
  self->plot_valid = self->plot.bounds.size.width > 0 && self->plot.bounds.size.height > 0;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const char    *text,
             double         x,
             double         y,
             double         xalign,
             double         yalign,
             const GdkRGBA *color)
{
  int width;
  int height;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (round (x - xalign * width),
                                                round (y - yalign * height)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_axes (LadingGraph   *self,
           GtkSnapshot   *snapshot,
           double         step,
           const GdkRGBA *foreground)
{
  const graphene_rect_t *bounds = &self->plot.bounds;
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  GdkRGBA grid = *foreground;
  GdkRGBA text = *foreground;
  double bottom = bounds->origin.y + bounds->size.height;
  GTimeSpan time_step;

  grid.alpha *= 0.12;
  text.alpha *= 0.7;

  for (double value = 0; value <= self->plot.top * (1 + 1e-9); value += step)
    {
      g_autofree char *label = lading_graph_scale_format (self->unit, value, step);
      double y = round (_lading_graph_plot_y (&self->plot, value));

      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (bounds->origin.x, MIN (y, bottom - 1),
                                                      bounds->size.width, 1));
      append_text (snapshot, layout, label, bounds->origin.x - LABEL_PADDING, y, 1, 0.5, &text);
    }

  time_step = lading_graph_scale_pick_time_step (self->range,
                                                 MAX (1, bounds->size.width / TIME_PX_PER_STEP));
  for (GTimeSpan age = 0; age <= self->range; age += time_step)
    {
      g_autofree char *label = lading_graph_scale_format_age (age);
      double x = round (_lading_graph_plot_x (&self->plot, self->plot.end_us - age));

      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (MIN (x, bounds->origin.x + bounds->size.width - 1),
                                                      bounds->origin.y, 1, bounds->size.height));
      /* "now" ends at the right edge and the oldest label starts at the
       * left one, clear of the value labels. */
      append_text (snapshot, layout, label, x, bottom + LABEL_PADDING / 2.,
                   age == 0 ? 1 : x - bounds->origin.x < TIME_PX_PER_STEP / 2 ? 0 : 0.5, 0,
                   &text);
    }
}

static void
draw_limit (LadingGraph *self,
            GtkSnapshot *snapshot)
{
  const graphene_rect_t *bounds = &self->plot.bounds;
  static const double dashes[] = { 6, 4 };
  GdkRGBA color;
  double limit;
  double y;
  cairo_t *cr;

  if (self->limit == NULL ||
      !lading_time_series_get_last (self->limit->series, NULL, &limit) ||
      !isfinite (limit) || limit > self->plot.top)
    return;

  color = widget_color (self->limit->swatch);
  y = round (_lading_graph_plot_y (&self->plot, limit)) + 0.5;
  cr = gtk_snapshot_append_cairo (snapshot, bounds);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, bounds->origin.x, y);
  cairo_line_to (cr, bounds->origin.x + bounds->size.width, y);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

/* Newest first: where labels would overlap, the newer event keeps its label
 * and the older one only its line (the tooltip still names it). */
static void
draw_markers (LadingGraph   *self,
              GtkSnapshot   *snapshot,
              const GdkRGBA *foreground)
{
  const graphene_rect_t *bounds = &self->plot.bounds;
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA line = *foreground;
  double labels_from = G_MAXDOUBLE;

  line.alpha *= 0.5;

  for (guint i = self->markers->len; i > 0; i--)
    {
      const LadingGraphMarker *marker = &g_array_index (self->markers, LadingGraphMarker, i - 1);
      int width;
      double x;

      if (marker->time_us < self->plot.start_us || marker->time_us > self->plot.end_us)
        continue;

      if (layout == NULL)
        layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

      x = round (_lading_graph_plot_x (&self->plot, marker->time_us));
      gtk_snapshot_append_color (snapshot, &line,
                                 &GRAPHENE_RECT_INIT (x, bounds->origin.y, 1, bounds->size.height));
      pango_layout_set_text (layout, marker->label, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      if (x + 3 + width + LABEL_PADDING > labels_from)
        continue;

      labels_from = x;
      gtk_snapshot_push_clip (snapshot, bounds);
      append_text (snapshot, layout, marker->label, x + 3, bounds->origin.y, 0, 0, foreground);
      gtk_snapshot_pop (snapshot);
    }
}

static GPtrArray *
stack_series (LadingGraph *self)
{
  LadingTimeSeries **series = g_newa (LadingTimeSeries *, self->series->len + 1);
  gint64 end_us;

  for (guint i = 0; i < self->series->len; i++)
    series[i] = ((LadingGraphSeries *)g_ptr_array_index (self->series, i))->series;
  end_us = _lading_graph_plot_end_time (series, self->series->len);

  return _lading_graph_stack (series, self->series->len, end_us - self->range);
}

/* Stacked, the top series goes first, so that each one below paints its
 * band over the areas above it. */
static void
draw_series (LadingGraph *self,
             GtkSnapshot *snapshot)
{
  for (guint k = 0; k < self->series->len; k++)
    {
      guint i = self->stacked != NULL ? self->series->len - 1 - k : k;
      LadingGraphSeries *series = g_ptr_array_index (self->series, i);
      GdkRGBA color = widget_color (series->swatch);

      _lading_graph_plot_series (&self->plot, snapshot,
                                 self->stacked != NULL ? g_ptr_array_index (self->stacked, i)
                                                       : series->series,
                                 &color, 2);
    }
}

void
_lading_graph_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LadingGraph *self = (LadingGraph *)widget;
  GdkRGBA foreground = widget_color (widget);
  double label_height;
  double step;

  gtk_widget_snapshot_child (widget, self->legend, snapshot);

  if (self->is_stacked)
    self->stacked = stack_series (self);
  compute_plot (self, &step, &label_height);
  if (self->plot_valid)
    {
      draw_axes (self, snapshot, step, &foreground);
      draw_series (self, snapshot);
      draw_limit (self, snapshot);
      draw_markers (self, snapshot, &foreground);
    }
  g_clear_pointer (&self->stacked, g_ptr_array_unref);
}
