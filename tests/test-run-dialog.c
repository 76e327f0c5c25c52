/* test-run-dialog.c
 *
 * The run dialog under Xvfb, against the private engine: bad input is
 * refused as it is typed, on its row, and Run stays off; good input runs
 * the container (pulling its image first from the open test registry when
 * the engine has none); a name in use comes back on the name's row, and
 * nothing more is created.  Every container uses the network "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-run-dialog.h"
#include "lading-test-app.h"
#include "lading-test-form.h"
#include "lading-test-transfer.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

#define NAME "lading-test-run"
#define NETWORK_NONE 1

static LadingApplication *app;

typedef struct
{
  LadingStore     *store;
  LadingTransfers *transfers;
  LadingWindow    *window;
} Fixture;

static gboolean
store_loaded (gpointer data)
{
  return lading_test_store_loaded (data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();

  fixture->store = lading_store_new (engine);
  fixture->transfers = lading_transfers_new ();
  lading_store_start (fixture->store);
  fixture->window = lading_window_new (app, fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  lading_test_await (store_loaded, fixture->store, "the store to load");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = lading_test_find_toplevel (LADING_TYPE_RUN_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->transfers);
  g_clear_object (&fixture->store);
}

static GtkWidget *
dialog_new (Fixture    *fixture,
            const char *image)
{
  GtkWidget *dialog = lading_run_dialog_new (GTK_WINDOW (fixture->window), fixture->store,
                                             fixture->transfers, image);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* A bad value on a row: marked, said, and Run is off until it is fixed. */
static void
assert_refused (GtkWidget  *dialog,
                const char *title,
                const char *text,
                const char *words)
{
  lading_test_form_assert_refused (dialog, title, text, words);
  g_assert_true (lading_test_form_can_submit (dialog));
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *dialog = dialog_new (fixture, "lading-fixture:latest");
  g_autofree char *too_many_cpus = NULL;

  lading_test_form_await_focus (dialog, "Image");
  g_assert_true (lading_test_form_can_submit (dialog));

  assert_refused (dialog, "Name (Optional)", "a", "Use two characters or more");
  assert_refused (dialog, "Command (Optional)", "sh -c 'echo", "A quote is not closed");
  assert_refused (dialog, "Memory Limit (Optional)", "12xb", "Write a size such as 512m");
  too_many_cpus = g_strdup_printf ("%d", lading_engine_get_n_cpus (
                                           lading_store_get_engine (fixture->store)) + 1);
  assert_refused (dialog, "CPU Limit (Optional)", too_many_cpus, "Write a number of CPUs");

  lading_test_form_click (dialog, "Publish a Port");
  assert_refused (dialog, "Port", "80:80:80", "This is not an IP address");
  lading_test_form_click (dialog, "Add a Variable");
  assert_refused (dialog, "Variable", "DEBUG", "Write NAME=value");
  lading_test_form_click (dialog, "Add Storage");
  assert_refused (dialog, "Volume or Folder", "/nonexistent/lading-test:/data",
                  "There is no such file or folder.");
  lading_test_form_click (dialog, "Add a Label");
  assert_refused (dialog, "Label", "=x", "Write NAME=value");
  assert_refused (dialog, "User (Optional)", "a b", "Write a user name or number");
  assert_refused (dialog, "Working Folder (Optional)", "srv", "Write a full path");

  /* The engine refuses a restart policy on a container removed when it stops. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (lading_test_form_row (dialog, "Restart")), 1);
  gtk_switch_set_active (GTK_SWITCH (lading_test_find (lading_test_form_row (dialog, "Remove When Stopped"),
                                                      GTK_TYPE_SWITCH)), TRUE);
  g_assert_false (lading_test_form_can_submit (dialog));
  adw_combo_row_set_selected (ADW_COMBO_ROW (lading_test_form_row (dialog, "Restart")), 0);
  g_assert_true (lading_test_form_can_submit (dialog));

  lading_test_form_set (dialog, "Image", "Lading-Fixture");
  g_assert_false (lading_test_form_can_submit (dialog));
  lading_test_form_await_text (dialog, "Image names are in lowercase letters.");
}

typedef struct
{
  const char *name;
  gboolean    running;
} Expect;

static gboolean
container_running (gpointer data)
{
  Expect *expect = data;
  g_autofree char *path = g_strdup_printf ("/containers/%s/json", expect->name);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  return status == 200 &&
         json_object_get_boolean_member (json_object_get_object_member (json_node_get_object (reply),
                                                                        "State"),
                                         "Running") == expect->running;
}

static gboolean
dialog_gone (gpointer data)
{
  return lading_test_find_toplevel (LADING_TYPE_RUN_DIALOG) == NULL;
}

static void
remove_volume (const char *name)
{
  g_autofree char *path = g_strconcat ("/volumes/", name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("DELETE", path, NULL, &status);
  g_assert_cmpuint (status, ==, 204);
}

static void
fill_and_run (GtkWidget  *dialog,
              const char *name)
{
  lading_test_form_set (dialog, "Name (Optional)", name);
  lading_test_form_set (dialog, "Command (Optional)", "sh -c 'echo \"$GREETING\"; sleep 600'");
  lading_test_form_click (dialog, "Add a Variable");
  lading_test_form_set (dialog, "Variable", "GREETING=hello");
  lading_test_form_click (dialog, "Add Storage");
  lading_test_form_set (dialog, "Volume or Folder", NAME "-data:/data");
  lading_test_form_click (dialog, "Add a Label");
  lading_test_form_set (dialog, "Label", "io.github.lading.test=run-dialog");
  adw_combo_row_set_selected (ADW_COMBO_ROW (lading_test_form_row (dialog, "Network")),
                              NETWORK_NONE);
  g_assert_true (lading_test_form_can_submit (dialog));
  gtk_widget_activate_default (dialog);
}

/* Enter runs it and the window shows it; the same name again is refused on
 * its row, and no second container is made. */
static void
test_run (Fixture       *fixture,
          gconstpointer  data)
{
  GtkWidget *dialog = dialog_new (fixture, "lading-fixture:latest");
  Expect expect = { NAME, TRUE };
  guint n_containers;

  fill_and_run (dialog, NAME);
  lading_test_await (container_running, &expect, "the container to run");
  lading_test_await (dialog_gone, NULL, "the dialog to close");
  n_containers = g_list_model_get_n_items (lading_store_get_containers (fixture->store));

  dialog = dialog_new (fixture, "lading-fixture:latest");
  fill_and_run (dialog, NAME);
  lading_test_form_await_text (dialog, "A container named " NAME " exists already.");
  g_assert_true (gtk_widget_has_css_class (lading_test_form_row (dialog, "Name (Optional)"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (lading_store_get_containers (fixture->store)), ==,
                    n_containers);

  lading_test_remove_container (NAME);
  remove_volume (NAME "-data");
}

/* An image the engine does not have is pulled first, then run. */
static void
test_pull_first (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *name = NULL;
  Expect expect = { NAME "-pulled", TRUE };

  if (!lading_test_have_registries ())
    return;

  name = lading_test_push_fixture ("lading/ui-run:1");
  g_assert_false (lading_test_image_exists (name));

  fill_and_run (dialog_new (fixture, name), expect.name);
  lading_test_await (container_running, &expect, "the pulled image's container to run");
  g_assert_true (lading_test_image_exists (name));

  lading_test_remove_container (expect.name);
  remove_volume (NAME "-data");
  lading_test_remove_image (name);
}

/* New Container… opens it empty: nothing to run yet, and nothing marked. */
static void
test_new_container (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.run-container", "s", "");
  dialog = GTK_WIDGET (lading_test_find_toplevel (LADING_TYPE_RUN_DIALOG));
  g_assert_nonnull (dialog);
  lading_test_form_await_focus (dialog, "Image");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lading_test_form_row (dialog, "Image"))), ==, "");
  g_assert_false (lading_test_form_can_submit (dialog));
  g_assert_false (gtk_widget_has_css_class (lading_test_form_row (dialog, "Image"), "error"));

  lading_test_form_set (dialog, "Image", "lading-fixture");
  g_assert_true (lading_test_form_can_submit (dialog));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add ("/ui/run-dialog/bad-input", Fixture, NULL, fixture_set_up, test_bad_input,
              fixture_tear_down);
  g_test_add ("/ui/run-dialog/new-container", Fixture, NULL, fixture_set_up, test_new_container,
              fixture_tear_down);
  g_test_add ("/ui/run-dialog/run", Fixture, NULL, fixture_set_up, test_run, fixture_tear_down);
  g_test_add ("/ui/run-dialog/pull-first", Fixture, NULL, fixture_set_up, test_pull_first,
              fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
