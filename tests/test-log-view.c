/* test-log-view.c
 *
 * LadingLogView under Xvfb against the private engine: it shows what a
 * container printed with stderr marked, follows new lines, resumes after a
 * restart without repeating a line, loads older lines, searches, clears,
 * exports the whole log to a file, and shows TTY logs; the details page has
 * it as a tab and opens it in a window of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "lading-application.h"
#include "lading-container-details.h"
#include "lading-log-view.h"
#include "lading-log-window.h"
#include "lading-settings.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"

static LadingApplication *app;

typedef struct
{
  LadingStore   *store;
  GtkWindow     *window;
  LadingLogView *view;
  char          *id;
} Fixture;

/* Prints to stdout and stderr, then exits. */
#define OUT_ERR_CMD "\"Cmd\":[\"sh\",\"-c\",\"echo out-1; echo err-1 >&2; echo out-2; " \
                    "printf '\\\\033[32mgreen-out\\\\033[0m\\\\n'\"]"

/* Prints a line every 0.2 s until stopped. */
#define TICK_CMD "\"Cmd\":[\"sh\",\"-c\",\"trap 'exit 0' TERM; i=0; " \
                 "while :; do echo tick-$i; i=$((i+1)); sleep 0.2; done\"]"

typedef struct
{
  Fixture              *fixture;
  LadingContainerState  state;
} StateExpect;

static gboolean
container_in_state (gpointer data)
{
  StateExpect *expect = data;
  LadingContainer *container = lading_store_lookup_container (expect->fixture->store,
                                                              expect->fixture->id);

  return container != NULL && lading_container_get_state (container) == expect->state;
}

static void
await_state (Fixture              *fixture,
             LadingContainerState  state)
{
  StateExpect expect = { fixture, state };

  lading_test_await (container_in_state, &expect, "the container's state in the store");
}

/* Starts a container of @extra_json and waits for it to be in @state. */
static void
fixture_start (Fixture              *fixture,
               const char           *name,
               const char           *extra_json,
               LadingContainerState  state)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  lading_test_await (lading_test_store_loaded, fixture->store, "the store to load");

  fixture->id = lading_test_create_container (name, extra_json);
  lading_test_container_action (fixture->id, "start", 204);
  await_state (fixture, state);
}

static void
fixture_set_up (Fixture              *fixture,
                const char           *name,
                const char           *extra_json,
                LadingContainerState  state)
{
  fixture_start (fixture, name, extra_json, state);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  fixture->view = lading_log_view_new ();
  g_object_add_weak_pointer (G_OBJECT (fixture->view), (gpointer *)&fixture->view);
  lading_settings_bind_log_view (lading_settings_get_default (), fixture->view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  lading_log_view_set_container (fixture->view, lading_store_get_engine (fixture->store),
                                 lading_store_lookup_container (fixture->store, fixture->id));
}

static gboolean
view_gone (gpointer data)
{
  return ((Fixture *)data)->view == NULL;
}

/* Closing the window lets the view go, with its readers. */
static void
fixture_tear_down (Fixture *fixture)
{
  lading_test_remove_container (fixture->id);
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  lading_test_await (view_gone, fixture, "the log view to be freed");
  g_object_unref (fixture->store);
  g_free (fixture->id);
}

/* The rows on screen.  After a reset the terminal's row numbers and its
 * adjustment disagree, so the scrollback is not read by row: the window is
 * tall enough to show every line these tests look for. */
static char *
view_text (LadingLogView *view)
{
  return vte_terminal_get_text (lading_log_view_get_terminal (view), NULL, NULL, NULL);
}

static guint
count_in_view (LadingLogView *view,
               const char    *text)
{
  g_autofree char *shown = view_text (view);
  guint count = 0;

  for (const char *p = strstr (shown, text); p != NULL; p = strstr (p + 1, text))
    count++;

  return count;
}

typedef struct
{
  LadingLogView *view;
  const char    *text;
  guint          count;
} TextExpect;

static gboolean
view_shows (gpointer data)
{
  TextExpect *expect = data;

  return count_in_view (expect->view, expect->text) >= expect->count;
}

static void
await_text (LadingLogView *view,
            const char    *text,
            guint          count)
{
  TextExpect expect = { view, text, count };
  g_autofree char *what = g_strdup_printf ("“%s” %u× in the log view", text, count);

  lading_test_await (view_shows, &expect, what);
}

static gboolean
shows (LadingLogView *view,
       const char    *text)
{
  return count_in_view (view, text) > 0;
}

static void
test_log_view_streams (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "lading-test-log-streams", OUT_ERR_CMD,
                  LADING_CONTAINER_STATE_EXITED);

  await_text (fixture.view, "green-out", 1);
  await_text (fixture.view, "out-2", 1);
  g_assert_true (shows (fixture.view, "out-1"));

  /* stderr behind its bar, stdout without; the colour codes are not text. */
  g_assert_true (shows (fixture.view, "▌ err-1"));
  g_assert_false (shows (fixture.view, "▌ out-1"));
  g_assert_false (shows (fixture.view, "[32m"));
  g_assert_cmpuint (lading_log_view_get_n_lines (fixture.view), ==, 4);
  g_assert_false (lading_log_view_get_loading (fixture.view));

  fixture_tear_down (&fixture);
}

static gboolean
at_bottom (gpointer data)
{
  VteTerminal *terminal = lading_log_view_get_terminal (data);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (terminal));

  return gtk_adjustment_get_value (adjustment) >=
         gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 0.5;
}

static void
test_log_view_follow (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "lading-test-log-follow", TICK_CMD, LADING_CONTAINER_STATE_RUNNING);

  /* Written after the log was opened: only following brings it. */
  await_text (fixture.view, "tick-1\n", 1);
  await_text (fixture.view, "tick-10\n", 1);
  g_assert_true (lading_log_view_get_following (fixture.view));
  lading_test_await (at_bottom, fixture.view, "the view at the newest line");

  /* Stopped from outside: the log ends with a word saying so. */
  lading_test_container_action (fixture.id, "stop", 204);
  await_text (fixture.view, "The container stopped", 1);

  fixture_tear_down (&fixture);
}

static void
test_log_view_restart (void)
{
  Fixture fixture = { 0 };
  g_autofree char *text = NULL;

  fixture_set_up (&fixture, "lading-test-log-restart",
                  "\"Cmd\":[\"sh\",\"-c\",\"echo run-line; sleep 1\"]",
                  LADING_CONTAINER_STATE_RUNNING);
  await_text (fixture.view, "run-line", 1);
  await_state (&fixture, LADING_CONTAINER_STATE_EXITED);
  await_text (fixture.view, "The container stopped", 1);

  /* Resumed after the last line: the new run's line, not the old one again. */
  lading_test_container_action (fixture.id, "start", 204);
  await_text (fixture.view, "run-line", 2);
  await_text (fixture.view, "The container stopped", 2);
  g_assert_cmpuint (count_in_view (fixture.view, "run-line"), ==, 2);
  g_assert_true (shows (fixture.view, "The container started"));

  text = view_text (fixture.view);
  g_assert_true (strstr (text, "The container started") < g_strrstr (text, "run-line"));

  fixture_tear_down (&fixture);
}

static gboolean
has_n_lines (gpointer data)
{
  Fixture *fixture = data;

  return lading_log_view_get_n_lines (fixture->view) == 20;
}

static int
get_int (gpointer    object,
         const char *property)
{
  int value;

  g_object_get (object, property, &value, NULL);
  return value;
}

static gboolean
get_boolean (gpointer    object,
             const char *property)
{
  gboolean value;

  g_object_get (object, property, &value, NULL);
  return value;
}

/* The settings reach a bound view as they change, and its toggles write
 * them back. */
static void
test_log_view_settings (void)
{
  LadingSettings *settings = lading_settings_get_default ();
  LadingLogView *view = g_object_ref_sink (lading_log_view_new ());

  lading_settings_bind_log_view (settings, view);
  g_assert_cmpint (get_int (view, "tail-lines"), ==, 1000);
  g_assert_cmpint (get_int (view, "scrollback-lines"), ==, 10000);
  g_assert_true (get_boolean (view, "wrap-lines"));
  g_assert_false (get_boolean (view, "show-timestamps"));

  g_object_set (settings, "log-lines", 25, "log-scrollback-lines", 2000, "log-wrap", FALSE, NULL);
  g_assert_cmpint (get_int (view, "tail-lines"), ==, 25);
  g_assert_cmpint (get_int (view, "scrollback-lines"), ==, 2000);
  g_assert_false (get_boolean (view, "wrap-lines"));
  g_assert_cmpint (vte_terminal_get_scrollback_lines (lading_log_view_get_terminal (view)), ==,
                   4000);

  g_object_set (view, "show-timestamps", TRUE, NULL);
  g_assert_true (get_boolean (settings, "log-timestamps"));

  g_object_set (settings, "log-lines", 1000, "log-scrollback-lines", 10000, "log-wrap", TRUE,
                "log-timestamps", FALSE, NULL);
  g_assert_finalize_object (view);
}

static void
test_log_view_older (void)
{
  LadingSettings *settings = lading_settings_get_default ();
  Fixture fixture = { 0 };

  g_object_set (settings, "log-lines", 10, NULL);
  fixture_set_up (&fixture, "lading-test-log-older",
                  "\"Cmd\":[\"sh\",\"-c\",\"i=1; while [ $i -le 50 ]; do echo line-$i.; "
                  "i=$((i+1)); done\"]",
                  LADING_CONTAINER_STATE_EXITED);

  /* The last ten lines… */
  await_text (fixture.view, "line-50.", 1);
  await_text (fixture.view, "line-41.", 1);
  g_assert_false (shows (fixture.view, "line-40."));
  g_assert_cmpuint (lading_log_view_get_n_lines (fixture.view), ==, 10);
  g_assert_cmpint (get_int (fixture.view, "tail-lines"), ==, 10);

  /* …then the ten before them, as scrolling to the top does. */
  lading_log_view_load_older (fixture.view);
  lading_test_await (has_n_lines, &fixture, "twenty lines");
  await_text (fixture.view, "line-31.", 1);
  g_assert_false (shows (fixture.view, "line-30."));
  g_assert_cmpuint (count_in_view (fixture.view, "line-41."), ==, 1);
  await_text (fixture.view, "line-50.", 1);

  g_object_set (settings, "log-lines", 1000, NULL);
  fixture_tear_down (&fixture);
}

/* The toggle in the search bar with this tooltip. */
static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, prefix))
      return TRUE;

  return FALSE;
}

static void
test_log_view_search (void)
{
  Fixture fixture = { 0 };
  VteTerminal *terminal;
  g_autofree char *selected = NULL;

  fixture_set_up (&fixture, "lading-test-log-search", OUT_ERR_CMD,
                  LADING_CONTAINER_STATE_EXITED);
  await_text (fixture.view, "green-out", 1);
  terminal = lading_log_view_get_terminal (fixture.view);

  /* Case-blind plain text by default; the match is selected. */
  g_assert_true (lading_log_view_search (fixture.view, "ERR-1"));
  selected = vte_terminal_get_text_selected (terminal, VTE_FORMAT_TEXT);
  g_assert_cmpstr (selected, ==, "err-1");
  g_assert_false (lading_log_view_get_following (fixture.view));
  g_assert_false (lading_log_view_search (fixture.view, "no such text"));
  g_assert_true (shows_label (GTK_WIDGET (fixture.view), "No match"));

  /* "." is literal until regular expressions are on. */
  g_assert_false (lading_log_view_search (fixture.view, "out.[0-9]"));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (GTK_WIDGET (fixture.view),
                                                                "Regular Expression")),
                                TRUE);
  g_assert_true (lading_log_view_search (fixture.view, "out.[0-9]"));

  /* A broken expression is said so, not searched. */
  g_assert_false (lading_log_view_search (fixture.view, "out-(1"));
  g_assert_true (shows_label (GTK_WIDGET (fixture.view), "Invalid regular expression"));

  /* Match Case makes "ERR" miss. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (GTK_WIDGET (fixture.view),
                                                                "Match Case")),
                                TRUE);
  g_assert_false (lading_log_view_search (fixture.view, "ERR-1"));

  fixture_tear_down (&fixture);
}

static void
test_log_view_clear (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "lading-test-log-clear", TICK_CMD, LADING_CONTAINER_STATE_RUNNING);
  await_text (fixture.view, "tick-2\n", 1);

  lading_log_view_clear (fixture.view);
  g_assert_cmpuint (lading_log_view_get_n_lines (fixture.view), ==, 0);
  g_assert_false (shows (fixture.view, "tick-2\n"));

  /* Later lines still come. */
  await_text (fixture.view, "tick-", 1);
  g_assert_false (shows (fixture.view, "tick-2\n"));

  fixture_tear_down (&fixture);
}

static gboolean
export_done (gpointer data)
{
  return !lading_log_view_get_exporting (data);
}

static gboolean
log_open (gpointer data)
{
  return lading_log_view_get_n_lines (data) > 0;
}

static void
test_log_view_export (void)
{
  Fixture fixture = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("lading-test-log-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "exported.log", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  fixture_set_up (&fixture, "lading-test-log-export", OUT_ERR_CMD,
                  LADING_CONTAINER_STATE_EXITED);
  lading_test_await (log_open, fixture.view, "the log to open");

  lading_log_view_export (fixture.view, file);
  g_assert_true (lading_log_view_get_exporting (fixture.view));
  lading_test_await (export_done, fixture.view, "the export to end");

  /* The demuxed bytes, stdout and stderr both, without timestamps (they
   * are not shown); stdout's lines in their order. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_true (g_strv_contains ((const char * const *) lines, "err-1"));
  g_assert_cmpstr (lines[4], ==, "");
  g_assert_true (strstr (contents, "out-1\n") < strstr (contents, "out-2\n"));
  g_assert_nonnull (strstr (contents, "\033[32mgreen-out\033[0m\n"));

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
  fixture_tear_down (&fixture);
}

static void
test_log_view_tty (void)
{
  Fixture fixture = { 0 };

  fixture_set_up (&fixture, "lading-test-log-tty",
                  "\"Tty\":true,\"Cmd\":[\"sh\",\"-c\",\"printf '\\\\033[31mred-tty\\\\033[0m\\\\n'; "
                  "echo plain-tty\"]",
                  LADING_CONTAINER_STATE_EXITED);

  await_text (fixture.view, "plain-tty", 1);
  g_assert_true (shows (fixture.view, "red-tty"));
  g_assert_false (shows (fixture.view, "▌"));

  fixture_tear_down (&fixture);
}

static LadingLogWindow *
find_log_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LADING_IS_LOG_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
log_window_open (gpointer data)
{
  return find_log_window () != NULL;
}

/* The details page's Logs tab, and the same log in a window of its own. */
static void
test_log_view_details (void)
{
  Fixture fixture = { 0 };
  LadingContainerDetails *details;
  LadingLogWindow *log_window;
  AdwViewStack *stack;

  fixture_start (&fixture, "lading-test-log-details", OUT_ERR_CMD, LADING_CONTAINER_STATE_EXITED);
  fixture.window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  details = lading_container_details_new (fixture.store, NULL,
                                          lading_store_lookup_container (fixture.store,
                                                                         fixture.id));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (fixture.window),
                                      GTK_WIDGET (details));
  gtk_window_present (fixture.window);

  stack = ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (details), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "logs");
  fixture.view = LADING_LOG_VIEW (lading_test_find (GTK_WIDGET (details), LADING_TYPE_LOG_VIEW));
  g_object_add_weak_pointer (G_OBJECT (fixture.view), (gpointer *)&fixture.view);
  await_text (fixture.view, "err-1", 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (details), "details.open-logs-window",
                                             NULL));
  lading_test_await (log_window_open, NULL, "the log window");
  log_window = find_log_window ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (log_window)), ==,
                   "lading-test-log-details — Logs");
  g_assert_true (lading_log_window_get_container (log_window) ==
                 lading_store_lookup_container (fixture.store, fixture.id));
  await_text (lading_log_window_get_log_view (log_window), "out-2", 1);

  gtk_window_destroy (GTK_WINDOW (log_window));
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/log-view/streams", test_log_view_streams);
  g_test_add_func ("/ui/log-view/follow", test_log_view_follow);
  g_test_add_func ("/ui/log-view/restart", test_log_view_restart);
  g_test_add_func ("/ui/log-view/settings", test_log_view_settings);
  g_test_add_func ("/ui/log-view/older", test_log_view_older);
  g_test_add_func ("/ui/log-view/search", test_log_view_search);
  g_test_add_func ("/ui/log-view/clear", test_log_view_clear);
  g_test_add_func ("/ui/log-view/export", test_log_view_export);
  g_test_add_func ("/ui/log-view/tty", test_log_view_tty);
  g_test_add_func ("/ui/log-view/details", test_log_view_details);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
