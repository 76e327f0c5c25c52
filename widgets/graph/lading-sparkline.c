/* lading-sparkline.c
 *
 * A graph small enough for a list row: one series as a line over an area, no
 * axes or labels.  Its colour comes from CSS (`lading-sparkline.cpu`), and its
 * accessible description is the latest value.  Like LadingGraph it does no
 * work for samples while unmapped, which in a list means every row off screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-sparkline"

#include "config.h"

#include <math.h>

#include "lading-graph-plot-private.h"
#include "lading-sparkline.h"
#include "lading-widgets-enums.h"

#define LINE_WIDTH 1.5

struct _LadingSparkline
{
  GtkWidget             parent_instance;

  /* Owned */
  LadingTimeSeries     *series;

  LadingGraphDescriber  describer;
  LadingGraphUnit       unit;
  GTimeSpan             range;
  double                max;
  gulong                changed_id;
};

G_DEFINE_FINAL_TYPE (LadingSparkline, lading_sparkline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  PROP_RANGE,
  PROP_MAX,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
describe (GtkWidget *widget)
{
  LadingSparkline *self = (LadingSparkline *)widget;
  g_autofree char *text = NULL;
  double value = NAN;

  if (self->series != NULL)
    lading_time_series_get_last (self->series, NULL, &value);

  text = lading_graph_scale_format (self->unit, value, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* Whether the series' last point leaves the picture as it was: when it and
 * every point back to before the left edge of the picture the point before
 * it made hold the same value, the line was flat across the whole sparkline
 * then and is now.  That is what an idle container's figures do, and a
 * list of them then costs no frames. */
static gboolean
last_point_changes_nothing (LadingSparkline *self)
{
  guint n_points = lading_time_series_get_n_points (self->series);
  gint64 previous_us;
  double last;
  guint first;

  if (n_points < 2 || !lading_time_series_get_last (self->series, NULL, &last) ||
      !isfinite (last))
    return FALSE;

  lading_time_series_get_point (self->series, n_points - 2, &previous_us, NULL);
  first = lading_time_series_find (self->series, previous_us - self->range);
  if (first == 0)
    return FALSE;

  for (guint i = first - 1; i < n_points; i++)
    {
      double value;

      lading_time_series_get_point (self->series, i, NULL, &value);
      if (value != last)
        return FALSE;
    }

  return TRUE;
}

static void
redraw (LadingSparkline *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  _lading_graph_describer_queue (&self->describer);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
series_changed_cb (LadingSparkline *self)
{
  g_assert (LADING_IS_SPARKLINE (self));

  if (!last_point_changes_nothing (self))
    redraw (self);
}

static void
lading_sparkline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LadingSparkline *self = (LadingSparkline *)widget;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  LadingGraphPlot plot;
  GdkRGBA color;
  double max;

  if (self->series == NULL || width <= 2 * LINE_WIDTH || height <= 2 * LINE_WIDTH)
    return;

  /* Inset by the line's width so a line at the top or bottom shows whole. */
  plot.bounds = GRAPHENE_RECT_INIT (0, LINE_WIDTH, width, height - 2 * LINE_WIDTH);
  plot.end_us = _lading_graph_plot_end_time (&self->series, 1);
  plot.start_us = plot.end_us - self->range;

  max = lading_time_series_get_max (self->series, plot.start_us);
  if (self->max > 0)
    plot.top = isfinite (max) ? MAX (max, self->max) : self->max;
  else
    lading_graph_scale_pick_step (self->unit, max, 1, &plot.top);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  _lading_graph_plot_series (&plot, snapshot, self->series, &color, LINE_WIDTH);
}

static void
lading_sparkline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 24 : 12;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 80 : 20;
}

static void
lading_sparkline_map (GtkWidget *widget)
{
  LadingSparkline *self = (LadingSparkline *)widget;

  GTK_WIDGET_CLASS (lading_sparkline_parent_class)->map (widget);

  _lading_graph_describer_queue (&self->describer);
}

static void
lading_sparkline_unmap (GtkWidget *widget)
{
  LadingSparkline *self = (LadingSparkline *)widget;

  _lading_graph_describer_clear (&self->describer);

  GTK_WIDGET_CLASS (lading_sparkline_parent_class)->unmap (widget);
}

static void
lading_sparkline_dispose (GObject *object)
{
  LadingSparkline *self = (LadingSparkline *)object;

  g_assert (LADING_IS_SPARKLINE (self));

  _lading_graph_describer_clear (&self->describer);
  g_clear_signal_handler (&self->changed_id, self->series);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (lading_sparkline_parent_class)->dispose (object);
}

static void
lading_sparkline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingSparkline *self = LADING_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;

    case PROP_RANGE:
      g_value_set_int64 (value, self->range);
      break;

    case PROP_MAX:
      g_value_set_double (value, self->max);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_sparkline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadingSparkline *self = LADING_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      lading_sparkline_set_series (self, g_value_get_object (value));
      break;

    case PROP_RANGE:
      lading_sparkline_set_range (self, g_value_get_int64 (value));
      break;

    case PROP_MAX:
      lading_sparkline_set_max (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      lading_sparkline_set_unit (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_sparkline_class_init (LadingSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_sparkline_dispose;
  object_class->get_property = lading_sparkline_get_property;
  object_class->set_property = lading_sparkline_set_property;

  widget_class->snapshot = lading_sparkline_snapshot;
  widget_class->measure = lading_sparkline_measure;
  widget_class->map = lading_sparkline_map;
  widget_class->unmap = lading_sparkline_unmap;

  properties [PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL,
                         LADING_TYPE_TIME_SERIES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_RANGE] =
    g_param_spec_int64 ("range", NULL, NULL,
                        G_TIME_SPAN_SECOND, G_MAXINT64 / 4, G_TIME_SPAN_MINUTE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * LadingSparkline:max:
   *
   * The value at the top at least, 100 for one CPU's percentage; 0 scales to
   * the data.
   */
  properties [PROP_MAX] =
    g_param_spec_double ("max", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* For the accessible description only. */
  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       LADING_TYPE_GRAPH_UNIT,
                       LADING_GRAPH_UNIT_PERCENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "lading-sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lading_sparkline_init (LadingSparkline *self)
{
  self->range = G_TIME_SPAN_MINUTE;
  _lading_graph_describer_init (&self->describer, GTK_WIDGET (self), describe);
}

/**
 * lading_sparkline_new:
 *
 * Returns: (transfer floating): a sparkline without a series
 */
GtkWidget *
lading_sparkline_new (void)
{
  return g_object_new (LADING_TYPE_SPARKLINE, NULL);
}

/**
 * lading_sparkline_get_series:
 * @self: a #LadingSparkline
 *
 * Returns: (transfer none) (nullable): the series drawn
 */
LadingTimeSeries *
lading_sparkline_get_series (LadingSparkline *self)
{
  g_return_val_if_fail (LADING_IS_SPARKLINE (self), NULL);

  return self->series;
}

/**
 * lading_sparkline_set_series:
 * @self: a #LadingSparkline
 * @series: (nullable): the series to draw, as a list row is bound
 */
void
lading_sparkline_set_series (LadingSparkline  *self,
                             LadingTimeSeries *series)
{
  g_return_if_fail (LADING_IS_SPARKLINE (self));
  g_return_if_fail (series == NULL || LADING_IS_TIME_SERIES (series));

  if (self->series == series)
    return;

  g_clear_signal_handler (&self->changed_id, self->series);
  g_set_object (&self->series, series);
  if (series != NULL)
    self->changed_id = g_signal_connect_swapped (series, "changed", G_CALLBACK (series_changed_cb),
                                                 self);

  redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SERIES]);
}

GTimeSpan
lading_sparkline_get_range (LadingSparkline *self)
{
  g_return_val_if_fail (LADING_IS_SPARKLINE (self), 0);

  return self->range;
}

void
lading_sparkline_set_range (LadingSparkline *self,
                            GTimeSpan        range_us)
{
  g_return_if_fail (LADING_IS_SPARKLINE (self));
  g_return_if_fail (range_us >= G_TIME_SPAN_SECOND);

  if (self->range == range_us)
    return;

  self->range = range_us;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RANGE]);
}

double
lading_sparkline_get_max (LadingSparkline *self)
{
  g_return_val_if_fail (LADING_IS_SPARKLINE (self), 0);

  return self->max;
}

/**
 * lading_sparkline_set_max:
 * @self: a #LadingSparkline
 * @max: the value at the top at least (100 for a percentage), or 0 to scale
 *   to the data
 */
void
lading_sparkline_set_max (LadingSparkline *self,
                          double           max)
{
  g_return_if_fail (LADING_IS_SPARKLINE (self));
  g_return_if_fail (max >= 0);

  if (self->max == max)
    return;

  self->max = max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAX]);
}

LadingGraphUnit
lading_sparkline_get_unit (LadingSparkline *self)
{
  g_return_val_if_fail (LADING_IS_SPARKLINE (self), LADING_GRAPH_UNIT_PERCENT);

  return self->unit;
}

void
lading_sparkline_set_unit (LadingSparkline *self,
                           LadingGraphUnit  unit)
{
  g_return_if_fail (LADING_IS_SPARKLINE (self));

  if (self->unit == unit)
    return;

  self->unit = unit;
  redraw (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT]);
}
