/* test-containers-page.c
 *
 * The Containers page in the real window under Xvfb, against the private
 * engine: every container action run through the page's widget actions on
 * real containers, dialogs answered through their "response" signal, and
 * the engine's state checked afterwards; bulk start and stop of ten
 * containers with one toast each; a cancelled remove; compose grouping and
 * a group stop; a start that fails; the state filter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-application.h"
#include "lading-compose-project.h"
#include "lading-container-dialogs.h"
#include "lading-containers-page.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-text-cell.h"
#include "lading-window.h"

static LadingApplication *app;

typedef struct
{
  LadingStore          *store;
  LadingWindow         *window;
  LadingContainersPage *page;
  LadingListView       *view;
  guint                 n_finished;
} Fixture;

typedef struct
{
  Fixture              *fixture;
  const char           *id;
  LadingContainerState  state;
} StateExpect;

typedef struct
{
  GtkWidget  *root;
  const char *text;
} TextExpect;

/* Widgets ----------------------------------------------------------------- */

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  return NULL;
}

static gboolean
is_mapped_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return gtk_widget_get_mapped (widget) && g_strcmp0 (widget_text (widget), text) == 0;
}

static gboolean
is_mapped_text_part (GtkWidget     *widget,
                     gconstpointer  text)
{
  const char *shown = widget_text (widget);

  return gtk_widget_get_mapped (widget) && shown != NULL && strstr (shown, text) != NULL;
}

static gboolean
is_css_name (GtkWidget     *widget,
             gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_css_name (widget), name) == 0;
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
is_icon_button (GtkWidget     *widget,
                gconstpointer  icon_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
}

/* A click, without GtkButton's activation delay. */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
is_popover_menu (GtkWidget     *widget,
                 gconstpointer  unused)
{
  return GTK_IS_POPOVER_MENU (widget);
}

static gboolean
is_check_button (GtkWidget     *widget,
                 gconstpointer  unused)
{
  return GTK_IS_CHECK_BUTTON (widget);
}

static gboolean
is_drop_down (GtkWidget     *widget,
              gconstpointer  unused)
{
  return GTK_IS_DROP_DOWN (widget);
}

static gboolean
is_editable (GtkWidget     *widget,
             gconstpointer  unused)
{
  return GTK_IS_EDITABLE (widget) && GTK_IS_ENTRY (widget);
}

/* The row showing @name, if one is on screen. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *name)
{
  GtkWidget *cell = lading_test_find_matching (root, is_mapped_text, name);

  while (cell != NULL && !is_css_name (cell, "row"))
    cell = gtk_widget_get_parent (cell);

  return cell;
}

static gboolean
row_shown (gpointer data)
{
  TextExpect *expect = data;

  return find_row (expect->root, expect->text) != NULL;
}

static gboolean
row_hidden (gpointer data)
{
  return !row_shown (data);
}

static gboolean
is_mapped_row (GtkWidget     *widget,
               gconstpointer  unused)
{
  return gtk_widget_get_mapped (widget) && is_css_name (widget, "row");
}

typedef struct
{
  GtkWidget *root;
  guint      n_rows;
} RowsExpect;

/* The search applies after the entry's typing delay; this waits for it. */
static gboolean
rows_counted (gpointer data)
{
  RowsExpect *expect = data;

  return lading_test_count_matching (expect->root, is_mapped_row, NULL) == expect->n_rows;
}

/* The toast on screen whose text has @text in it. */
static GtkWidget *
find_toast (Fixture    *fixture,
            const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (fixture->page), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *toast = lading_test_find_matching (overlay, is_css_name, "toast");

  if (toast == NULL || lading_test_find_matching (toast, is_mapped_text_part, text) == NULL)
    return NULL;

  return toast;
}

static gboolean
toast_shown (gpointer data)
{
  TextExpect *expect = data;

  return find_toast ((Fixture *)expect->root, expect->text) != NULL;
}

/* Waits for the toast, then dismisses it so the next one can show. */
static void
await_toast (Fixture    *fixture,
             const char *text)
{
  TextExpect expect = { (GtkWidget *)fixture, text };
  GtkWidget *dismiss;

  lading_test_await (toast_shown, &expect, text);
  dismiss = lading_test_find_matching (find_toast (fixture, text), is_icon_button,
                                       "window-close-symbolic");
  click (dismiss);
}

/* The enabled state of a page action, as its action bar button shows it. */
static gboolean
action_enabled (Fixture    *fixture,
                const char *action_name)
{
  GtkWidget *button = lading_test_find_matching (GTK_WIDGET (fixture->page), has_action,
                                                 action_name);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static AdwMessageDialog *
find_dialog (void)
{
  return (AdwMessageDialog *)lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Answers the dialog as its buttons would. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  g_assert_null (find_dialog ());
  g_object_unref (dialog);
}

/* Engine and store ------------------------------------------------------- */

static gboolean
container_in_state (gpointer data)
{
  StateExpect *expect = data;
  LadingContainer *container = lading_store_lookup_container (expect->fixture->store, expect->id);

  return container != NULL && lading_container_get_state (container) == expect->state;
}

typedef struct
{
  Fixture *fixture;
  guint    n_finished;
} FinishedExpect;

static gboolean
runs_finished (gpointer data)
{
  FinishedExpect *expect = data;

  return expect->fixture->n_finished >= expect->n_finished;
}

/* Until @n_finished actions ended, and reported their outcome. */
static void
await_finished (Fixture *fixture,
                guint    n_finished)
{
  FinishedExpect expect = { fixture, n_finished };

  lading_test_await (runs_finished, &expect, "the actions to finish");
}

static gboolean
container_known (gpointer data)
{
  StateExpect *expect = data;

  return lading_store_lookup_container (expect->fixture->store, expect->id) != NULL;
}

static gboolean
container_gone (gpointer data)
{
  return !container_known (data);
}

static void
await_state (Fixture              *fixture,
             const char           *id,
             LadingContainerState  state)
{
  StateExpect expect = { fixture, id, state };

  lading_test_await (container_in_state, &expect, "a container state");
}

static JsonObject *
inspect (const char *id,
         guint      *status)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/json", id);
  JsonNode *reply = lading_test_api ("GET", path, NULL, status);
  JsonObject *object = reply != NULL && JSON_NODE_HOLDS_OBJECT (reply)
                       ? json_object_ref (json_node_get_object (reply)) : NULL;

  g_clear_pointer (&reply, json_node_unref);
  return object;
}

static JsonObject *
inspect_state (const char *id)
{
  guint status = 0;
  g_autoptr(JsonObject) object = inspect (id, &status);

  g_assert_cmpuint (status, ==, 200);
  return json_object_ref (json_object_get_object_member (object, "State"));
}

static char *
create_known (Fixture    *fixture,
              const char *name,
              const char *extra_json)
{
  char *id = lading_test_create_container (name, extra_json);
  StateExpect expect = { fixture, id, 0 };

  lading_test_await (container_known, &expect, "the store to know the new container");
  return id;
}

static void
select_container (Fixture    *fixture,
                  const char *id)
{
  LadingContainer *container = lading_store_lookup_container (fixture->store, id);

  g_assert_nonnull (container);
  g_assert_true (lading_list_view_select_item (fixture->view, container));
}

static void
activate (Fixture    *fixture,
          const char *action_name,
          const char *id)
{
  const char *ids[] = { id, NULL };

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), action_name, "^as", ids);
}

static void
finished_cb (LadingContainerActions *actions,
             const char             *verb,
             guint                   n_items,
             guint                   n_failed,
             Fixture                *fixture)
{
  fixture->n_finished++;
}

static gboolean
is_page (GtkWidget     *widget,
         gconstpointer  unused)
{
  return LADING_IS_CONTAINERS_PAGE (widget);
}

/* @data: the window's width, 0 for the default. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *page;

  /* Every test starts from the defaults; the memory backend would carry
   * one test's filter into the next. */
  g_settings_reset (settings, "containers-state-filter");
  g_settings_reset (settings, "containers-search");
  g_settings_reset (settings, "group-by-project");

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  fixture->window = lading_window_new (app, fixture->store, NULL);
  if (GPOINTER_TO_INT (data) > 0)
    gtk_window_set_default_size (GTK_WINDOW (fixture->window), GPOINTER_TO_INT (data), 700);
  /* A narrow window reveals the view switcher bar, and libadwaita 1.2's,
   * revealed without animations as in these tests, allocates its box once
   * before it has a size: GTK warns of that, not of anything of ours. */
  if (GPOINTER_TO_INT (data) > 0 && GPOINTER_TO_INT (data) < 800)
    g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  lading_test_await (lading_test_store_loaded, fixture->store, "the store to load");

  page = lading_test_find_matching (GTK_WIDGET (fixture->window), is_page, NULL);
  g_assert_nonnull (page);
  fixture->page = LADING_CONTAINERS_PAGE (page);
  fixture->view = lading_containers_page_get_list_view (fixture->page);
  g_signal_connect (lading_containers_page_get_actions (fixture->page), "finished",
                    G_CALLBACK (finished_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  unused)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* Tests ------------------------------------------------------------------ */

static void
kill_with_sigterm (Fixture    *fixture,
                   const char *id)
{
  AdwMessageDialog *dialog;
  GtkWidget *drop_down;

  activate (fixture, "container.kill", id);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "lading-test-page-actions"));
  g_assert_cmpstr (lading_container_dialogs_get_kill_signal (dialog), ==, "SIGKILL");

  /* The fixture's shell exits 0 on SIGTERM; SIGKILL would leave 137. */
  drop_down = lading_test_find_matching (GTK_WIDGET (dialog), is_drop_down, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 1);
  g_assert_cmpstr (lading_container_dialogs_get_kill_signal (dialog), ==, "SIGTERM");
  respond (dialog, "kill");
  await_state (fixture, id, LADING_CONTAINER_STATE_EXITED);
}

static void
rename_to (Fixture    *fixture,
           const char *id,
           const char *new_name)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *expected = g_strconcat ("/", new_name, NULL);
  guint status = 0;

  activate (fixture, "container.rename", id);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  entry = lading_test_find_matching (GTK_WIDGET (dialog), is_editable, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), "-not a name");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (GTK_EDITABLE (entry), new_name);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  respond (dialog, "rename");

  lading_test_await (row_shown, &(TextExpect) { GTK_WIDGET (fixture->page), new_name },
                     "the row to show the new name");
  object = inspect (id, &status);
  g_assert_cmpstr (json_object_get_string_member (object, "Name"), ==, expected);
}

static void
remove_confirmed (Fixture    *fixture,
                  const char *id)
{
  AdwMessageDialog *dialog;
  g_autoptr(JsonObject) object = NULL;
  StateExpect expect = { fixture, id, 0 };
  guint status = 0;

  activate (fixture, "container.remove", id);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);

  /* Stopped: "also remove anonymous volumes" only, and off. */
  g_assert_cmpuint (lading_test_count_matching (GTK_WIDGET (dialog), is_check_button, NULL), ==, 1);
  g_assert_false (lading_container_dialogs_get_remove_flags (dialog));
  respond (dialog, "remove");

  lading_test_await (container_gone, &expect, "the container to go");
  object = inspect (id, &status);
  g_assert_cmpuint (status, ==, 404);
}

static gboolean
no_busy_text_cb (gpointer data)
{
  Fixture *fixture = data;

  return lading_test_find_matching (GTK_WIDGET (fixture->page), is_mapped_text,
                                    "Stopping…") == NULL;
}

static void
test_page_every_action (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autofree char *id = create_known (fixture, "lading-test-page-actions", NULL);
  LadingContainerActions *actions = lading_containers_page_get_actions (fixture->page);
  g_autoptr(JsonObject) state = NULL;
  g_autofree char *started_at = NULL;
  GtkWidget *row;
  guint n_finished;

  select_container (fixture, id);
  g_assert_true (action_enabled (fixture, "container.start"));
  g_assert_false (action_enabled (fixture, "container.stop"));

  activate (fixture, "container.start", id);
  g_assert_cmpstr (lading_container_actions_get_pending (actions, id), ==, "Starting…");
  await_state (fixture, id, LADING_CONTAINER_STATE_RUNNING);
  state = inspect_state (id);
  g_assert_true (json_object_get_boolean_member (state, "Running"));
  g_assert_false (action_enabled (fixture, "container.start"));
  g_assert_true (action_enabled (fixture, "container.stop"));

  activate (fixture, "container.pause", id);
  await_state (fixture, id, LADING_CONTAINER_STATE_PAUSED);
  g_clear_pointer (&state, json_object_unref);
  state = inspect_state (id);
  g_assert_true (json_object_get_boolean_member (state, "Paused"));

  activate (fixture, "container.unpause", id);
  await_state (fixture, id, LADING_CONTAINER_STATE_RUNNING);

  /* Running before and after: the start time tells the restart happened. */
  g_clear_pointer (&state, json_object_unref);
  state = inspect_state (id);
  started_at = g_strdup (json_object_get_string_member (state, "StartedAt"));
  n_finished = fixture->n_finished;
  activate (fixture, "container.restart", id);
  await_finished (fixture, n_finished + 1);
  await_state (fixture, id, LADING_CONTAINER_STATE_RUNNING);
  g_clear_pointer (&state, json_object_unref);
  state = inspect_state (id);
  g_assert_true (json_object_get_boolean_member (state, "Running"));
  g_assert_cmpstr (json_object_get_string_member (state, "StartedAt"), !=, started_at);

  activate (fixture, "container.stop", id);
  g_assert_cmpstr (lading_container_actions_get_pending (actions, id), ==, "Stopping…");
  row = find_row (GTK_WIDGET (fixture->page), "lading-test-page-actions");
  g_assert_nonnull (lading_test_find_matching (row, is_mapped_text, "Stopping…"));
  await_state (fixture, id, LADING_CONTAINER_STATE_EXITED);
  lading_test_await (no_busy_text_cb, fixture, "the row to drop \"Stopping…\"");
  g_clear_pointer (&state, json_object_unref);
  state = inspect_state (id);
  g_assert_false (json_object_get_boolean_member (state, "Running"));

  activate (fixture, "container.start", id);
  await_state (fixture, id, LADING_CONTAINER_STATE_RUNNING);
  kill_with_sigterm (fixture, id);
  g_clear_pointer (&state, json_object_unref);
  state = inspect_state (id);
  g_assert_cmpint (json_object_get_int_member (state, "ExitCode"), ==, 0);

  rename_to (fixture, id, "lading-test-page-renamed");
  remove_confirmed (fixture, id);
}

#define N_BULK 10

static gboolean
all_in_state (Fixture              *fixture,
              char                **ids,
              LadingContainerState  state)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      StateExpect expect = { fixture, ids[i], state };

      if (!container_in_state (&expect))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  Fixture              *fixture;
  char                **ids;
  LadingContainerState  state;
} AllExpect;

static gboolean
all_in_state_cb (gpointer data)
{
  AllExpect *expect = data;

  return all_in_state (expect->fixture, expect->ids, expect->state);
}

static void
activate_on_selection (Fixture    *fixture,
                       const char *action_name)
{
  activate (fixture, action_name, NULL);
}

static void
test_page_bulk (Fixture       *fixture,
                gconstpointer  unused)
{
  g_auto(GStrv) ids = g_new0 (char *, N_BULK + 1);
  AllExpect expect = { fixture, NULL, LADING_CONTAINER_STATE_RUNNING };

  for (guint i = 0; i < N_BULK; i++)
    {
      g_autofree char *name = g_strdup_printf ("lading-test-bulk-%02u", i);

      ids[i] = create_known (fixture, name, NULL);
    }
  expect.ids = ids;

  /* What a user does: search, select what is shown, press Start. */
  lading_list_view_set_search_text (fixture->view, "lading-test-bulk-");
  lading_test_await (rows_counted, &(RowsExpect) { GTK_WIDGET (fixture->page), N_BULK },
                     "the rows the search finds");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "containers.select-all-visible", NULL);
  g_assert_cmpuint (lading_list_view_get_n_selected (fixture->view), ==, N_BULK);

  activate_on_selection (fixture, "container.start");
  await_finished (fixture, 1);
  lading_test_await (all_in_state_cb, &expect, "every container to run");
  await_toast (fixture, "Started 10 containers");

  activate_on_selection (fixture, "container.stop");
  expect.state = LADING_CONTAINER_STATE_EXITED;
  await_finished (fixture, 2);
  lading_test_await (all_in_state_cb, &expect, "every container to stop");
  await_toast (fixture, "Stopped 10 containers");

  /* One report, so one toast, per run of ten. */
  g_assert_cmpuint (fixture->n_finished, ==, 2);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(JsonObject) state = inspect_state (ids[i]);

      g_assert_false (json_object_get_boolean_member (state, "Running"));
      lading_test_remove_container (ids[i]);
    }
}

static void
test_page_cancelled_remove (Fixture       *fixture,
                            gconstpointer  unused)
{
  g_autofree char *id = create_known (fixture, "lading-test-page-keep", NULL);
  LadingContainerActions *actions = lading_containers_page_get_actions (fixture->page);
  g_autoptr(JsonObject) state = NULL;
  AdwMessageDialog *dialog;

  lading_test_container_action (id, "start", 204);
  await_state (fixture, id, LADING_CONTAINER_STATE_RUNNING);
  select_container (fixture, id);

  activate (fixture, "container.remove", id);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“lading-test-page-keep”"));

  /* Running: force is offered too, and both options are off. */
  g_assert_cmpuint (lading_test_count_matching (GTK_WIDGET (dialog), is_check_button, NULL), ==, 2);
  g_assert_cmpint (lading_container_dialogs_get_remove_flags (dialog), ==,
                   LADING_CONTAINER_ACTION_FLAGS_NONE);
  respond (dialog, "cancel");

  /* Nothing started, nothing changed. */
  g_assert_null (lading_container_actions_get_pending (actions, id));
  state = inspect_state (id);
  g_assert_true (json_object_get_boolean_member (state, "Running"));
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  lading_test_remove_container (id);
}

static LadingComposeProject *
find_project (Fixture    *fixture,
              const char *name)
{
  GListModel *roots = lading_list_view_get_model (fixture->view);

  for (guint i = 0; i < g_list_model_get_n_items (roots); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (roots, i);

      if (LADING_IS_COMPOSE_PROJECT (item) &&
          g_strcmp0 (lading_compose_project_get_name (LADING_COMPOSE_PROJECT (item)), name) == 0)
        return LADING_COMPOSE_PROJECT (item);
    }

  return NULL;
}

/* Activates the context menu's item labelled @label, as a click would. */
static void
activate_menu_item (Fixture    *fixture,
                    const char *label)
{
  GtkWidget *popover = lading_test_find_matching (GTK_WIDGET (fixture->page),
                                                  is_popover_menu, NULL);
  GMenuModel *menu;

  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      if (g_strcmp0 (item_label, label) != 0)
        continue;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      gtk_popover_popdown (GTK_POPOVER (popover));
      gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), action, target);
      return;
    }

  g_error ("No menu item %s", label);
}

typedef struct
{
  Fixture    *fixture;
  const char *text;
} FitExpect;

static gboolean
is_text_cell_with (GtkWidget     *widget,
                   gconstpointer  text)
{
  return LADING_IS_TEXT_CELL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (lading_text_cell_get_text (LADING_TEXT_CELL (widget)), text) == 0;
}

static LadingTextCell *
find_text_cell (Fixture    *fixture,
                const char *text)
{
  return (LadingTextCell *)lading_test_find_matching (GTK_WIDGET (fixture->view),
                                                     is_text_cell_with, text);
}

static GtkColumnViewColumn *
find_column (Fixture    *fixture,
             const char *title)
{
  GtkWidget *column_view = lading_test_find (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW);
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_assert_not_reached ();
}

static gboolean
text_shows_whole (gpointer data)
{
  FitExpect *expect = data;
  LadingTextCell *cell = find_text_cell (expect->fixture, expect->text);

  return cell != NULL && !lading_text_cell_is_truncated (cell);
}

static gboolean
text_is_truncated (gpointer data)
{
  FitExpect *expect = data;
  LadingTextCell *cell = find_text_cell (expect->fixture, expect->text);

  return cell != NULL && lading_text_cell_is_truncated (cell);
}

static gboolean
column_shown (gpointer data)
{
  FitExpect *expect = data;

  return gtk_column_view_column_get_visible (find_column (expect->fixture, expect->text));
}

static gboolean
column_folded (gpointer data)
{
  return !column_shown (data);
}

/* Names of 40 characters show whole at 1000 px, where the name column gets
 * the width first, and at 700 px, where the less important columns fold
 * away; longer ones lose their middle.  The test data is the window's
 * width. */
static void
test_page_columns_fit (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char forty[] = "lading-test-fit-web-frontend-replica-001";
  static const char longer[] = "lading-test-fit-web-frontend-service-long-01-instance-nr-1";
  gboolean narrow = GPOINTER_TO_INT (data) < 800;
  g_autofree char *forty_id = create_known (fixture, forty, NULL);
  g_autofree char *longer_id = create_known (fixture, longer, NULL);
  FitExpect whole = { fixture, forty };
  FitExpect cut = { fixture, longer };
  FitExpect image = { fixture, "Image" };
  LadingTextCell *cell;

  g_assert_cmpuint (strlen (forty), ==, 40);
  lading_list_view_set_search_text (fixture->view, "lading-test-fit");

  lading_test_await (text_shows_whole, &whole, "a 40-character name to show whole");
  lading_test_await (text_is_truncated, &cut, "a longer name to be cut");
  cell = find_text_cell (fixture, longer);
  g_assert_cmpint (gtk_inscription_get_text_overflow (lading_text_cell_get_inscription (cell)),
                   ==, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_MIDDLE);
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (cell)));

  if (narrow)
    lading_test_await (column_folded, &image, "the image column to fold");
  g_assert_true (column_shown (&image) == !narrow);
  g_assert_true (gtk_column_view_column_get_visible (find_column (fixture, "CPU")) == !narrow);
  /* Ports folds or shows by what its cells hold (see lading-list-view-fold.c):
   * with nothing published it is as narrow as its title. */
  g_assert_true (gtk_column_view_column_get_visible (find_column (fixture, "State")));
  g_assert_true (gtk_column_view_column_get_visible (find_column (fixture, "Status")));
  g_assert_false (lading_text_cell_is_truncated (find_text_cell (fixture, forty)));

  lading_test_remove_container (forty_id);
  lading_test_remove_container (longer_id);
}

static void
test_page_compose_group (Fixture       *fixture,
                         gconstpointer  unused)
{
  static const char * const services[] = { "web", "db", "cache", NULL };
  g_auto(GStrv) ids = g_new0 (char *, G_N_ELEMENTS (services));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AllExpect expect = { fixture, NULL, LADING_CONTAINER_STATE_RUNNING };
  TextExpect project_row = { GTK_WIDGET (fixture->page), "lading-test-proj" };
  TextExpect service_cell = { GTK_WIDGET (fixture->page), "cache" };
  LadingComposeProject *project;

  for (guint i = 0; services[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("lading-test-proj-%s-1", services[i]);
      g_autofree char *labels = NULL;

      labels = g_strdup_printf ("\"Labels\":{"
                                "\"com.docker.compose.project\":\"lading-test-proj\","
                                "\"com.docker.compose.service\":\"%s\"}",
                                services[i]);

      ids[i] = create_known (fixture, name, labels);
      lading_test_container_action (ids[i], "start", 204);
    }
  expect.ids = ids;
  lading_test_await (all_in_state_cb, &expect, "every container to run");

  lading_list_view_set_search_text (fixture->view, "lading-test-proj");
  lading_test_await (row_shown, &project_row, "the project's row");
  project = find_project (fixture, "lading-test-proj");
  g_assert_nonnull (project);
  g_assert_cmpuint (lading_compose_project_get_n_running (project), ==, 3);

  /* The project row's menu stops its three containers in one run. */
  g_signal_emit_by_name (fixture->view, "context-menu", project, 10.0, 10.0, fixture->view);
  activate_menu_item (fixture, "S_top All");
  expect.state = LADING_CONTAINER_STATE_EXITED;
  await_finished (fixture, 1);
  lading_test_await (all_in_state_cb, &expect, "every container to stop");
  await_toast (fixture, "Stopped 3 containers");
  g_assert_cmpuint (lading_compose_project_get_n_running (project), ==, 0);

  /* Ungrouped, the rows are plain and show their service (the window is
   * wide enough for that column). */
  g_settings_set_boolean (settings, "group-by-project", FALSE);
  lading_test_await (row_hidden, &project_row, "the project's row to go");
  lading_test_await (row_shown, &service_cell, "the service column");

  for (guint i = 0; ids[i] != NULL; i++)
    lading_test_remove_container (ids[i]);
}

static void
test_page_start_error (Fixture       *fixture,
                       gconstpointer  unused)
{
  g_autofree char *id = create_known (fixture, "lading-test-page-broken",
                                      "\"Cmd\":[\"/nonexistent\"]");
  TextExpect expect = { (GtkWidget *)fixture, "its command does not exist" };
  AdwMessageDialog *details;
  GtkWidget *toast;
  GtkWidget *button;

  select_container (fixture, id);
  activate (fixture, "container.start", id);
  await_finished (fixture, 1);
  lading_test_await (toast_shown, &expect, "the error toast");

  /* The sentence names the container; the engine's words are a click away. */
  toast = find_toast (fixture, "its command does not exist");
  g_assert_nonnull (lading_test_find_matching (toast, is_mapped_text_part,
                                               "“lading-test-page-broken”"));
  button = lading_test_find_matching (toast, is_mapped_text, "Details");
  g_assert_nonnull (button);
  click (gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON));

  details = find_dialog ();
  g_assert_nonnull (details);
  g_assert_nonnull (lading_test_find_matching (GTK_WIDGET (details), is_mapped_text_part,
                                               "/nonexistent"));
  respond (details, "close");

  lading_test_remove_container (id);
}

static void
set_state_filter (Fixture    *fixture,
                  const char *value)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "settings.containers-state-filter",
                              "s", value);
}

static void
test_page_state_filter (Fixture       *fixture,
                        gconstpointer  unused)
{
  g_autofree char *running = create_known (fixture, "lading-test-filter-running", NULL);
  g_autofree char *created = create_known (fixture, "lading-test-filter-created", NULL);
  TextExpect running_row = { GTK_WIDGET (fixture->page), "lading-test-filter-running" };
  TextExpect created_row = { GTK_WIDGET (fixture->page), "lading-test-filter-created" };

  lading_test_container_action (running, "start", 204);
  await_state (fixture, running, LADING_CONTAINER_STATE_RUNNING);
  lading_list_view_set_search_text (fixture->view, "lading-test-filter-");
  lading_test_await (row_shown, &running_row, "the running container's row");
  lading_test_await (row_shown, &created_row, "the created container's row");

  set_state_filter (fixture, "running");
  lading_test_await (row_hidden, &created_row, "the created container to be hidden");
  g_assert_true (row_shown (&running_row));

  set_state_filter (fixture, "stopped");
  lading_test_await (row_shown, &created_row, "the created container to show");
  lading_test_await (row_hidden, &running_row, "the running container to be hidden");

  set_state_filter (fixture, "paused");
  lading_test_await (row_hidden, &created_row, "no paused container");

  set_state_filter (fixture, "all");
  lading_test_await (row_shown, &running_row, "every container again");
  lading_test_await (row_shown, &created_row, "every container again");

  lading_test_remove_container (running);
  lading_test_remove_container (created);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  /* Toasts then come and go at once: dismissing one during its show
   * animation crashes libadwaita 1.2's overlay, and no test needs them. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/ui/containers-page/every-action", Fixture, NULL,
              fixture_set_up, test_page_every_action, fixture_tear_down);
  g_test_add ("/ui/containers-page/bulk", Fixture, NULL,
              fixture_set_up, test_page_bulk, fixture_tear_down);
  g_test_add ("/ui/containers-page/cancelled-remove", Fixture, NULL,
              fixture_set_up, test_page_cancelled_remove, fixture_tear_down);
  g_test_add ("/ui/containers-page/compose-group", Fixture, GINT_TO_POINTER (1600),
              fixture_set_up, test_page_compose_group, fixture_tear_down);
  g_test_add ("/ui/containers-page/columns-fit-1000", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_page_columns_fit, fixture_tear_down);
  g_test_add ("/ui/containers-page/columns-fit-700", Fixture, GINT_TO_POINTER (700),
              fixture_set_up, test_page_columns_fit, fixture_tear_down);
  g_test_add ("/ui/containers-page/start-error", Fixture, NULL,
              fixture_set_up, test_page_start_error, fixture_tear_down);
  g_test_add ("/ui/containers-page/state-filter", Fixture, NULL,
              fixture_set_up, test_page_state_filter, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
