/* test-pull.c
 *
 * Pulling from the Images page, under Xvfb, against the private engine and
 * the open test registry: the dialog checks the name as it is typed, Enter
 * pulls, the pull shows in the header's transfers popover after the dialog
 * closed, and the image gets its row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lading-image-transfer.h"
#include "lading-images-page.h"
#include "lading-pull-dialog.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-transfer-row.h"
#include "lading-transfers-button.h"
#include "lading-window.h"

static LadingApplication *app;

static gboolean
store_loaded (gpointer data)
{
  return lading_test_store_loaded (data);
}

static LadingPullDialog *
find_pull_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (LADING_IS_PULL_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return LADING_PULL_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
pull_dialog_gone (gpointer data)
{
  return find_pull_dialog () == NULL;
}

static gboolean
dialog_has_focus (gpointer data)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (data));
  GtkWidget *row = lading_test_find (GTK_WIDGET (data), ADW_TYPE_ENTRY_ROW);

  return focus != NULL && gtk_widget_is_ancestor (focus, row);
}

static gboolean
is_pull_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action");
}

static void
type_name (LadingPullDialog *dialog,
           const char       *text)
{
  lading_pull_dialog_set_reference (dialog, text);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} TextExpect;

static gboolean
shows_text (gpointer data)
{
  TextExpect *expect = data;

  return lading_test_shows_text (expect->root, expect->text);
}

static gboolean
transfer_row_shown (gpointer data)
{
  return lading_test_find (data, LADING_TYPE_TRANSFER_ROW) != NULL;
}

static gboolean
transfer_ended (gpointer data)
{
  GtkWidget *row = lading_test_find (data, LADING_TYPE_TRANSFER_ROW);

  return row != NULL && lading_image_transfer_get_state (lading_transfer_row_get_transfer (
                          LADING_TRANSFER_ROW (row))) != LADING_IMAGE_TRANSFER_RUNNING;
}

/* Puts lading-fixture in the open registry as lading/ui-pull:1 and forgets it here. */
static char *
push_fixture (LadingEngine *engine)
{
  g_autofree char *repository = g_strconcat (g_getenv ("LADING_TEST_REGISTRY"),
                                             "/lading/ui-pull", NULL);
  g_autofree char *escaped = g_uri_escape_string (repository, NULL, FALSE);
  g_autofree char *tag_path = g_strdup_printf ("/images/lading-fixture:latest/tag?repo=%s&tag=1",
                                               escaped);
  g_autofree char *name = g_strconcat (repository, ":1", NULL);
  g_autoptr(LadingImageReference) reference = lading_image_reference_parse (name, NULL);
  g_autoptr(LadingImageTransfer) push = lading_image_transfer_new_push (engine, reference);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint status = 0;

  reply = lading_test_api ("POST", tag_path, NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  lading_image_transfer_run_async (push, NULL, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "the push");
  lading_image_transfer_run_finish (push, result, &error);
  g_assert_no_error (error);
  lading_test_remove_image (name);

  return g_steal_pointer (&name);
}

static void
test_pull_from_dialog (void)
{
  g_autoptr(LadingEngine) engine = lading_test_connected_engine_new ();
  g_autoptr(LadingStore) store = NULL;
  g_autofree char *name = NULL;
  g_autofree char *pulls_hint = NULL;
  LadingPullDialog *dialog;
  LadingWindow *window;
  GtkWidget *pull_button;
  GtkWidget *transfers_button;
  g_autofree char *pulled_title = NULL;
  g_autofree char *repository = NULL;
  GtkWidget *transfer_row;
  TextExpect image_row = { NULL, NULL };

  if (g_getenv ("LADING_TEST_REGISTRY") == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }

  name = push_fixture (engine);
  store = lading_store_new (lading_test_engine_new ());
  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, store, "the store to load");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (window),
                                                                          ADW_TYPE_VIEW_STACK)),
                                         "images");
  transfers_button = lading_test_find (GTK_WIDGET (window), LADING_TYPE_TRANSFERS_BUTTON);
  g_assert_false (gtk_widget_get_visible (transfers_button));

  gtk_widget_activate_action (lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGES_PAGE),
                              "images.pull", NULL);
  dialog = find_pull_dialog ();
  g_assert_nonnull (dialog);
  lading_test_await (dialog_has_focus, dialog, "the name field to have the focus");
  pull_button = lading_test_find_matching (GTK_WIDGET (dialog), is_pull_button, NULL);
  g_assert_false (gtk_widget_get_sensitive (pull_button));

  /* Wrong names say why, and pull nothing. */
  type_name (dialog, "Lading/UI-Pull");
  g_assert_false (gtk_widget_get_sensitive (pull_button));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (dialog), "Image names are in lowercase letters."));
  type_name (dialog, "busybox::1");
  g_assert_false (gtk_widget_get_sensitive (pull_button));
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  g_assert_true (find_pull_dialog () == dialog);

  /* A valid one says what it pulls; Enter pulls it. */
  type_name (dialog, name);
  g_assert_true (gtk_widget_get_sensitive (pull_button));
  pulls_hint = g_strconcat ("Pulls ", name, NULL);
  g_assert_true (lading_test_shows_text (GTK_WIDGET (dialog), pulls_hint));
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  lading_test_await (pull_dialog_gone, NULL, "the dialog to close");

  /* The pull lives on in the header. */
  g_assert_true (gtk_widget_get_visible (transfers_button));
  lading_test_await (transfer_row_shown, transfers_button, "the pull's row");
  lading_test_await (transfer_ended, transfers_button, "the pull to end");
  transfer_row = lading_test_find (transfers_button, LADING_TYPE_TRANSFER_ROW);
  g_assert_cmpint (lading_image_transfer_get_state (lading_transfer_row_get_transfer (
                     LADING_TRANSFER_ROW (transfer_row))), ==, LADING_IMAGE_TRANSFER_SUCCEEDED);
  pulled_title = g_strconcat ("Pulled ", name, NULL);
  g_assert_true (lading_test_shows_text (transfers_button, pulled_title));
  g_assert_true (lading_test_image_exists (name));

  /* The engine's "pull" event brings the row. */
  image_row.root = GTK_WIDGET (window);
  image_row.text = repository = g_strndup (name, strrchr (name, ':') - name);
  lading_test_await (shows_text, &image_row, "the image's row");

  gtk_window_destroy (GTK_WINDOW (window));
  lading_test_remove_image (name);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/pull/from-dialog", test_pull_from_dialog);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
