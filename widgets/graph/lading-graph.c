/* lading-graph.c
 *
 * A time-series graph: one or more series as lines over translucent areas,
 * a value axis with round steps in the graph's unit, a time axis ending now,
 * a dashed limit line, event markers, and a legend with the current values.
 *
 * The legend is made of real widgets, which also gives every series a CSS
 * node: style.css colours `.swatch.cpu` and so on with libadwaita's named
 * colours, and the plot reads the swatch's colour back, so light, dark and
 * high-contrast styles work (GTK 4.8 has no gtk_widget_get_color).
 *
 * It costs nothing while hidden: a series' "changed" only queues a draw and
 * updates the legend while the graph is mapped, and mapping catches up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lading-graph-private.h"
#include "lading-widgets-enums.h"

#define LEGEND_SPACING   6
#define MIN_PLOT_HEIGHT  60
#define NAT_PLOT_HEIGHT  160
#define MIN_WIDTH        120
#define NAT_WIDTH        360
#define GRID_PX_PER_STEP 40    /* at most one value gridline per 40 px */
#define TIME_PX_PER_STEP 110
#define LABEL_PADDING    6

G_DEFINE_FINAL_TYPE (LadingGraph, lading_graph, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_UNIT,
  PROP_RANGE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
series_free (gpointer data)
{
  LadingGraphSeries *series = data;

  g_clear_signal_handler (&series->changed_id, series->series);
  g_clear_object (&series->series);
  g_free (series->label);
  g_free (series);
}

static void
marker_clear (gpointer data)
{
  LadingGraphMarker *marker = data;

  g_free (marker->label);
}

static GdkRGBA
widget_color (GtkWidget *widget)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  return color;
}

static char *
format_latest (LadingGraph *self,
               LadingGraphSeries      *series,
               double      *value)
{
  *value = NAN;
  lading_time_series_get_last (series->series, NULL, value);

  return lading_graph_scale_format (self->unit, *value, 0);
}

static void
update_legend (LadingGraph *self)
{
  for (guint i = 0; i <= self->series->len; i++)
    {
      LadingGraphSeries *series = i < self->series->len ? g_ptr_array_index (self->series, i) : self->limit;
      g_autofree char *text = NULL;
      double value;

      if (series == NULL)
        continue;

      text = format_latest (self, series, &value);
      gtk_inscription_set_text (GTK_INSCRIPTION (series->value), text);
      if (series == self->limit)
        gtk_widget_set_visible (series->entry, isfinite (value));
    }
}

/* "CPU 42 %, Limit 2 GiB", which screen readers say for the image. */
static void
describe (GtkWidget *widget)
{
  LadingGraph *self = (LadingGraph *)widget;
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i <= self->series->len; i++)
    {
      LadingGraphSeries *series = i < self->series->len ? g_ptr_array_index (self->series, i) : self->limit;
      g_autofree char *text = NULL;
      double value;

      if (series == NULL)
        continue;

      text = format_latest (self, series, &value);
      if (series == self->limit && !isfinite (value))
        continue;

      if (description->len > 0)
        g_string_append (description, ", ");
      if (isfinite (value))
        /* Translators: a series' name and its latest value, "CPU 42 %" */
        g_string_append_printf (description, _("%s %s"), series->label, text);
      else
        /* Translators: a series' name when it has no samples yet, "CPU: no data" */
        g_string_append_printf (description, _("%s: no data"), series->label);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/* Called on every sample of every series, so it must stay cheap and do
 * nothing at all while the graph is not on screen. */
static void
series_changed_cb (LadingGraph *self)
{
  g_assert (LADING_IS_GRAPH (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->n_updates++;
  update_legend (self);
  _lading_graph_describer_queue (&self->describer);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
legend_remove (LadingGraph *self,
               GtkWidget   *entry)
{
  GtkWidget *child = gtk_widget_get_parent (entry);

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), NULL);
  gtk_flow_box_remove (GTK_FLOW_BOX (self->legend), child);
}

static LadingGraphSeries *
series_new (LadingGraph      *self,
            LadingTimeSeries *time_series,
            const char       *label,
            const char       *style_class)
{
  LadingGraphSeries *series = g_new0 (LadingGraphSeries, 1);
  GtkWidget *name;

  series->series = g_object_ref (time_series);
  series->label = g_strdup (label);
  series->changed_id = g_signal_connect_swapped (time_series, "changed",
                                                 G_CALLBACK (series_changed_cb), self);

  series->entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  series->swatch = g_object_new (GTK_TYPE_IMAGE,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                 "valign", GTK_ALIGN_CENTER,
                                 "css-classes", (const char *[]) { "swatch", style_class, NULL },
                                 NULL);
  name = gtk_label_new (label);
  /* An inscription, as a label would lay the window out again on every
   * sample; wide enough for "1023.9 MiB" and "999 kB/s". */
  series->value = gtk_inscription_new (NULL);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (series->value), 9);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (series->value), 10);
  gtk_widget_add_css_class (series->value, "numeric");
  gtk_box_append (GTK_BOX (series->entry), series->swatch);
  gtk_box_append (GTK_BOX (series->entry), name);
  gtk_box_append (GTK_BOX (series->entry), series->value);
  gtk_flow_box_append (GTK_FLOW_BOX (self->legend), series->entry);

  return series;
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
  int top = gtk_widget_get_height (self->legend) + LEGEND_SPACING;
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

static void
lading_graph_snapshot (GtkWidget   *widget,
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

static void
lading_graph_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  LadingGraph *self = (LadingGraph *)widget;
  int legend_minimum;
  int legend_natural;

  gtk_widget_measure (self->legend, orientation,
                      orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                      &legend_minimum, &legend_natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (legend_minimum, MIN_WIDTH);
      *natural = MAX (legend_natural, NAT_WIDTH);
    }
  else
    {
      *minimum = legend_minimum + LEGEND_SPACING + MIN_PLOT_HEIGHT;
      *natural = legend_natural + LEGEND_SPACING + NAT_PLOT_HEIGHT;
    }
}

/* The legend wraps, so its height depends on the width. */
static GtkSizeRequestMode
lading_graph_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lading_graph_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  LadingGraph *self = (LadingGraph *)widget;
  int legend_height;

  gtk_widget_measure (self->legend, GTK_ORIENTATION_VERTICAL, width,
                      NULL, &legend_height, NULL, NULL);
  gtk_widget_allocate (self->legend, width, MIN (legend_height, height), -1, NULL);
}

/* Catch up with what changed while hidden. */
static void
lading_graph_map (GtkWidget *widget)
{
  LadingGraph *self = (LadingGraph *)widget;

  GTK_WIDGET_CLASS (lading_graph_parent_class)->map (widget);

  update_legend (self);
  _lading_graph_describer_queue (&self->describer);
}

static void
lading_graph_unmap (GtkWidget *widget)
{
  LadingGraph *self = (LadingGraph *)widget;

  _lading_graph_describer_clear (&self->describer);

  GTK_WIDGET_CLASS (lading_graph_parent_class)->unmap (widget);
}

static void
lading_graph_dispose (GObject *object)
{
  LadingGraph *self = (LadingGraph *)object;

  g_assert (LADING_IS_GRAPH (self));

  _lading_graph_describer_clear (&self->describer);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->limit, series_free);
  g_clear_pointer (&self->legend, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_graph_parent_class)->dispose (object);
}

static void
lading_graph_finalize (GObject *object)
{
  LadingGraph *self = (LadingGraph *)object;

  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (lading_graph_parent_class)->finalize (object);
}

static void
lading_graph_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LadingGraph *self = LADING_GRAPH (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_RANGE:
      g_value_set_int64 (value, self->range);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_graph_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LadingGraph *self = LADING_GRAPH (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      lading_graph_set_unit (self, g_value_get_enum (value));
      break;

    case PROP_RANGE:
      lading_graph_set_range (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      lading_graph_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_graph_class_init (LadingGraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_graph_dispose;
  object_class->finalize = lading_graph_finalize;
  object_class->get_property = lading_graph_get_property;
  object_class->set_property = lading_graph_set_property;

  widget_class->snapshot = lading_graph_snapshot;
  widget_class->get_request_mode = lading_graph_get_request_mode;
  widget_class->measure = lading_graph_measure;
  widget_class->size_allocate = lading_graph_size_allocate;
  widget_class->query_tooltip = _lading_graph_query_tooltip;
  widget_class->map = lading_graph_map;
  widget_class->unmap = lading_graph_unmap;

  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       LADING_TYPE_GRAPH_UNIT,
                       LADING_GRAPH_UNIT_PERCENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingGraph:range:
   *
   * How far back the time axis reaches, in microseconds.
   */
  properties [PROP_RANGE] =
    g_param_spec_int64 ("range", NULL, NULL,
                        G_TIME_SPAN_SECOND, G_MAXINT64 / 4, 5 * G_TIME_SPAN_MINUTE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingGraph:title:
   *
   * What the graph shows, "CPU"; its accessible label.
   */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "lading-graph");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lading_graph_init (LadingGraph *self)
{
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->markers = g_array_new (FALSE, FALSE, sizeof (LadingGraphMarker));
  g_array_set_clear_func (self->markers, marker_clear);
  self->range = 5 * G_TIME_SPAN_MINUTE;

  /* A flow box, so that a stacked graph's many entries wrap. */
  self->legend = g_object_new (GTK_TYPE_FLOW_BOX,
                               "selection-mode", GTK_SELECTION_NONE,
                               "column-spacing", 18,
                               "max-children-per-line", 32,
                               "can-focus", FALSE,
                               NULL);
  gtk_widget_add_css_class (self->legend, "legend");
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));

  _lading_graph_describer_init (&self->describer, GTK_WIDGET (self), describe);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * lading_graph_new:
 * @unit: what the graph's values measure
 *
 * Returns: (transfer floating): a graph without series
 */
GtkWidget *
lading_graph_new (LadingGraphUnit unit)
{
  return g_object_new (LADING_TYPE_GRAPH, "unit", unit, NULL);
}

LadingGraphUnit
lading_graph_get_unit (LadingGraph *self)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), LADING_GRAPH_UNIT_PERCENT);

  return self->unit;
}

void
lading_graph_set_unit (LadingGraph     *self,
                       LadingGraphUnit  unit)
{
  g_return_if_fail (LADING_IS_GRAPH (self));

  if (self->unit == unit)
    return;

  self->unit = unit;
  update_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT]);
}

GTimeSpan
lading_graph_get_range (LadingGraph *self)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), 0);

  return self->range;
}

/**
 * lading_graph_set_range:
 * @self: a #LadingGraph
 * @range_us: how far back the time axis reaches (1, 5, 15 or 60 minutes)
 */
void
lading_graph_set_range (LadingGraph *self,
                        GTimeSpan    range_us)
{
  g_return_if_fail (LADING_IS_GRAPH (self));
  g_return_if_fail (range_us >= G_TIME_SPAN_SECOND);

  if (self->range == range_us)
    return;

  self->range = range_us;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RANGE]);
}

const char *
lading_graph_get_title (LadingGraph *self)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), NULL);

  return self->title;
}

void
lading_graph_set_title (LadingGraph *self,
                        const char  *title)
{
  g_return_if_fail (LADING_IS_GRAPH (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

/**
 * lading_graph_set_limit:
 * @self: a #LadingGraph
 * @limit: (nullable): a series whose latest value is drawn as a dashed line,
 *   such as a container's memory limit
 */
void
lading_graph_set_limit (LadingGraph      *self,
                        LadingTimeSeries *limit)
{
  g_return_if_fail (LADING_IS_GRAPH (self));
  g_return_if_fail (limit == NULL || LADING_IS_TIME_SERIES (limit));

  if (self->limit != NULL && self->limit->series == limit)
    return;

  if (self->limit != NULL)
    legend_remove (self, self->limit->entry);
  g_clear_pointer (&self->limit, series_free);

  /* Translators: the legend entry of a memory limit's dashed line */
  if (limit != NULL)
    self->limit = series_new (self, limit, _("Limit"), "limit");

  series_changed_cb (self);
}

/**
 * lading_graph_add_series:
 * @self: a #LadingGraph
 * @series: the values to draw
 * @label: its name in the legend, tooltip and description, "CPU"
 * @style_class: the CSS class that gives its colour: "cpu", "memory", "rx",
 *   "tx", "read", "write" or "pids"
 */
void
lading_graph_add_series (LadingGraph      *self,
                         LadingTimeSeries *series,
                         const char       *label,
                         const char       *style_class)
{
  g_return_if_fail (LADING_IS_GRAPH (self));
  g_return_if_fail (LADING_IS_TIME_SERIES (series));
  g_return_if_fail (label != NULL);
  g_return_if_fail (style_class != NULL);

  g_ptr_array_add (self->series, series_new (self, series, label, style_class));

  /* The limit's entry stays last in the legend. */
  if (self->limit != NULL)
    {
      g_autoptr(GtkWidget) entry = g_object_ref (self->limit->entry);

      legend_remove (self, entry);
      gtk_flow_box_append (GTK_FLOW_BOX (self->legend), entry);
    }

  series_changed_cb (self);
}

/**
 * lading_graph_add_marker:
 * @self: a #LadingGraph
 * @time_us: when the event happened, in unix microseconds
 * @label: what happened, "Stopped"
 *
 * Marks an event on the time axis with a thin vertical line.
 */
void
lading_graph_add_marker (LadingGraph *self,
                         gint64       time_us,
                         const char  *label)
{
  LadingGraphMarker marker;

  g_return_if_fail (LADING_IS_GRAPH (self));
  g_return_if_fail (label != NULL);

  marker.time_us = time_us;
  marker.label = g_strdup (label);
  g_array_append_val (self->markers, marker);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lading_graph_clear_markers (LadingGraph *self)
{
  g_return_if_fail (LADING_IS_GRAPH (self));

  g_array_set_size (self->markers, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lading_graph_clear:
 * @self: a #LadingGraph
 *
 * Removes every series, the limit and the markers, so that the graph can
 * show another container.
 */
void
lading_graph_clear (LadingGraph *self)
{
  g_return_if_fail (LADING_IS_GRAPH (self));

  for (guint i = 0; i < self->series->len; i++)
    legend_remove (self, ((LadingGraphSeries *)g_ptr_array_index (self->series, i))->entry);
  g_ptr_array_set_size (self->series, 0);
  lading_graph_set_limit (self, NULL);
  lading_graph_clear_markers (self);
}

gboolean
lading_graph_get_stacked (LadingGraph *self)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), FALSE);

  return self->is_stacked;
}

/**
 * lading_graph_set_stacked:
 * @self: a #LadingGraph
 * @stacked: whether each series is drawn on top of those added before it
 *
 * Stacked, the top line is the total of all series, and each series is the
 * band between its line and the one below.  Its series must be sampled at
 * the same times.  The legend, tooltip and description still give each
 * series' own value.
 */
void
lading_graph_set_stacked (LadingGraph *self,
                          gboolean     stacked)
{
  g_return_if_fail (LADING_IS_GRAPH (self));

  self->is_stacked = !!stacked;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Private API */

/* The plot as last drawn; %FALSE before the first frame or when too small. */
gboolean
_lading_graph_get_plot (LadingGraph     *self,
                        LadingGraphPlot *plot)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), FALSE);

  *plot = self->plot;
  return self->plot_valid;
}

/* How many times a series' change did any work. */
guint
_lading_graph_get_n_updates (LadingGraph *self)
{
  g_return_val_if_fail (LADING_IS_GRAPH (self), 0);

  return self->n_updates;
}
