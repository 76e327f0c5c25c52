/* lading-stats-cell.c
 *
 * A Containers page cell with a running container's CPU or memory: the
 * current figure and a sparkline of the last minutes.  The list view makes
 * cells only for the rows on screen, so a cell watches its container's
 * stats while it shows a container that runs, and those rows are the only
 * ones whose stats are streamed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-cell"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lading-graph-scale.h"
#include "lading-sparkline.h"
#include "lading-stats-cell.h"

#define SPARKLINE_RANGE (2 * G_TIME_SPAN_MINUTE)

struct _LadingStatsCell
{
  GtkWidget              parent_instance;

  /* Owned */
  LadingStatsMonitor    *monitor;
  LadingContainer       *container;   /* the item, when it is one */

  /* Borrowed from the monitor while watched */
  LadingStatsHistory    *history;

  LadingStatsSeriesKind  kind;
  GtkWidget             *sparkline;
  GtkWidget             *label;
};

G_DEFINE_FINAL_TYPE (LadingStatsCell, lading_stats_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static LadingGraphUnit
cell_unit (LadingStatsCell *self)
{
  return self->kind == LADING_STATS_CPU ? LADING_GRAPH_UNIT_PERCENT : LADING_GRAPH_UNIT_BYTES;
}

static void
update_label (LadingStatsCell *self)
{
  g_autofree char *text = NULL;
  gint64 time_us;
  double value;

  if (self->history != NULL &&
      lading_time_series_get_last (lading_stats_history_get_series (self->history, self->kind),
                                   &time_us, &value) &&
      isfinite (value))
    text = lading_graph_scale_format (cell_unit (self), value, 0);

  gtk_inscription_set_text (GTK_INSCRIPTION (self->label), text);
}

static void
stop_watching (LadingStatsCell *self)
{
  if (self->history == NULL)
    return;

  g_signal_handlers_disconnect_by_data (lading_stats_history_get_series (self->history,
                                                                         self->kind),
                                        self);
  lading_sparkline_set_series (LADING_SPARKLINE (self->sparkline), NULL);
  lading_stats_monitor_unwatch (self->monitor, self->container, LADING_STATS_RATE_SAMPLED);
  self->history = NULL;
}

/* Only running containers have stats; a history is kept for each watched
 * container, so stopped ones on screen are not watched at all. */
static void
update_watch (LadingStatsCell *self)
{
  LadingContainerState state = self->container != NULL
                               ? lading_container_get_state (self->container)
                               : LADING_CONTAINER_STATE_UNKNOWN;
  gboolean wanted = state == LADING_CONTAINER_STATE_RUNNING ||
                    state == LADING_CONTAINER_STATE_PAUSED;
  LadingTimeSeries *series;

  if (wanted && self->history == NULL)
    {
      self->history = lading_stats_monitor_watch (self->monitor, self->container,
                                                  LADING_STATS_RATE_SAMPLED);
      series = lading_stats_history_get_series (self->history, self->kind);
      g_signal_connect_object (series, "changed", G_CALLBACK (update_label), self,
                               G_CONNECT_SWAPPED);
      lading_sparkline_set_series (LADING_SPARKLINE (self->sparkline), series);
    }
  else if (!wanted)
    {
      stop_watching (self);
    }

  gtk_widget_set_visible (self->sparkline, self->history != NULL);
  update_label (self);
}

static void
set_item (LadingStatsCell *self,
          GObject         *item)
{
  LadingContainer *container = LADING_IS_CONTAINER (item) ? LADING_CONTAINER (item) : NULL;

  if (container == self->container)
    return;

  stop_watching (self);
  if (self->container != NULL)
    g_signal_handlers_disconnect_by_data (self->container, self);
  g_set_object (&self->container, container);
  if (container != NULL)
    g_signal_connect_object (container, "notify::state", G_CALLBACK (update_watch), self,
                             G_CONNECT_SWAPPED);
  update_watch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM]);
}

static void
lading_stats_cell_dispose (GObject *object)
{
  LadingStatsCell *self = (LadingStatsCell *)object;

  set_item (self, NULL);
  g_clear_pointer (&self->sparkline, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (lading_stats_cell_parent_class)->dispose (object);
}

static void
lading_stats_cell_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadingStatsCell *self = LADING_STATS_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->container);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_stats_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LadingStatsCell *self = LADING_STATS_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_stats_cell_class_init (LadingStatsCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_stats_cell_dispose;
  object_class->get_property = lading_stats_cell_get_property;
  object_class->set_property = lading_stats_cell_set_property;

  /* The row's item; only a #LadingContainer shows something. */
  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-stats-cell");
}

static void
lading_stats_cell_init (LadingStatsCell *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->sparkline = lading_sparkline_new ();
  gtk_widget_set_size_request (self->sparkline, 40, -1);
  lading_sparkline_set_range (LADING_SPARKLINE (self->sparkline), SPARKLINE_RANGE);
  gtk_widget_set_parent (self->sparkline, GTK_WIDGET (self));

  /* An inscription: a label would lay the list out again on every sample.
   * Wide enough for "100 %" and "1023 MiB", so the column does not jitter. */
  self->label = gtk_inscription_new (NULL);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (self->label), 1.0);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->label), 7);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->label), 7);
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

/**
 * lading_stats_cell_new:
 * @monitor: where the figures come from
 * @kind: %LADING_STATS_CPU or %LADING_STATS_MEMORY
 *
 * Returns: (transfer floating): an empty cell
 */
GtkWidget *
lading_stats_cell_new (LadingStatsMonitor    *monitor,
                       LadingStatsSeriesKind  kind)
{
  LadingStatsCell *self;

  g_return_val_if_fail (LADING_IS_STATS_MONITOR (monitor), NULL);
  g_return_val_if_fail (kind == LADING_STATS_CPU || kind == LADING_STATS_MEMORY, NULL);

  self = g_object_new (LADING_TYPE_STATS_CELL, NULL);
  self->monitor = g_object_ref (monitor);
  self->kind = kind;
  if (kind == LADING_STATS_CPU)
    lading_sparkline_set_max (LADING_SPARKLINE (self->sparkline), 100);
  else
    gtk_widget_add_css_class (self->sparkline, "memory");
  lading_sparkline_set_unit (LADING_SPARKLINE (self->sparkline),
                             kind == LADING_STATS_CPU ? LADING_GRAPH_UNIT_PERCENT
                                                      : LADING_GRAPH_UNIT_BYTES);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sparkline),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == LADING_STATS_CPU ? _("CPU over the last minutes")
                                                           : _("Memory over the last minutes"),
                                  -1);

  return GTK_WIDGET (self);
}
