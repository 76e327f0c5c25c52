/* test-resources.c
 *
 * Resource figures in the real window under Xvfb, against the private
 * engine: a busy container's CPU column reads a percentage, its details
 * page's Resources tab fills its graphs from the window's monitor, the
 * Resources page lists it among the top consumers, and a hidden window
 * streams nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-application.h"
#include "lading-container-details.h"
#include "lading-container-resources.h"
#include "lading-graph.h"
#include "lading-list-view.h"
#include "lading-resources-page.h"
#include "lading-stats-cell.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

#define NAME "lading-test-resources-busy"

static LadingApplication *app;

typedef struct
{
  LadingStore  *store;
  LadingWindow *window;
  char         *id;
} Fixture;

static gboolean
store_has_running (gpointer data)
{
  Fixture *fixture = data;
  LadingContainer *container;

  if (!lading_store_get_loaded (fixture->store))
    return FALSE;
  container = lading_store_lookup_container (fixture->store, fixture->id);

  return container != NULL &&
         lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING;
}

static void
fixture_set_up (Fixture *fixture)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  /* A shell loop that never sleeps keeps one CPU busy. */
  fixture->id = lading_test_create_container (NAME,
                                              "\"Entrypoint\":[\"sh\",\"-c\","
                                              "\"trap 'exit 0' TERM; while :; do :; done\"]");
  lading_test_container_action (fixture->id, "start", 204);

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  fixture->window = lading_window_new (app, fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  lading_test_await (store_has_running, fixture, "the store to see the container run");
}

static void
fixture_tear_down (Fixture *fixture)
{
  lading_test_remove_container (fixture->id);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_object_unref (fixture->store);
  g_free (fixture->id);
}

/* A CPU cell that shows a figure in percent. */
static gboolean
is_cpu_cell_with_figure (GtkWidget     *widget,
                         gconstpointer  data)
{
  GtkWidget *figure;

  if (!LADING_IS_STATS_CELL (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  figure = lading_test_find (widget, GTK_TYPE_INSCRIPTION);

  return figure != NULL &&
         g_str_has_suffix (gtk_inscription_get_text (GTK_INSCRIPTION (figure)) ?: "", "%");
}

static gboolean
list_shows_cpu (gpointer data)
{
  return lading_test_find_matching (data, is_cpu_cell_with_figure, NULL) != NULL;
}

static void
test_list_column (void)
{
  Fixture fixture = { 0 };
  LadingStatsMonitor *monitor;

  fixture_set_up (&fixture);
  monitor = lading_window_get_stats_monitor (fixture.window);
  lading_test_await (list_shows_cpu, fixture.window, "a CPU figure in the list");
  /* List rows are sampled, not streamed. */
  g_assert_cmpuint (lading_stats_monitor_get_n_streams (monitor), ==, 0);

  /* Hidden, the window follows nothing; shown again, it does. */
  gtk_widget_set_visible (GTK_WIDGET (fixture.window), FALSE);
  g_assert_true (lading_stats_monitor_get_paused (monitor));
  gtk_window_present (GTK_WINDOW (fixture.window));
  g_assert_false (lading_stats_monitor_get_paused (monitor));

  fixture_tear_down (&fixture);
}

typedef struct
{
  LadingStatsHistory *history;
  double              min_cpu;
} CpuExpect;

static gboolean
cpu_above (gpointer data)
{
  CpuExpect *expect = data;
  gint64 time_us;
  double value;

  return lading_time_series_get_last (lading_stats_history_get_series (expect->history,
                                                                      LADING_STATS_CPU),
                                      &time_us, &value) &&
         value > expect->min_cpu;
}

static void
test_details_tab (void)
{
  Fixture fixture = { 0 };
  LadingStatsMonitor *monitor;
  GtkWidget *details;
  GtkWidget *resources;
  AdwViewStack *stack;
  CpuExpect expect = { NULL, 50 };

  fixture_set_up (&fixture);
  monitor = lading_window_get_stats_monitor (fixture.window);
  lading_window_show_container (fixture.window, fixture.id);
  details = lading_test_find (GTK_WIDGET (fixture.window), LADING_TYPE_CONTAINER_DETAILS);
  stack = ADW_VIEW_STACK (lading_test_find (details, ADW_TYPE_VIEW_STACK));

  adw_view_stack_set_visible_child_name (stack, "resources");
  resources = lading_test_find (details, LADING_TYPE_CONTAINER_RESOURCES);
  g_assert_true (gtk_widget_get_mapped (resources));
  expect.history = lading_stats_monitor_lookup (monitor, fixture.id);
  g_assert_nonnull (expect.history);
  lading_test_await (cpu_above, &expect, "the busy loop's CPU above 50 %");
  g_assert_true (lading_test_shows_text (resources, "CPU"));
  g_assert_true (lading_test_shows_text (resources, "This container has no network."));

  /* Its graphs are the history's; another tab lets the stream go (unless a
   * list row still shows the container), and the history stays. */
  adw_view_stack_set_visible_child_name (stack, "overview");
  g_assert_false (gtk_widget_get_mapped (resources));
  g_assert_true (lading_stats_monitor_lookup (monitor, fixture.id) == expect.history);

  fixture_tear_down (&fixture);
}

static gboolean
top_list_names (gpointer data)
{
  return lading_test_shows_text (data, NAME);
}

static void
test_resources_page (void)
{
  Fixture fixture = { 0 };
  GtkWidget *page;
  AdwViewStack *stack;

  fixture_set_up (&fixture);
  stack = ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (fixture.window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "resources");
  page = lading_test_find (GTK_WIDGET (fixture.window), LADING_TYPE_RESOURCES_PAGE);
  g_assert_true (gtk_widget_get_mapped (page));

  lading_test_await (top_list_names, page, "the busy container among the top consumers");
  g_assert_true (lading_test_shows_text (page, "Top Consumers"));

  adw_view_stack_set_visible_child_name (stack, "containers");
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/resources/list-column", test_list_column);
  g_test_add_func ("/ui/resources/details-tab", test_details_tab);
  g_test_add_func ("/ui/resources/resources-page", test_resources_page);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
