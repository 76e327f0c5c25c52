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
 * This file holds the widget, its legend and its size; the drawing is in
 * lading-graph-draw.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-graph"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lading-graph-private.h"
#include "lading-widgets-enums.h"

#define MIN_PLOT_HEIGHT 60
#define NAT_PLOT_HEIGHT 160
#define MIN_WIDTH       120
#define NAT_WIDTH       360

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
      *minimum = legend_minimum + LADING_GRAPH_LEGEND_SPACING + MIN_PLOT_HEIGHT;
      *natural = legend_natural + LADING_GRAPH_LEGEND_SPACING + NAT_PLOT_HEIGHT;
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

  widget_class->snapshot = _lading_graph_snapshot;
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
