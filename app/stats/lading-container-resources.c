/* lading-container-resources.c
 *
 * The Resources tab of a container's details page: CPU, memory, network
 * and disk graphs over the last 1, 5, 15 or 60 minutes, with the engine's
 * events (starts, deaths, OOM kills, health changes) marked on the time
 * axis, and the shown figures exported as CSV.
 *
 * The container is watched only while the tab is mapped, so its stats are
 * streamed only while someone can see them; its history is the monitor's
 * and outlives the tab.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-container-resources"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "lading-container-resources.h"
#include "lading-file-save.h"
#include "lading-graph.h"
#include "lading-stats-marker-text.h"
#include "lading-settings.h"

#define RANGE_MINUTES_DEFAULT 5

/* The choices of the range drop-down, in its order. */
static const int range_choices[] = { 1, 5, 15, 60 };

typedef struct
{
  LadingStatsSeriesKind  kind;
  const char            *label;        /* N_() */
  const char            *style_class;
} SeriesSpec;

typedef struct
{
  const char      *title;  /* N_() */
  LadingGraphUnit  unit;
  SeriesSpec       series[2];
  gboolean         network;
} GraphSpec;

static const GraphSpec graph_specs[] = {
  { N_("CPU"), LADING_GRAPH_UNIT_PERCENT,
    { { LADING_STATS_CPU, N_("CPU"), "cpu" } }, FALSE },
  { N_("Memory"), LADING_GRAPH_UNIT_BYTES,
    { { LADING_STATS_MEMORY, N_("Used"), "memory" } }, FALSE },
  { N_("Network"), LADING_GRAPH_UNIT_BYTES_PER_SECOND,
    { { LADING_STATS_NET_RX, N_("Received"), "rx" },
      { LADING_STATS_NET_TX, N_("Sent"), "tx" } }, TRUE },
  { N_("Disk"), LADING_GRAPH_UNIT_BYTES_PER_SECOND,
    { { LADING_STATS_BLOCK_READ, N_("Read"), "read" },
      { LADING_STATS_BLOCK_WRITE, N_("Written"), "write" } }, FALSE },
};

#define N_GRAPHS G_N_ELEMENTS (graph_specs)
#define MEMORY_GRAPH 1
#define NETWORK_GRAPH 2

struct _LadingContainerResources
{
  GtkWidget             parent_instance;

  /* Owned */
  LadingStatsMonitor   *monitor;
  LadingContainer      *container;
  LadingSettings       *settings;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;

  /* Borrowed from the monitor while watched */
  LadingStatsHistory   *history;

  int                   range_minutes;
  GtkWidget            *graphs[N_GRAPHS];
  GtkWidget            *network_note;

  /* Template widgets */
  GtkWidget            *content;
  GtkDropDown          *range_dropdown;
  GtkLabel             *state_label;
  GtkBox               *graph_box;
};

G_DEFINE_FINAL_TYPE (LadingContainerResources, lading_container_resources, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RANGE_MINUTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
add_marker (LadingContainerResources *self,
            const LadingStatsMarker  *marker)
{
  g_autofree char *label = lading_stats_marker_text_dup (marker);

  for (guint i = 0; i < N_GRAPHS; i++)
    lading_graph_add_marker (LADING_GRAPH (self->graphs[i]), marker->time_us, label);
}

static void
marker_added_cb (LadingContainerResources *self,
                 const LadingStatsMarker  *marker)
{
  add_marker (self, marker);
}

/* A container without a limit reports the host's memory as its limit: a
 * dashed line there would only flatten the curve. */
static gboolean
has_memory_limit (LadingContainerResources *self)
{
  LadingTimeSeries *limits = lading_stats_history_get_series (self->history,
                                                              LADING_STATS_MEMORY_LIMIT);
  LadingEngine *engine = lading_store_get_engine (lading_stats_monitor_get_store (self->monitor));
  gint64 time_us;
  double limit;

  return lading_time_series_get_last (limits, &time_us, &limit) && limit > 0 &&
         limit < (double)lading_engine_get_memory_total (engine);
}

static void
update_memory_limit (LadingContainerResources *self)
{
  LadingGraph *graph = LADING_GRAPH (self->graphs[MEMORY_GRAPH]);

  lading_graph_set_limit (graph, has_memory_limit (self)
                                   ? lading_stats_history_get_series (self->history,
                                                                      LADING_STATS_MEMORY_LIMIT)
                                   : NULL);
}

static void
attach_history (LadingContainerResources *self)
{
  for (guint i = 0; i < N_GRAPHS; i++)
    {
      const GraphSpec *spec = &graph_specs[i];

      for (guint k = 0; k < G_N_ELEMENTS (spec->series) && spec->series[k].label != NULL; k++)
        lading_graph_add_series (LADING_GRAPH (self->graphs[i]),
                                 lading_stats_history_get_series (self->history,
                                                                  spec->series[k].kind),
                                 _(spec->series[k].label), spec->series[k].style_class);
    }

  for (guint i = 0; i < lading_stats_history_get_n_markers (self->history); i++)
    add_marker (self, lading_stats_history_get_marker (self->history, i));
  g_signal_connect_object (self->history, "marker-added", G_CALLBACK (marker_added_cb), self,
                           G_CONNECT_SWAPPED);
  /* The limit changes only with `docker update`; reading it on each memory
   * sample is cheap and catches that too. */
  g_signal_connect_object (lading_stats_history_get_series (self->history,
                                                            LADING_STATS_MEMORY_LIMIT),
                           "changed", G_CALLBACK (update_memory_limit), self,
                           G_CONNECT_SWAPPED);
  update_memory_limit (self);
}

static void
detach_history (LadingContainerResources *self)
{
  if (self->history == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->history, self);
  g_signal_handlers_disconnect_by_data (lading_stats_history_get_series (self->history,
                                                                         LADING_STATS_MEMORY_LIMIT),
                                        self);
  for (guint i = 0; i < N_GRAPHS; i++)
    lading_graph_clear (LADING_GRAPH (self->graphs[i]));
  lading_stats_monitor_unwatch (self->monitor, self->container, LADING_STATS_RATE_LIVE);
  self->history = NULL;
}

static void
update_state (LadingContainerResources *self)
{
  const char *text = NULL;

  if (self->container == NULL)
    return;

  switch (lading_container_get_state (self->container))
    {
    case LADING_CONTAINER_STATE_RUNNING:
      break;

    case LADING_CONTAINER_STATE_PAUSED:
      text = _("Paused: it uses no CPU until it is resumed.");
      break;

    case LADING_CONTAINER_STATE_UNKNOWN:
    case LADING_CONTAINER_STATE_CREATED:
    case LADING_CONTAINER_STATE_RESTARTING:
    case LADING_CONTAINER_STATE_REMOVING:
    case LADING_CONTAINER_STATE_EXITED:
    case LADING_CONTAINER_STATE_DEAD:
    default:
      text = _("Not running: the graphs go on when it starts again.");
      break;
    }

  gtk_label_set_text (self->state_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), text != NULL);
}

/* With network mode none the engine reports no network at all, and with
 * host the container's traffic is the host's, which it does not report. */
static void
update_network_note (LadingContainerResources *self)
{
  const char *mode = self->container != NULL
                     ? lading_container_get_network_mode (self->container) : NULL;
  gboolean none = g_strcmp0 (mode, "none") == 0;
  gboolean host = g_strcmp0 (mode, "host") == 0;

  gtk_widget_set_visible (self->graphs[NETWORK_GRAPH], !none && !host);
  gtk_widget_set_visible (self->network_note, none || host);
  gtk_label_set_text (GTK_LABEL (self->network_note),
                      none ? _("This container has no network.")
                           : _("This container uses the host's network, whose traffic "
                               "is not counted per container."));
}

/* Watches the container while the tab is on screen. */
static void
watch_container (LadingContainerResources *self)
{
  if (self->monitor == NULL || self->container == NULL || self->history != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->history = lading_stats_monitor_watch (self->monitor, self->container,
                                              LADING_STATS_RATE_LIVE);
  attach_history (self);
}

static void
lading_container_resources_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lading_container_resources_parent_class)->map (widget);

  watch_container (LADING_CONTAINER_RESOURCES (widget));
}

static void
lading_container_resources_unmap (GtkWidget *widget)
{
  LadingContainerResources *self = (LadingContainerResources *)widget;

  detach_history (self);

  GTK_WIDGET_CLASS (lading_container_resources_parent_class)->unmap (widget);
}

static void
file_chosen (GtkWidget *widget,
             GFile     *file)
{
  LadingContainerResources *self = LADING_CONTAINER_RESOURCES (widget);
  g_autoptr(GBytes) bytes = NULL;
  gint64 since_us;
  char *csv;

  g_clear_object (&self->chooser);
  if (self->history == NULL)
    return;

  since_us = g_get_real_time () - lading_container_resources_get_range (self);
  csv = lading_stats_history_dup_csv (self->history, since_us);
  bytes = g_bytes_new_take (csv, strlen (csv));
  lading_file_save_bytes (widget, file, bytes, _("Saved the figures as CSV"), self->cancellable);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingContainerResources *self = (LadingContainerResources *)widget;
  g_autofree char *name = NULL;

  if (self->container == NULL)
    return;

  /* Translators: the file name offered for the CSV export; %s is the container's name */
  name = g_strdup_printf (_("%s-resources.csv"), lading_container_get_name (self->container));
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = lading_file_save_choose (widget, _("Export CSV"), _("_Save"), name, file_chosen);
}

static void
set_range_minutes (LadingContainerResources *self,
                   int                       minutes)
{
  if (self->range_minutes == minutes)
    return;

  self->range_minutes = minutes;
  for (guint i = 0; i < G_N_ELEMENTS (range_choices); i++)
    if (range_choices[i] == minutes)
      gtk_drop_down_set_selected (self->range_dropdown, i);
  for (guint i = 0; i < N_GRAPHS; i++)
    lading_graph_set_range (LADING_GRAPH (self->graphs[i]),
                            lading_container_resources_get_range (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RANGE_MINUTES]);
}

static void
range_selected_cb (LadingContainerResources *self)
{
  guint selected = gtk_drop_down_get_selected (self->range_dropdown);

  if (selected < G_N_ELEMENTS (range_choices))
    set_range_minutes (self, range_choices[selected]);
}

static void
build_graphs (LadingContainerResources *self)
{
  for (guint i = 0; i < N_GRAPHS; i++)
    {
      GtkWidget *title = gtk_label_new (_(graph_specs[i].title));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      if (i > 0)
        gtk_widget_set_margin_top (title, 12);
      gtk_box_append (self->graph_box, title);

      self->graphs[i] = lading_graph_new (graph_specs[i].unit);
      g_object_set (self->graphs[i], "title", _(graph_specs[i].title), NULL);
      gtk_widget_set_size_request (self->graphs[i], -1, 150);
      gtk_box_append (self->graph_box, self->graphs[i]);

      if (graph_specs[i].network)
        {
          self->network_note = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (self->network_note), 0);
          gtk_label_set_wrap (GTK_LABEL (self->network_note), TRUE);
          gtk_widget_add_css_class (self->network_note, "dim-label");
          gtk_box_append (self->graph_box, self->network_note);
        }
    }
  update_network_note (self);
}

static void
lading_container_resources_dispose (GObject *object)
{
  LadingContainerResources *self = (LadingContainerResources *)object;

  detach_history (self);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->container != NULL)
    g_signal_handlers_disconnect_by_data (self->container, self);
  g_clear_object (&self->container);
  g_clear_object (&self->monitor);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_CONTAINER_RESOURCES);

  G_OBJECT_CLASS (lading_container_resources_parent_class)->dispose (object);
}

static void
lading_container_resources_finalize (GObject *object)
{
  LadingContainerResources *self = (LadingContainerResources *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lading_container_resources_parent_class)->finalize (object);
}

static void
lading_container_resources_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LadingContainerResources *self = LADING_CONTAINER_RESOURCES (object);

  switch (prop_id)
    {
    case PROP_RANGE_MINUTES:
      g_value_set_int (value, self->range_minutes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_resources_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LadingContainerResources *self = LADING_CONTAINER_RESOURCES (object);

  switch (prop_id)
    {
    case PROP_RANGE_MINUTES:
      set_range_minutes (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_container_resources_class_init (LadingContainerResourcesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_container_resources_dispose;
  object_class->finalize = lading_container_resources_finalize;
  object_class->get_property = lading_container_resources_get_property;
  object_class->set_property = lading_container_resources_set_property;

  widget_class->map = lading_container_resources_map;
  widget_class->unmap = lading_container_resources_unmap;

  /* The time range shown, in minutes: one of range_choices. */
  properties [PROP_RANGE_MINUTES] =
    g_param_spec_int ("range-minutes", NULL, NULL,
                      1, 60, RANGE_MINUTES_DEFAULT,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-container-resources.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingContainerResources, content);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerResources, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerResources, state_label);
  gtk_widget_class_bind_template_child (widget_class, LadingContainerResources, graph_box);

  gtk_widget_class_install_action (widget_class, "resources.export", NULL, export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lading_container_resources_init (LadingContainerResources *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->range_minutes = RANGE_MINUTES_DEFAULT;
  gtk_drop_down_set_selected (self->range_dropdown, 1);
  g_signal_connect_object (self->range_dropdown, "notify::selected",
                           G_CALLBACK (range_selected_cb), self, G_CONNECT_SWAPPED);
  build_graphs (self);
  for (guint i = 0; i < N_GRAPHS; i++)
    lading_graph_set_range (LADING_GRAPH (self->graphs[i]),
                            lading_container_resources_get_range (self));

  self->settings = g_object_ref (lading_settings_get_default ());
  lading_settings_bind (self->settings, "resources-range", self, "range-minutes",
                        G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
lading_container_resources_new (void)
{
  return g_object_new (LADING_TYPE_CONTAINER_RESOURCES, NULL);
}

/**
 * lading_container_resources_set_container:
 * @monitor: where the container's stats come from
 * @container: the container to show
 *
 * Shows @container's resource use; its stats are watched while the widget
 * is mapped.
 */
void
lading_container_resources_set_container (LadingContainerResources *self,
                                          LadingStatsMonitor       *monitor,
                                          LadingContainer          *container)
{
  g_return_if_fail (LADING_IS_CONTAINER_RESOURCES (self));
  g_return_if_fail (LADING_IS_STATS_MONITOR (monitor));
  g_return_if_fail (LADING_IS_CONTAINER (container));

  detach_history (self);
  if (self->container != NULL)
    g_signal_handlers_disconnect_by_data (self->container, self);
  g_set_object (&self->monitor, monitor);
  g_set_object (&self->container, container);

  g_signal_connect_object (container, "notify::state", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
  update_network_note (self);

  watch_container (self);
}

/**
 * lading_container_resources_get_range:
 *
 * Returns: the time span the graphs show
 */
GTimeSpan
lading_container_resources_get_range (LadingContainerResources *self)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_RESOURCES (self), 0);

  return self->range_minutes * G_TIME_SPAN_MINUTE;
}

/**
 * lading_container_resources_get_graph:
 * @index: 0 CPU, 1 memory, 2 network, 3 disk
 *
 * Returns: (transfer none): that graph, for tests
 */
GtkWidget *
lading_container_resources_get_graph (LadingContainerResources *self,
                                      guint                     index)
{
  g_return_val_if_fail (LADING_IS_CONTAINER_RESOURCES (self), NULL);
  g_return_val_if_fail (index < N_GRAPHS, NULL);

  return self->graphs[index];
}
