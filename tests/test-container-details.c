/* test-container-details.c
 *
 * A container's details page in the real window under Xvfb, against the
 * private engine: it names a container the test created and follows it when
 * the test stops it, shows the inspect reply and searches it and inspects
 * again only when that can tell something new, hides environment values
 * until revealed, lists the container's processes on request, and says so
 * when the container is removed behind its back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-application.h"
#include "lading-container-details.h"
#include "lading-image-tag.h"
#include "lading-images-page.h"
#include "lading-inspect-view.h"
#include "lading-list-view.h"
#include "lading-process-view.h"
#include "lading-state-badge.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

static LadingApplication *app;

typedef struct
{
  LadingStore            *store;
  LadingWindow           *window;
  LadingContainerDetails *details;
  char                   *id;
} Fixture;

/* The row titled @title, mapped or not. */
static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The button that activates @action_name, e.g. "details.stop". */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
store_has_running (gpointer data)
{
  Fixture *fixture = data;
  LadingContainer *container = lading_store_lookup_container (fixture->store, fixture->id);

  return container != NULL &&
         lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING;
}

static gboolean
inspect_shows_id (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *view = lading_test_find (GTK_WIDGET (fixture->details), LADING_TYPE_INSPECT_VIEW);
  g_autofree char *text = lading_inspect_view_dup_text (LADING_INSPECT_VIEW (view));

  return strstr (text, fixture->id) != NULL;
}

static void
fixture_set_up (Fixture    *fixture,
                const char *name,
                const char *extra_json)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  fixture->window = lading_window_new (app, fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  lading_test_await (lading_test_store_loaded, fixture->store, "the store to load");

  fixture->id = lading_test_create_container (name, extra_json);
  lading_test_container_action (fixture->id, "start", 204);
  lading_test_await (store_has_running, fixture, "the store to see the container run");

  /* As Enter or a double click on its row does. */
  g_signal_emit_by_name (lading_test_find (GTK_WIDGET (fixture->window), LADING_TYPE_LIST_VIEW),
                         "item-activated",
                         lading_store_lookup_container (fixture->store, fixture->id));
  fixture->details = LADING_CONTAINER_DETAILS (lading_test_find (GTK_WIDGET (fixture->window),
                                                                 LADING_TYPE_CONTAINER_DETAILS));
  g_assert_nonnull (fixture->details);
  g_object_add_weak_pointer (G_OBJECT (fixture->details), (gpointer *)&fixture->details);

  lading_test_await (inspect_shows_id, fixture, "the inspect reply");
}

static gboolean
details_gone (gpointer data)
{
  return ((Fixture *)data)->details == NULL;
}

/* Closing the window lets the page go, requests in flight included. */
static void
fixture_tear_down (Fixture *fixture)
{
  guint status = 0;
  g_autofree char *path = g_strdup_printf ("/containers/%s?force=1&v=1", fixture->id);
  g_autoptr(JsonNode) reply = lading_test_api ("DELETE", path, NULL, &status);

  g_assert_true (status == 204 || status == 404);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  lading_test_await (details_gone, fixture, "the details page to be freed");
  g_object_unref (fixture->store);
  g_free (fixture->id);
}

typedef struct
{
  Fixture              *fixture;
  LadingContainerState  state;
} StateExpect;

static gboolean
badge_in_state (gpointer data)
{
  StateExpect *expect = data;
  GtkWidget *details = GTK_WIDGET (expect->fixture->details);
  GtkWidget *badge = lading_test_find (details, LADING_TYPE_STATE_BADGE);

  return lading_state_badge_get_state (LADING_STATE_BADGE (badge)) == expect->state;
}

static gboolean
processes_listed (gpointer data)
{
  return lading_process_view_get_processes (data) != NULL;
}

static gboolean
lists_command (LadingProcessList *processes,
               const char        *text)
{
  int column = lading_process_list_find_column (processes, "CMD");

  g_assert_cmpint (column, >=, 0);

  for (guint i = 0; i < lading_process_list_get_n_rows (processes); i++)
    if (strstr (lading_process_list_get_row (processes, i)[column], text) != NULL)
      return TRUE;

  return FALSE;
}

static void
test_details_follows_container (void)
{
  Fixture fixture = { 0 };
  StateExpect expect = { &fixture, LADING_CONTAINER_STATE_RUNNING };
  GtkWidget *processes;
  AdwViewStack *stack;

  fixture_set_up (&fixture, "lading-test-details-follow", NULL);

  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture.details),
                                         "lading-test-details-follow"));
  g_assert_true (badge_in_state (&expect));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture.details), "Up"));
  g_assert_false (lading_container_details_get_removed (fixture.details));
  g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.details),
                                                               "details.stop")));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.details),
                                                                "details.start")));

  /* Processes only when asked for, and then the container's own. */
  stack = ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (fixture.details), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "processes");
  processes = lading_test_find (GTK_WIDGET (fixture.details), LADING_TYPE_PROCESS_VIEW);
  g_assert_null (lading_process_view_get_processes (LADING_PROCESS_VIEW (processes)));
  g_assert_true (lading_test_shows_text (processes, "Show Processes"));
  g_assert_true (gtk_widget_activate_action (processes, "processes.refresh", NULL));
  lading_test_await (processes_listed, processes, "the process list");
  g_assert_true (lists_command (lading_process_view_get_processes (LADING_PROCESS_VIEW (processes)),
                                "trap"));
  g_assert_true (lading_test_shows_text (processes, "trap"));

  /* Stopped from outside Lading: the page follows, and so do its actions. */
  lading_test_container_action (fixture.id, "stop", 204);
  expect.state = LADING_CONTAINER_STATE_EXITED;
  lading_test_await (badge_in_state, &expect, "the badge to show Exited");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture.details), "Exited (0)"));
  g_assert_null (lading_process_view_get_processes (LADING_PROCESS_VIEW (processes)));
  g_assert_true (lading_test_shows_text (processes, "Not Running"));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.details),
                                                                "details.stop")));
  g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.details),
                                                               "details.start")));

  fixture_tear_down (&fixture);
}

static gboolean
inspect_finished (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *view = lading_test_find (GTK_WIDGET (fixture->details), LADING_TYPE_INSPECT_VIEW);
  g_autofree char *text = lading_inspect_view_dup_text (LADING_INSPECT_VIEW (view));

  return strstr (text, "\"Status\" : \"exited\"") != NULL;
}

static void
test_details_inspect (void)
{
  Fixture fixture = { 0 };
  LadingInspectView *view;
  GtkWidget *entry;
  g_autofree char *short_id = NULL;
  g_autofree char *text = NULL;

  fixture_set_up (&fixture, "lading-test-details-inspect", NULL);
  view = LADING_INSPECT_VIEW (lading_test_find (GTK_WIDGET (fixture.details),
                                                LADING_TYPE_INSPECT_VIEW));

  /* Pretty-printed: one member a line. */
  text = lading_inspect_view_dup_text (view);
  g_assert_true (g_str_has_prefix (text, "{\n"));
  g_assert_nonnull (strstr (text, "\"Name\" : \"/lading-test-details-inspect\""));
  g_assert_cmpstr (lading_inspect_view_get_file_name (view), ==,
                   "lading-test-details-inspect-inspect.json");

  /* The search is case-blind and steps round through every match: the id
   * is in "Id", "Hostname" and the paths of the container's files. */
  short_id = g_ascii_strup (fixture.id, 12);
  lading_inspect_view_search (view, short_id);
  g_assert_cmpuint (lading_inspect_view_get_n_matches (view), >=, 2);
  g_assert_cmpint (lading_inspect_view_get_match (view), ==, 0);
  lading_inspect_view_previous_match (view);
  g_assert_cmpint (lading_inspect_view_get_match (view), ==,
                   lading_inspect_view_get_n_matches (view) - 1);
  lading_inspect_view_next_match (view);
  g_assert_cmpint (lading_inspect_view_get_match (view), ==, 0);
  lading_inspect_view_search (view, "no such text anywhere");
  g_assert_cmpuint (lading_inspect_view_get_n_matches (view), ==, 0);
  g_assert_cmpint (lading_inspect_view_get_match (view), ==, -1);

  /* Enter right after typing finds the first match, before the entry's
   * delayed report of the typing. */
  entry = lading_test_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "\"Id\"");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (lading_inspect_view_get_n_matches (view), >=, 1);
  g_assert_cmpint (lading_inspect_view_get_match (view), ==, 0);

  /* Stopped from the page's own button; the new state is fetched again. */
  g_assert_true (gtk_widget_activate_action (find_action_button (GTK_WIDGET (fixture.details),
                                                                 "details.stop"),
                                             "details.stop", NULL));
  lading_test_await (inspect_finished, &fixture, "the inspect reply of the stopped container");

  fixture_tear_down (&fixture);
}

static gboolean
env_row_shown (gpointer data)
{
  return find_row (data, "LADING_SECRET") != NULL;
}

static void
test_details_env_hidden (void)
{
  Fixture fixture = { 0 };
  GtkWidget *overview;
  GtkWidget *toggle;
  AdwActionRow *row;

  fixture_set_up (&fixture, "lading-test-details-env",
                  "\"Env\":[\"LADING_SECRET=hunter2\",\"LADING_MODE=demo\"],"
                  "\"Labels\":{\"org.example.team\":\"<web> & co\"}");
  overview = gtk_widget_get_first_child (GTK_WIDGET (fixture.details));
  lading_test_await (env_row_shown, overview, "the environment rows");
  row = find_row (overview, "LADING_SECRET");

  /* Labels are shown as they are, markup characters included. */
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row (overview, "org.example.team")), ==,
                   "<web> & co");

  g_assert_null (strstr (adw_action_row_get_subtitle (row), "hunter2"));
  g_assert_false (lading_test_shows_text (overview, "hunter2"));
  g_assert_false (lading_test_shows_text (overview, "demo"));

  toggle = lading_test_find (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (toggle), ==, "Show Value");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "hunter2");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (toggle), ==, "Hide Value");

  /* Revealing one value reveals no other. */
  g_assert_null (strstr (adw_action_row_get_subtitle (find_row (overview, "LADING_MODE")), "demo"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_null (strstr (adw_action_row_get_subtitle (row), "hunter2"));

  fixture_tear_down (&fixture);
}

typedef struct
{
  const char *action;
  gboolean    seen;
} EventExpect;

static void
event_seen_cb (LadingStore       *store,
               const LadingEvent *event,
               EventExpect       *expect)
{
  if (g_strcmp0 (event->action, expect->action) == 0)
    expect->seen = TRUE;
}

static gboolean
event_seen (gpointer data)
{
  return ((EventExpect *)data)->seen;
}

static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;

  json = lading_engine_inspect_container_json_finish (LADING_ENGINE (object), result, &error);
  g_assert_no_error (error);
  *(gboolean *)user_data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static gboolean
inspect_shows_restart_policy (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *view = lading_test_find (GTK_WIDGET (fixture->details), LADING_TYPE_INSPECT_VIEW);
  g_autofree char *text = lading_inspect_view_dup_text (LADING_INSPECT_VIEW (view));

  return strstr (text, "\"on-failure\"") != NULL;
}

/* The page inspects again only when what inspect tells can have changed.
 * Showing the inspect reply again hides a revealed value, so the value
 * tells whether it was. */
static void
test_details_inspects_when_needed (void)
{
  Fixture fixture = { 0 };
  EventExpect exec_died = { "exec_die", FALSE };
  LadingContainer *container;
  g_autofree char *exec_path = NULL;
  g_autofree char *start_path = NULL;
  g_autofree char *update_path = NULL;
  g_autoptr(JsonNode) exec = NULL;
  g_autoptr(JsonNode) started = NULL;
  g_autoptr(JsonNode) updated = NULL;
  gboolean inspected = FALSE;
  GtkWidget *overview;
  AdwActionRow *row;
  guint status = 0;

  fixture_set_up (&fixture, "lading-test-details-refetch", "\"Env\":[\"LADING_SECRET=hunter2\"]");
  container = lading_store_lookup_container (fixture.store, fixture.id);
  overview = gtk_widget_get_first_child (GTK_WIDGET (fixture.details));
  lading_test_await (env_row_shown, overview, "the environment rows");
  row = find_row (overview, "LADING_SECRET");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (lading_test_find (GTK_WIDGET (row),
                                                                     GTK_TYPE_TOGGLE_BUTTON)),
                                TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "hunter2");

  /* An exec is an event of the container that changes nothing inspect
   * shows.  Once it is in, an inspect of the test's own on the same engine
   * comes back after any the page would have started. */
  g_signal_connect (fixture.store, "event", G_CALLBACK (event_seen_cb), &exec_died);
  exec_path = g_strdup_printf ("/containers/%s/exec", fixture.id);
  exec = lading_test_api ("POST", exec_path, "{\"Cmd\":[\"sh\",\"-c\",\"true\"]}", &status);
  g_assert_cmpuint (status, ==, 201);
  start_path = g_strdup_printf ("/exec/%s/start",
                                json_object_get_string_member (json_node_get_object (exec), "Id"));
  started = lading_test_api ("POST", start_path, "{\"Detach\":true}", &status);
  g_assert_cmpuint (status, ==, 200);
  lading_test_await (event_seen, &exec_died, "the exec's end");
  g_signal_handlers_disconnect_by_data (fixture.store, &exec_died);
  lading_engine_inspect_container_json_async (lading_store_get_engine (fixture.store), fixture.id,
                                              NULL, inspected_cb, &inspected);
  lading_test_await (is_true, &inspected, "the test's inspect");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "hunter2");

  /* An update changes what only inspect tells: no property announces it. */
  update_path = g_strdup_printf ("/containers/%s/update", fixture.id);
  updated = lading_test_api ("POST", update_path,
                             "{\"RestartPolicy\":"
                             "{\"Name\":\"on-failure\",\"MaximumRetryCount\":3}}",
                             &status);
  g_assert_cmpuint (status, ==, 200);
  lading_test_await (inspect_shows_restart_policy, &fixture, "the inspect reply after the update");
  row = find_row (overview, "LADING_SECRET");
  g_assert_null (strstr (adw_action_row_get_subtitle (row), "hunter2"));

  /* The page followed the store's object all along. */
  g_assert_true (lading_container_details_get_container (fixture.details) == container);
  g_assert_true (lading_store_lookup_container (fixture.store, fixture.id) == container);

  fixture_tear_down (&fixture);
}

static gboolean
details_removed (gpointer data)
{
  return lading_container_details_get_removed (data);
}

static gboolean
back_on_lists (gpointer data)
{
  Fixture *fixture = data;

  return fixture->details == NULL;
}

static void
test_details_removed (void)
{
  Fixture fixture = { 0 };
  GtkWidget *stack;

  fixture_set_up (&fixture, "lading-test-details-removed", NULL);

  lading_test_remove_container (fixture.id);
  lading_test_await (details_removed, fixture.details, "the page to see the removal");
  stack = gtk_widget_get_last_child (gtk_widget_get_first_child (GTK_WIDGET (fixture.details)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "removed");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (fixture.details),
                                         "This Container Was Removed"));
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (fixture.details),
                                                                "details.start")));

  /* Back returns to the lists, and the page is let go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.go-back", NULL));
  lading_test_await (back_on_lists, &fixture, "the details page to close");

  fixture_tear_down (&fixture);
}

static gboolean
shows_toast (gpointer data)
{
  return lading_test_shows_text (data, "That container no longer exists");
}

static gboolean
image_selected (gpointer data)
{
  Fixture *fixture = data;
  AdwViewStack *stack = ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (fixture->window),
                                                          ADW_TYPE_VIEW_STACK));
  GtkWidget *page = adw_view_stack_get_visible_child (stack);
  LadingContainer *container = lading_store_lookup_container (fixture->store, fixture->id);
  gpointer item;

  if (!LADING_IS_IMAGES_PAGE (page))
    return FALSE;

  item = lading_list_view_get_selected_item (
    lading_images_page_get_list_view (LADING_IMAGES_PAGE (page)));

  return LADING_IS_IMAGE_TAG (item) &&
         g_strcmp0 (lading_image_get_id (lading_image_tag_get_image (item)),
                    lading_container_get_image_id (container)) == 0;
}

/* The image's name is a link to it on the Images page. */
static void
test_details_image_link (void)
{
  Fixture fixture = { 0 };
  GVariant *target;
  GtkWidget *link;

  fixture_set_up (&fixture, "lading-test-details-image", NULL);

  link = find_action_button (GTK_WIDGET (fixture.details), "win.show-image");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "lading-fixture:latest");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (link));
  g_assert_true (gtk_widget_activate_action_variant (link, "win.show-image", target));
  lading_test_await (image_selected, &fixture, "the image selected on the Images page");
  lading_test_await (back_on_lists, &fixture, "the details page to close");

  fixture_tear_down (&fixture);
}

static void
test_details_unknown_container (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  LadingWindow *window;

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (lading_test_store_loaded, store, "the store to load");

  /* An alert clicked after the container went: no page, a word instead. */
  lading_window_show_container (window, "0123456789abcdef");
  g_assert_null (lading_test_find (GTK_WIDGET (window), LADING_TYPE_CONTAINER_DETAILS));
  lading_test_await (shows_toast, window, "a toast that says why");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/container-details/follows-container", test_details_follows_container);
  g_test_add_func ("/ui/container-details/inspect", test_details_inspect);
  g_test_add_func ("/ui/container-details/env-hidden", test_details_env_hidden);
  g_test_add_func ("/ui/container-details/inspects-when-needed",
                   test_details_inspects_when_needed);
  g_test_add_func ("/ui/container-details/removed", test_details_removed);
  g_test_add_func ("/ui/container-details/image-link", test_details_image_link);
  g_test_add_func ("/ui/container-details/unknown-container", test_details_unknown_container);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
