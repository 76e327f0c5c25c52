/* test-terminal.c
 *
 * Container terminals under Xvfb, against the private engine: the terminal
 * reports its grid once per change; a shell found by probing (the fixture
 * has ash, no bash) runs what is typed through VteTerminal::commit and says
 * how it exited; attach is interactive on a TTY with open stdin and
 * read-only otherwise, and ends with the container; closing a live shell
 * asks first; the details page opens the container's terminal window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-application.h"
#include "lading-container-details.h"
#include "lading-containers-page.h"
#include "lading-list-view.h"
#include "lading-terminal-window.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

static LadingApplication *app;

typedef struct
{
  LadingStore          *store;
  LadingTerminalWindow *window;
  char                 *id;
} Fixture;

static gboolean
store_has_running (gpointer data)
{
  Fixture *fixture = data;
  LadingContainer *container = lading_store_lookup_container (fixture->store, fixture->id);

  return container != NULL &&
         lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING;
}

/* A running container made with @extra_json, in a live store. */
static void
fixture_set_up (Fixture    *fixture,
                const char *name,
                const char *extra_json)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->store = lading_store_new (engine);
  lading_store_start (fixture->store);
  lading_test_await (lading_test_store_loaded, fixture->store, "the store to load");

  fixture->id = lading_test_create_container (name, extra_json);
  lading_test_container_action (fixture->id, "start", 204);
  lading_test_await (store_has_running, fixture, "the store to see the container run");
}

static LadingTerminalWindow *
fixture_new_window (Fixture *fixture)
{
  LadingContainer *container = lading_store_lookup_container (fixture->store, fixture->id);

  fixture->window = lading_terminal_window_new (GTK_APPLICATION (app),
                                                lading_store_get_engine (fixture->store),
                                                container);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *)&fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  return fixture->window;
}

static gboolean
window_gone (gpointer data)
{
  return ((Fixture *)data)->window == NULL;
}

static void
fixture_tear_down (Fixture *fixture)
{
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      lading_test_await (window_gone, fixture, "the terminal window to be freed");
    }

  lading_test_remove_container (fixture->id);
  g_object_unref (fixture->store);
  g_free (fixture->id);
}

typedef struct
{
  LadingTerminalTab *tab;
  const char        *text;
} TextExpect;

static char *
dup_text (LadingTerminalTab *tab)
{
  return vte_terminal_get_text (VTE_TERMINAL (lading_terminal_tab_get_terminal (tab)),
                                NULL, NULL, NULL);
}

static gboolean
input_enabled (LadingTerminalTab *tab)
{
  return vte_terminal_get_input_enabled (VTE_TERMINAL (lading_terminal_tab_get_terminal (tab)));
}

static gboolean
shows_text (gpointer data)
{
  TextExpect *expect = data;
  g_autofree char *text = dup_text (expect->tab);

  return strstr (text, expect->text) != NULL;
}

static void
await_text (LadingTerminalTab *tab,
            const char        *text)
{
  TextExpect expect = { tab, text };
  g_autofree char *what = g_strdup_printf ("the terminal to show “%s”", text);

  lading_test_await (shows_text, &expect, what);
}

static gboolean
tab_running (gpointer data)
{
  return lading_terminal_tab_get_state (data) == LADING_TERMINAL_SESSION_RUNNING;
}

static gboolean
tab_ended (gpointer data)
{
  return lading_terminal_tab_get_state (data) == LADING_TERMINAL_SESSION_ENDED;
}

/* As typing does: VTE sends it through ::commit. */
static void
type_text (LadingTerminalTab *tab,
           const char        *text)
{
  vte_terminal_feed_child (VTE_TERMINAL (lading_terminal_tab_get_terminal (tab)), text, -1);
}

/* Whether the last TTY size the shell printed ("tty-size=24 80.") is the
 * terminal's grid as it is now. */
static gboolean
tty_size_matches_grid (gpointer data)
{
  LadingTerminalTab *tab = data;
  VteTerminal *terminal = VTE_TERMINAL (lading_terminal_tab_get_terminal (tab));
  g_autofree char *text = dup_text (tab);
  g_autofree char *grid = g_strdup_printf ("tty-size=%ld %ld.",
                                           vte_terminal_get_row_count (terminal),
                                           vte_terminal_get_column_count (terminal));
  const char *last = NULL;

  /* The typed command shows "tty-size=$s." too: only printed sizes count. */
  for (const char *found = text; (found = strstr (found, "tty-size=")) != NULL; found++)
    if (g_ascii_isdigit (found[strlen ("tty-size=")]))
      last = found;

  return last != NULL && g_str_has_prefix (last, grid);
}

/* The TTY's size as the process sees it follows the terminal's grid: the
 * shell prints each size it sees until it has the grid's (no sleeps in the
 * test).  The grid may still change while the shell waits, as the window
 * settles: the shell then goes on printing, and the test waits for the
 * size the grid has at last. */
static void
await_tty_size (LadingTerminalTab *tab)
{
  VteTerminal *terminal = VTE_TERMINAL (lading_terminal_tab_get_terminal (tab));
  g_autofree char *command = NULL;

  command = g_strdup_printf ("p=; i=0; while [ $i -lt 300 ]; do s=$(stty size); "
                             "[ \"$s\" != \"$p\" ] && echo \"tty-size=$s.\" && p=$s; "
                             "[ \"$s\" = \"%ld %ld\" ] && break; sleep 0.1; i=$((i+1)); done\r",
                             vte_terminal_get_row_count (terminal),
                             vte_terminal_get_column_count (terminal));
  type_text (tab, command);
  lading_test_await (tty_size_matches_grid, tab, "the TTY size to follow the terminal's grid");
}

static gboolean
container_running (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/json", id);
  g_autoptr(JsonNode) reply = NULL;
  JsonObject *state;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  state = json_object_get_object_member (json_node_get_object (reply), "State");

  return json_object_get_boolean_member (state, "Running");
}

/* How many processes run in the container, by `GET /containers/{id}/top`. */
static guint
count_processes (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/top", id);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);

  return json_array_get_length (json_object_get_array_member (json_node_get_object (reply),
                                                              "Processes"));
}

typedef struct
{
  const char *id;
  guint       n_processes;
} ProcessesExpect;

static gboolean
processes_counted (gpointer data)
{
  ProcessesExpect *expect = data;

  return count_processes (expect->id) == expect->n_processes;
}

typedef struct
{
  guint n_changes;
  guint rows;
  guint columns;
} GridSeen;

static void
grid_changed_cb (LadingTerminal *terminal,
                 guint           rows,
                 guint           columns,
                 GridSeen       *seen)
{
  seen->n_changes++;
  seen->rows = rows;
  seen->columns = columns;
}

static gboolean
grid_reported (gpointer data)
{
  return ((GridSeen *)data)->n_changes > 0;
}

static gboolean
grid_reported_twice (gpointer data)
{
  return ((GridSeen *)data)->n_changes > 1;
}

/* Zooming out fits more cells in the same space: one report per change,
 * with the grid the terminal has. */
static void
test_terminal_grid_changed (void)
{
  GtkWidget *window = gtk_window_new ();
  LadingTerminal *terminal = lading_terminal_new ();
  GridSeen seen = { 0 };
  guint columns;

  g_object_ref_sink (terminal);
  g_signal_connect (terminal, "grid-changed", G_CALLBACK (grid_changed_cb), &seen);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (terminal));
  gtk_window_present (GTK_WINDOW (window));

  lading_test_await (grid_reported, &seen, "the first grid");
  g_assert_cmpuint (seen.n_changes, ==, 1);
  g_assert_cmpuint (seen.rows, ==, vte_terminal_get_row_count (VTE_TERMINAL (terminal)));
  g_assert_cmpuint (seen.columns, ==, vte_terminal_get_column_count (VTE_TERMINAL (terminal)));
  g_assert_cmpuint (seen.rows, >, 0);
  columns = seen.columns;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (terminal), "terminal.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (terminal), "terminal.zoom-out", NULL));
  lading_test_await (grid_reported_twice, &seen, "the grid after zooming out");
  g_assert_cmpuint (seen.n_changes, ==, 2);
  g_assert_cmpuint (seen.columns, >, columns);
  g_assert_cmpuint (seen.columns, ==, vte_terminal_get_column_count (VTE_TERMINAL (terminal)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (terminal);
}

static void
commit_cb (VteTerminal *terminal,
           const char  *text,
           guint        size,
           GString     *committed)
{
  g_string_append_len (committed, text, size);
}

static gboolean
terminal_shows_copy_me (gpointer data)
{
  g_autofree char *text = vte_terminal_get_text (data, NULL, NULL, NULL);

  return strstr (text, "copy me") != NULL;
}

static gboolean
has_selection (gpointer data)
{
  return vte_terminal_get_has_selection (data);
}

static gboolean
pasted (gpointer data)
{
  return strstr (((GString *)data)->str, "copy me") != NULL;
}

/* Copy takes the selection to the clipboard and Paste types it back,
 * through ::commit like any typing. */
static void
test_terminal_copy_paste (void)
{
  GtkWidget *window = gtk_window_new ();
  LadingTerminal *terminal = lading_terminal_new ();
  g_autoptr(GString) committed = g_string_new (NULL);

  g_object_ref_sink (terminal);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (terminal));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (terminal, "commit", G_CALLBACK (commit_cb), committed);

  /* VTE reads what it is fed on its own time. */
  vte_terminal_feed (VTE_TERMINAL (terminal), "copy me", -1);
  lading_test_await (terminal_shows_copy_me, terminal, "the text to copy");
  vte_terminal_select_all (VTE_TERMINAL (terminal));
  lading_test_await (has_selection, terminal, "the selection");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (terminal), "terminal.copy", NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (terminal), "terminal.paste", NULL));
  lading_test_await (pasted, committed, "the paste");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (terminal);
}

static void
test_terminal_shell (void)
{
  Fixture fixture = { 0 };
  LadingTerminalTab *tab;
  LadingTerminalSession *session;
  AdwTabPage *page;

  fixture_set_up (&fixture, "lading-test-terminal-shell", NULL);
  tab = lading_terminal_window_add_shell (fixture_new_window (&fixture), NULL, NULL);
  lading_test_await (tab_running, tab, "the shell to start");

  /* The fixture image is busybox: ash, but no bash. */
  g_assert_cmpstr (lading_terminal_tab_get_title (tab), ==, "ash");
  page = adw_tab_view_get_page (lading_terminal_window_get_tab_view (fixture.window),
                                GTK_WIDGET (tab));
  g_assert_cmpstr (adw_tab_page_get_title (page), ==, "ash");
  session = lading_terminal_tab_get_session (tab);
  g_assert_true (lading_terminal_session_get_interactive (session));

  /* The shell, not the terminal, did the sum. */
  type_text (tab, "echo lading-$((6*7))\r");
  await_text (tab, "lading-42");
  await_tty_size (tab);

  type_text (tab, "exit 3\r");
  lading_test_await (tab_ended, tab, "the shell to end");
  await_text (tab, "Shell exited with code 3");
  g_assert_cmpint (lading_terminal_session_get_exit_code (session), ==, 3);
  g_assert_nonnull (adw_tab_page_get_indicator_icon (page));
  g_assert_cmpstr (adw_tab_page_get_indicator_tooltip (page), ==, "Exited with code 3");
  g_assert_false (input_enabled (tab));

  fixture_tear_down (&fixture);
}

static void
test_terminal_custom_shell (void)
{
  Fixture fixture = { 0 };
  const char * const argv[] = { "/bin/sh", NULL };
  LadingTerminalTab *tab;

  fixture_set_up (&fixture, "lading-test-terminal-custom", NULL);
  tab = lading_terminal_window_add_shell (fixture_new_window (&fixture), argv, "1234");
  lading_test_await (tab_running, tab, "the shell to start");
  g_assert_cmpstr (lading_terminal_tab_get_title (tab), ==, "sh — 1234");

  type_text (tab, "echo I am $(id -u)\r");
  await_text (tab, "I am 1234");

  fixture_tear_down (&fixture);
}

static AdwMessageDialog *
find_dialog (void)
{
  return (AdwMessageDialog *)lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* Closing a live shell asks, and hangs it up with what runs in it; an ended
 * one goes at once; the last tab takes the window with it. */
static void
test_terminal_close_asks (void)
{
  Fixture fixture = { 0 };
  LadingTerminalTab *live, *ended;
  AdwTabView *tab_view;
  ProcessesExpect expect;

  fixture_set_up (&fixture, "lading-test-terminal-close", NULL);
  ended = lading_terminal_window_add_shell (fixture_new_window (&fixture), NULL, NULL);
  live = lading_terminal_window_add_shell (fixture.window, NULL, NULL);
  tab_view = lading_terminal_window_get_tab_view (fixture.window);
  lading_test_await (tab_running, live, "the second shell to start");
  lading_test_await (tab_running, ended, "the first shell to start");
  type_text (ended, "exit\r");
  lading_test_await (tab_ended, ended, "the first shell to end");

  adw_tab_view_close_page (tab_view, adw_tab_view_get_page (tab_view, GTK_WIDGET (live)));
  lading_test_await (dialog_shown, NULL, "the question");
  adw_message_dialog_response (find_dialog (), "cancel");
  g_assert_cmpint (adw_tab_view_get_n_pages (tab_view), ==, 2);
  g_assert_cmpint (lading_terminal_tab_get_state (live), ==, LADING_TERMINAL_SESSION_RUNNING);

  adw_tab_view_close_page (tab_view, adw_tab_view_get_page (tab_view, GTK_WIDGET (ended)));
  g_assert_null (find_dialog ());
  g_assert_cmpint (adw_tab_view_get_n_pages (tab_view), ==, 1);

  /* The container's own process, the shell and a program started in it. */
  type_text (live, "sleep 600 &\r");
  expect = (ProcessesExpect) { fixture.id, 3 };
  lading_test_await (processes_counted, &expect, "the shell and its sleep to run");

  adw_tab_view_close_page (tab_view, adw_tab_view_get_page (tab_view, GTK_WIDGET (live)));
  lading_test_await (dialog_shown, NULL, "the question");
  adw_message_dialog_response (find_dialog (), "close");
  lading_test_await (window_gone, &fixture, "the window to close with its last tab");
  expect.n_processes = 1;
  lading_test_await (processes_counted, &expect, "the closed shell and its sleep to end");

  fixture_tear_down (&fixture);
}

static gboolean
tab_session_interactive (gpointer data)
{
  LadingTerminalSession *session = lading_terminal_tab_get_session (data);

  return session != NULL && lading_terminal_session_get_interactive (session);
}

static void
test_terminal_attach_tty (void)
{
  Fixture fixture = { 0 };
  LadingTerminalTab *tab;
  AdwTabView *tab_view;

  fixture_set_up (&fixture, "lading-test-terminal-attach",
                  "\"Cmd\":[\"sh\"],\"Tty\":true,\"OpenStdin\":true");
  tab = lading_terminal_window_add_attach (fixture_new_window (&fixture));
  lading_test_await (tab_running, tab, "the attach");
  lading_test_await (tab_session_interactive, tab, "an interactive attach");
  g_assert_cmpstr (lading_terminal_tab_get_title (tab), ==, "Attached");

  type_text (tab, "echo at$((1+1))\r");
  await_text (tab, "at2");
  await_tty_size (tab);

  /* Closing the tab detaches: the container runs on. */
  tab_view = lading_terminal_window_get_tab_view (fixture.window);
  adw_tab_view_close_page (tab_view, adw_tab_view_get_page (tab_view, GTK_WIDGET (tab)));
  g_assert_null (find_dialog ());
  lading_test_await (window_gone, &fixture, "the window to close with its last tab");
  g_assert_true (container_running (fixture.id));

  fixture_tear_down (&fixture);
}

static gboolean
lines_start_left (gpointer data)
{
  LadingTerminalTab *tab = data;
  g_autofree char *text = dup_text (tab);

  /* Without "\n" → "\r\n" the second line would start where the first ended. */
  return strstr (text, "\nline-") != NULL;
}

/* Without a TTY the output is demuxed, and nothing is sent; the stream ends
 * with the container, and the terminal says so. */
static void
test_terminal_attach_read_only (void)
{
  Fixture fixture = { 0 };
  LadingTerminalTab *tab;
  LadingTerminalSession *session;

  fixture_set_up (&fixture, "lading-test-terminal-attach-ro",
                  "\"Cmd\":[\"sh\",\"-c\",\"trap 'exit 0' TERM; "
                  "i=0; while :; do echo line-$i; i=$((i+1)); sleep 0.2; done\"]");
  tab = lading_terminal_window_add_attach (fixture_new_window (&fixture));
  lading_test_await (tab_running, tab, "the attach");
  session = lading_terminal_tab_get_session (tab);
  g_assert_false (lading_terminal_session_get_interactive (session));
  g_assert_false (input_enabled (tab));
  g_assert_cmpstr (lading_terminal_tab_get_title (tab), ==, "Attached (read-only)");
  lading_test_await (lines_start_left, tab, "two lines, each at the left edge");

  lading_test_container_action (fixture.id, "stop", 204);
  lading_test_await (tab_ended, tab, "the attach to end with the container");
  await_text (tab, "The container stopped");

  fixture_tear_down (&fixture);
}

/* A container stopping under a shell ends the shell's tab too. */
static void
test_terminal_shell_container_stops (void)
{
  Fixture fixture = { 0 };
  LadingTerminalTab *tab;

  fixture_set_up (&fixture, "lading-test-terminal-stop", NULL);
  tab = lading_terminal_window_add_shell (fixture_new_window (&fixture), NULL, NULL);
  lading_test_await (tab_running, tab, "the shell to start");

  lading_test_container_action (fixture.id, "stop", 204);
  lading_test_await (tab_ended, tab, "the shell to end with the container");
  await_text (tab, "Shell exited with code");

  fixture_tear_down (&fixture);
}

static gboolean
terminal_window_open (gpointer data)
{
  Fixture *fixture = data;

  fixture->window = lading_terminal_window_lookup (GTK_APPLICATION (app), fixture->id);

  return fixture->window != NULL;
}

static gboolean
shows_label (gpointer data)
{
  return lading_test_shows_text (data, "The custom shell command cannot be read");
}

/* The button half of the details page's Open Shell split button. */
static GtkWidget *
find_open_shell_button (GtkWidget *details)
{
  return lading_test_find (lading_test_find (details, ADW_TYPE_SPLIT_BUTTON), GTK_TYPE_BUTTON);
}

static gboolean
open_shell_insensitive (gpointer data)
{
  return !gtk_widget_get_sensitive (find_open_shell_button (data));
}

/* Open Shell and Custom Shell on the details page open the container's
 * terminal window, and more shells go into the same window. */
static void
test_terminal_from_details (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GSettings) settings = NULL;
  LadingWindow *main_window;
  GtkWidget *details;
  LadingTerminalTab *tab;
  AdwTabView *tab_view;

  fixture_set_up (&fixture, "lading-test-terminal-details", NULL);
  main_window = lading_window_new (app, fixture.store, NULL);
  gtk_window_present (GTK_WINDOW (main_window));
  g_signal_emit_by_name (lading_test_find (GTK_WIDGET (main_window), LADING_TYPE_LIST_VIEW),
                         "item-activated",
                         lading_store_lookup_container (fixture.store, fixture.id));
  details = lading_test_find (GTK_WIDGET (main_window), LADING_TYPE_CONTAINER_DETAILS);
  g_assert_nonnull (details);

  /* A custom command that cannot be split opens nothing, and says why. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "shell-command", "sh -c 'unfinished");
  g_assert_true (gtk_widget_activate_action (details, "details.open-custom-shell", NULL));
  g_assert_null (lading_terminal_window_lookup (GTK_APPLICATION (app), fixture.id));
  lading_test_await (shows_label, main_window, "a toast about the command");

  /* The custom shell's command and user come from the popover's settings. */
  g_settings_set_string (settings, "shell-command", "/bin/sh -l");
  g_settings_set_string (settings, "shell-user", "1234");
  g_assert_true (gtk_widget_activate_action (details, "details.open-custom-shell", NULL));
  lading_test_await (terminal_window_open, &fixture, "the terminal window");
  g_object_add_weak_pointer (G_OBJECT (fixture.window), (gpointer *)&fixture.window);
  tab_view = lading_terminal_window_get_tab_view (fixture.window);
  tab = LADING_TERMINAL_TAB (adw_tab_page_get_child (adw_tab_view_get_nth_page (tab_view, 0)));
  g_assert_cmpstr (lading_terminal_tab_get_title (tab), ==, "sh — 1234");

  /* More go into the same window. */
  g_assert_true (gtk_widget_activate_action (details, "details.open-shell", NULL));
  g_assert_true (gtk_widget_activate_action (details, "details.attach", NULL));
  g_assert_true (lading_terminal_window_lookup (GTK_APPLICATION (app), fixture.id) ==
                 fixture.window);
  g_assert_cmpint (adw_tab_view_get_n_pages (tab_view), ==, 3);
  lading_test_await (tab_running, tab, "the shell to start");

  /* Not running: nothing to open a shell in. */
  g_assert_true (gtk_widget_get_sensitive (find_open_shell_button (details)));
  lading_test_container_action (fixture.id, "stop", 204);
  lading_test_await (tab_ended, tab, "the shell to end with the container");
  lading_test_await (open_shell_insensitive, details, "Open Shell to be disabled");

  gtk_window_destroy (GTK_WINDOW (main_window));
  fixture_tear_down (&fixture);
}

/* The row menu's Open Shell and Attach act on the selected container. */
static void
test_terminal_from_containers_page (void)
{
  Fixture fixture = { 0 };
  LadingWindow *main_window;
  GtkWidget *page;
  /* No ids: the selection, as from the row menu. */
  const char * const ids[] = { NULL };
  AdwTabView *tab_view;
  LadingTerminalTab *tab;

  fixture_set_up (&fixture, "lading-test-terminal-page", NULL);
  main_window = lading_window_new (app, fixture.store, NULL);
  gtk_window_present (GTK_WINDOW (main_window));
  page = lading_test_find (GTK_WIDGET (main_window), LADING_TYPE_CONTAINERS_PAGE);
  g_assert_nonnull (page);

  /* As the row menu does: the row under the pointer is selected first. */
  lading_list_view_select_item (LADING_LIST_VIEW (lading_test_find (page, LADING_TYPE_LIST_VIEW)),
                                lading_store_lookup_container (fixture.store, fixture.id));
  g_assert_true (gtk_widget_activate_action (page, "container.open-shell", "^as", ids));
  lading_test_await (terminal_window_open, &fixture, "the terminal window");
  g_object_add_weak_pointer (G_OBJECT (fixture.window), (gpointer *)&fixture.window);
  g_assert_true (gtk_widget_activate_action (page, "container.attach", "^as", ids));
  tab_view = lading_terminal_window_get_tab_view (fixture.window);
  g_assert_cmpint (adw_tab_view_get_n_pages (tab_view), ==, 2);
  tab = LADING_TERMINAL_TAB (adw_tab_page_get_child (adw_tab_view_get_nth_page (tab_view, 0)));
  g_assert_true (lading_terminal_tab_get_is_shell (tab));
  tab = LADING_TERMINAL_TAB (adw_tab_page_get_child (adw_tab_view_get_nth_page (tab_view, 1)));
  g_assert_false (lading_terminal_tab_get_is_shell (tab));
  lading_test_await (tab_running, tab, "the attach");

  gtk_window_destroy (GTK_WINDOW (main_window));
  fixture_tear_down (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/terminal/grid-changed", test_terminal_grid_changed);
  g_test_add_func ("/ui/terminal/copy-paste", test_terminal_copy_paste);
  g_test_add_func ("/ui/terminal/shell", test_terminal_shell);
  g_test_add_func ("/ui/terminal/custom-shell", test_terminal_custom_shell);
  g_test_add_func ("/ui/terminal/close-asks", test_terminal_close_asks);
  g_test_add_func ("/ui/terminal/attach-tty", test_terminal_attach_tty);
  g_test_add_func ("/ui/terminal/attach-read-only", test_terminal_attach_read_only);
  g_test_add_func ("/ui/terminal/shell-container-stops", test_terminal_shell_container_stops);
  g_test_add_func ("/ui/terminal/from-details", test_terminal_from_details);
  g_test_add_func ("/ui/terminal/from-containers-page", test_terminal_from_containers_page);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
