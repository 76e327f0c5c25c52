/* lading-resources-page.c
 *
 * The window's Resources page: the CPU and memory of all running
 * containers over time, stacked by compose project, and the containers
 * that use the most right now.
 *
 * While the page is mapped it watches every running container; every
 * TICK_S seconds it sums their latest figures per project into series of
 * its own, which the stacked graphs draw.  Unmapped, it watches nothing
 * and its series have a gap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-resources-page"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lading-graph.h"
#include "lading-graph-scale.h"
#include "lading-resources-page.h"

#define TICK_S 2
/* A figure older than this belongs to a stream that ended: it counts 0. */
#define FRESH_US (5 * G_USEC_PER_SEC)
#define RANGE (5 * G_TIME_SPAN_MINUTE)
#define CAPACITY (60 * 60 / TICK_S)
#define N_TOP 5
#define N_PROJECT_STYLES 6

typedef struct
{
  char             *name;    /* NULL for containers outside any project */
  LadingTimeSeries *cpu;
  LadingTimeSeries *memory;
  double            cpu_sum;
  double            memory_sum;
} ProjectSeries;

typedef struct
{
  LadingContainer *container;
  double           cpu;
  double           memory;
} Consumer;

struct _LadingResourcesPage
{
  GtkWidget           parent_instance;

  /* Owned */
  LadingStatsMonitor *monitor;
  GHashTable         *watched;   /* LadingContainer, owned, watched while mapped */
  GPtrArray          *projects;  /* ProjectSeries, in the order they first ran */

  GtkWidget          *cpu_graph;
  GtkWidget          *memory_graph;
  GtkWidget          *top_rows[N_TOP];
  GtkWidget          *top_figures[N_TOP];
  guint               tick_source;

  /* Template widgets */
  GtkStack           *stack;
  GtkLabel           *coverage_label;
  GtkBox             *cpu_box;
  GtkBox             *memory_box;
  GtkListBox         *top_list;
};

G_DEFINE_FINAL_TYPE (LadingResourcesPage, lading_resources_page, GTK_TYPE_WIDGET)

static void
project_series_free (gpointer data)
{
  ProjectSeries *project = data;

  g_free (project->name);
  g_clear_object (&project->cpu);
  g_clear_object (&project->memory);
  g_free (project);
}

static ProjectSeries *
find_project (LadingResourcesPage *self,
              const char          *name)
{
  ProjectSeries *project;
  g_autofree char *style = NULL;
  const char *label;

  for (guint i = 0; i < self->projects->len; i++)
    {
      project = g_ptr_array_index (self->projects, i);
      if (g_strcmp0 (project->name, name) == 0)
        return project;
    }

  project = g_new0 (ProjectSeries, 1);
  project->name = g_strdup (name);
  project->cpu = lading_time_series_new (CAPACITY);
  project->memory = lading_time_series_new (CAPACITY);
  g_ptr_array_add (self->projects, project);

  /* Translators: in a graph's legend, the containers of no compose project */
  label = name != NULL ? name : _("Other containers");
  style = g_strdup_printf ("series-%u", (self->projects->len - 1) % N_PROJECT_STYLES);
  lading_graph_add_series (LADING_GRAPH (self->cpu_graph), project->cpu, label, style);
  lading_graph_add_series (LADING_GRAPH (self->memory_graph), project->memory, label, style);

  return project;
}

static gboolean
container_runs (LadingContainer *container)
{
  LadingContainerState state = lading_container_get_state (container);

  return state == LADING_CONTAINER_STATE_RUNNING || state == LADING_CONTAINER_STATE_PAUSED;
}

/* Watches the running containers and no others. */
static void
sync_watched (LadingResourcesPage *self)
{
  LadingStore *store = lading_stats_monitor_get_store (self->monitor);
  GListModel *containers = lading_store_get_containers (store);
  g_autoptr(GHashTable) running = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  GHashTableIter iter;
  gpointer container;

  for (guint i = 0; i < g_list_model_get_n_items (containers); i++)
    {
      container = g_list_model_get_item (containers, i);
      if (container_runs (container))
        g_hash_table_add (running, g_object_ref (container));
      g_object_unref (container);
    }

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &container, NULL))
    if (!g_hash_table_contains (running, container))
      {
        lading_stats_monitor_unwatch (self->monitor, container, LADING_STATS_RATE_SAMPLED);
        g_hash_table_iter_remove (&iter);
      }

  g_hash_table_iter_init (&iter, running);
  while (g_hash_table_iter_next (&iter, &container, NULL))
    if (g_hash_table_add (self->watched, g_object_ref (container)))
      lading_stats_monitor_watch (self->monitor, container, LADING_STATS_RATE_SAMPLED);
}

static void
unwatch_all (LadingResourcesPage *self)
{
  GHashTableIter iter;
  gpointer container;

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &container, NULL))
    {
      lading_stats_monitor_unwatch (self->monitor, container, LADING_STATS_RATE_SAMPLED);
      g_hash_table_iter_remove (&iter);
    }
}

static double
latest_value (LadingStatsHistory    *history,
              LadingStatsSeriesKind  kind,
              gint64                 now)
{
  gint64 time_us;
  double value;

  if (!lading_time_series_get_last (lading_stats_history_get_series (history, kind),
                                    &time_us, &value) ||
      now - time_us > FRESH_US || !isfinite (value))
    return 0;

  return value;
}

static int
consumer_compare (gconstpointer a,
                  gconstpointer b)
{
  const Consumer *x = a, *y = b;

  if (x->cpu != y->cpu)
    return x->cpu < y->cpu ? 1 : -1;
  return x->memory < y->memory ? 1 : x->memory > y->memory ? -1 : 0;
}

/* Gathers what each watched container uses now, and sums it per project. */
static GArray *
collect_consumers (LadingResourcesPage *self,
                   gint64               now)
{
  GArray *consumers = g_array_new (FALSE, FALSE, sizeof (Consumer));
  GHashTableIter iter;
  gpointer container;

  for (guint i = 0; i < self->projects->len; i++)
    {
      ProjectSeries *project = g_ptr_array_index (self->projects, i);

      project->cpu_sum = project->memory_sum = 0;
    }

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &container, NULL))
    {
      const char *id = lading_container_get_id (container);
      LadingStatsHistory *history = lading_stats_monitor_lookup (self->monitor, id);
      ProjectSeries *project;
      Consumer consumer = { container, 0, 0 };

      if (history == NULL)
        continue;

      consumer.cpu = latest_value (history, LADING_STATS_CPU, now);
      consumer.memory = latest_value (history, LADING_STATS_MEMORY, now);
      project = find_project (self, lading_container_get_compose_project (container));
      project->cpu_sum += consumer.cpu;
      project->memory_sum += consumer.memory;
      g_array_append_val (consumers, consumer);
    }

  g_array_sort (consumers, consumer_compare);

  return consumers;
}

static void
update_top_list (LadingResourcesPage *self,
                 GArray              *consumers)
{
  for (guint i = 0; i < N_TOP; i++)
    {
      const Consumer *consumer = i < consumers->len
                                 ? &g_array_index (consumers, Consumer, i) : NULL;
      g_autofree char *cpu = NULL;
      g_autofree char *memory = NULL;
      g_autofree char *figures = NULL;
      const char *project;

      gtk_widget_set_visible (self->top_rows[i], consumer != NULL);
      if (consumer == NULL)
        continue;

      project = lading_container_get_compose_project (consumer->container);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->top_rows[i]),
                                     lading_container_get_name (consumer->container));
      if (project == NULL)
        project = lading_container_get_image (consumer->container);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->top_rows[i]), project);
      cpu = lading_graph_scale_format (LADING_GRAPH_UNIT_PERCENT, consumer->cpu, 0);
      memory = lading_graph_scale_format (LADING_GRAPH_UNIT_BYTES, consumer->memory, 0);
      /* Translators: a container's CPU and memory use, e.g. "12 % CPU, 45 MiB" */
      figures = g_strdup_printf (_("%s CPU, %s"), cpu, memory);
      gtk_label_set_text (GTK_LABEL (self->top_figures[i]), figures);
      g_object_set_data_full (G_OBJECT (self->top_rows[i]), "container-id",
                              g_strdup (lading_container_get_id (consumer->container)), g_free);
    }
}

static void
update_coverage (LadingResourcesPage *self)
{
  guint n_running = g_hash_table_size (self->watched);
  guint n_streams = lading_stats_monitor_get_n_streams (self->monitor);
  guint max_streams = lading_stats_monitor_get_max_streams (self->monitor);
  g_autofree char *text = NULL;

  if (n_running > max_streams)
    /* Translators: %u are numbers of containers */
    text = g_strdup_printf (_("Figures of %u of %u running containers: Lading follows "
                              "at most %u at a time to spare the engine."),
                            n_streams, n_running, max_streams);

  gtk_label_set_text (self->coverage_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), text != NULL);
}

static void
tick (LadingResourcesPage *self)
{
  gint64 now = g_get_real_time ();
  g_autoptr(GArray) consumers = NULL;

  sync_watched (self);
  consumers = collect_consumers (self, now);
  for (guint i = 0; i < self->projects->len; i++)
    {
      ProjectSeries *project = g_ptr_array_index (self->projects, i);

      lading_time_series_append (project->cpu, now, project->cpu_sum);
      lading_time_series_append (project->memory, now, project->memory_sum);
    }

  update_top_list (self, consumers);
  update_coverage (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_hash_table_size (self->watched) > 0 ? "graphs" : "empty");
}

static gboolean
tick_cb (gpointer data)
{
  tick (data);

  return G_SOURCE_CONTINUE;
}

static void
top_row_activated_cb (LadingResourcesPage *self,
                      GtkListBoxRow       *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "container-id");

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.show-container", "s", id);
}

/* Follows the running containers while the page is on screen. */
static void
start_ticking (LadingResourcesPage *self)
{
  if (self->monitor == NULL || self->tick_source != 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  tick (self);
  self->tick_source = g_timeout_add_seconds (TICK_S, tick_cb, self);
}

static void
lading_resources_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lading_resources_page_parent_class)->map (widget);

  start_ticking (LADING_RESOURCES_PAGE (widget));
}

static void
lading_resources_page_unmap (GtkWidget *widget)
{
  LadingResourcesPage *self = (LadingResourcesPage *)widget;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (self->monitor != NULL)
    unwatch_all (self);

  GTK_WIDGET_CLASS (lading_resources_page_parent_class)->unmap (widget);
}

static void
build_widgets (LadingResourcesPage *self)
{
  self->cpu_graph = lading_graph_new (LADING_GRAPH_UNIT_PERCENT);
  self->memory_graph = lading_graph_new (LADING_GRAPH_UNIT_BYTES);
  g_object_set (self->cpu_graph, "title", _("CPU of all running containers"), NULL);
  g_object_set (self->memory_graph, "title", _("Memory of all running containers"), NULL);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *graph = i == 0 ? self->cpu_graph : self->memory_graph;

      lading_graph_set_stacked (LADING_GRAPH (graph), TRUE);
      lading_graph_set_range (LADING_GRAPH (graph), RANGE);
      gtk_widget_set_size_request (graph, -1, 180);
      gtk_box_append (i == 0 ? self->cpu_box : self->memory_box, graph);
    }

  for (guint i = 0; i < N_TOP; i++)
    {
      self->top_rows[i] = adw_action_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->top_rows[i]), TRUE);
      self->top_figures[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->top_figures[i], "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (self->top_rows[i]), self->top_figures[i]);
      gtk_list_box_append (self->top_list, self->top_rows[i]);
    }
  g_signal_connect_object (self->top_list, "row-activated",
                           G_CALLBACK (top_row_activated_cb), self, G_CONNECT_SWAPPED);
}

static void
lading_resources_page_dispose (GObject *object)
{
  LadingResourcesPage *self = (LadingResourcesPage *)object;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (self->monitor != NULL)
    unwatch_all (self);
  g_clear_object (&self->monitor);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_RESOURCES_PAGE);

  G_OBJECT_CLASS (lading_resources_page_parent_class)->dispose (object);
}

static void
lading_resources_page_finalize (GObject *object)
{
  LadingResourcesPage *self = (LadingResourcesPage *)object;

  g_hash_table_unref (self->watched);
  g_ptr_array_unref (self->projects);

  G_OBJECT_CLASS (lading_resources_page_parent_class)->finalize (object);
}

static void
lading_resources_page_class_init (LadingResourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_resources_page_dispose;
  object_class->finalize = lading_resources_page_finalize;

  widget_class->map = lading_resources_page_map;
  widget_class->unmap = lading_resources_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/"
                                               "lading-resources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingResourcesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LadingResourcesPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, LadingResourcesPage, cpu_box);
  gtk_widget_class_bind_template_child (widget_class, LadingResourcesPage, memory_box);
  gtk_widget_class_bind_template_child (widget_class, LadingResourcesPage, top_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lading_resources_page_init (LadingResourcesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->projects = g_ptr_array_new_with_free_func (project_series_free);
  build_widgets (self);
}

GtkWidget *
lading_resources_page_new (void)
{
  return g_object_new (LADING_TYPE_RESOURCES_PAGE, NULL);
}

/**
 * lading_resources_page_set_monitor:
 * @monitor: where the figures come from
 *
 * Set once, by the window.
 */
void
lading_resources_page_set_monitor (LadingResourcesPage *self,
                                   LadingStatsMonitor  *monitor)
{
  g_return_if_fail (LADING_IS_RESOURCES_PAGE (self));
  g_return_if_fail (LADING_IS_STATS_MONITOR (monitor));
  g_return_if_fail (self->monitor == NULL);

  self->monitor = g_object_ref (monitor);
  start_ticking (self);
}

/**
 * lading_resources_page_get_graph:
 * @index: 0 for CPU, 1 for memory
 *
 * Returns: (transfer none): that graph, for tests
 */
GtkWidget *
lading_resources_page_get_graph (LadingResourcesPage *self,
                                 guint                index)
{
  g_return_val_if_fail (LADING_IS_RESOURCES_PAGE (self), NULL);
  g_return_val_if_fail (index < 2, NULL);

  return index == 0 ? self->cpu_graph : self->memory_graph;
}
