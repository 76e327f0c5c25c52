/* test-images-page.c
 *
 * The Images page under Xvfb, against the private engine and the open test
 * registry.  Pull: the dialog checks the name as it is typed, Enter pulls,
 * the pull shows in the header's transfers popover after the dialog
 * closed, and the image gets its row.  Tag, remove and prune: each asks
 * first, naming what goes, and the rows follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-details.h"
#include "lading-image-tag.h"
#include "lading-image-transfer.h"
#include "lading-images-page.h"
#include "lading-login-dialog.h"
#include "lading-pull-dialog.h"
#include "lading-registry-browser.h"
#include "lading-test-app.h"
#include "lading-test-transfer.h"
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
  return (LadingPullDialog *)lading_test_find_toplevel (LADING_TYPE_PULL_DIALOG);
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

static gboolean
pull_not_found (gpointer data)
{
  GtkWidget *row = lading_test_find (data, LADING_TYPE_TRANSFER_ROW);
  LadingImageTransfer *transfer = row != NULL
                                  ? lading_transfer_row_get_transfer (LADING_TRANSFER_ROW (row))
                                  : NULL;

  return transfer != NULL &&
         g_error_matches (lading_image_transfer_get_error (transfer), LADING_ENGINE_ERROR,
                          LADING_ENGINE_ERROR_NOT_FOUND);
}

/* A window on the Images page, its store loaded. */
static LadingWindow *
images_window_new (LadingStore **store_out)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  LadingStore *store = lading_store_new (engine);
  LadingWindow *window;

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, store, "the store to load");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (window),
                                                                          ADW_TYPE_VIEW_STACK)),
                                         "images");
  *store_out = store;

  return window;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return (AdwMessageDialog *)lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
message_dialog_gone (gpointer data)
{
  return find_message_dialog () == NULL;
}

static gboolean
hides_text (gpointer data)
{
  return !shows_text (data);
}

/* Selects the row that shows @text and runs @action on it. */
static void
act_on_row (LadingWindow *window,
            const char   *text,
            const char   *action)
{
  GtkWidget *page = lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGES_PAGE);
  LadingListView *list_view = lading_images_page_get_list_view (LADING_IMAGES_PAGE (page));
  GListModel *rows = lading_list_view_get_model (list_view);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LadingImageTag) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (lading_image_tag_get_repo_tag (row), text) == 0)
        {
          g_assert_true (lading_list_view_select_item (list_view, row));
          gtk_widget_activate_action (page, action, NULL);
          return;
        }
    }

  g_assert_not_reached ();
}

/* Tag asks for the name and says what it will be; Enter names the image. */
static void
test_tag (void)
{
  g_autoptr(LadingStore) store = NULL;
  LadingWindow *window = images_window_new (&store);
  TextExpect new_row = { GTK_WIDGET (window), "lading-test-page-tag" };
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  lading_test_await (shows_text, &(TextExpect) { GTK_WIDGET (window), "lading-fixture" },
                     "the fixture's row");
  act_on_row (window, "lading-fixture:latest", "image.tag");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  /* The current name is not a new one. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "tag"));
  entry = GTK_EDITABLE (lading_test_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY));
  gtk_editable_set_text (entry, "Lading-Test-Page-Tag:1");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "tag"));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (dialog), "lowercase"));
  gtk_editable_set_text (entry, "lading-test-page-tag:1");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "tag"));
  g_assert_true (lading_test_shows_text (GTK_WIDGET (dialog),
                                         "Names it docker.io/library/lading-test-page-tag:1"));
  g_signal_emit_by_name (entry, "activate");
  lading_test_await (message_dialog_gone, NULL, "the dialog to close");
  lading_test_await (shows_text, &new_row, "the new name's row");
  g_assert_true (lading_test_image_exists ("lading-test-page-tag:1"));

  gtk_window_destroy (GTK_WINDOW (window));
  lading_test_remove_image ("lading-test-page-tag:1");
}

/* The fixture has two names: removing one asks, and removes that one only. */
static void
test_remove_name (void)
{
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(JsonNode) reply = NULL;
  LadingWindow *window;
  TextExpect row = { NULL, "lading-test-page-remove" };
  AdwMessageDialog *dialog;
  guint status = 0;

  reply = lading_test_api ("POST", "/images/lading-fixture:latest/tag?repo=lading-test-page-remove"
                           "&tag=1", NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  window = images_window_new (&store);
  row.root = GTK_WIDGET (window);
  lading_test_await (shows_text, &row, "the row to remove");

  act_on_row (window, "lading-test-page-remove:1", "image.remove");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Remove the Name"));
  g_assert_true (adw_message_dialog_has_response (dialog, "remove"));
  adw_message_dialog_response (dialog, "remove");
  gtk_window_close (GTK_WINDOW (dialog));
  lading_test_await (hides_text, &row, "the name's row to go");
  g_assert_true (lading_test_image_exists ("lading-fixture:latest"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An image a container uses: the question names the container, and the
 * answer goes by force. */
static void
test_remove_used (void)
{
  g_autoptr(LadingStore) store = NULL;
  g_autoptr(JsonNode) committed = NULL;
  g_autofree char *source = lading_test_create_container ("lading-test-page-source", NULL);
  g_autofree char *commit_path = g_strdup_printf ("/commit?container=%s"
                                                  "&repo=lading-test-page-used&tag=1", source);
  g_autofree char *user = NULL;
  LadingWindow *window;
  TextExpect row = { NULL, "lading-test-page-used" };
  AdwMessageDialog *dialog;
  guint status = 0;

  committed = lading_test_api ("POST", commit_path, "{}", &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_remove_container (source);
  user = lading_test_create_script_container ("lading-test-page-user", "true",
                                              "\"Image\":\"lading-test-page-used:1\"");
  window = images_window_new (&store);
  row.root = GTK_WIDGET (window);
  lading_test_await (shows_text, &row, "the row to remove");

  act_on_row (window, "lading-test-page-used:1", "image.remove");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“lading-test-page-user”"));
  g_assert_false (adw_message_dialog_has_response (dialog, "remove"));
  adw_message_dialog_response (dialog, "force");
  gtk_window_close (GTK_WINDOW (dialog));
  lading_test_await (hides_text, &row, "the image's row to go");
  g_assert_false (lading_test_image_exists ("lading-test-page-used:1"));

  gtk_window_destroy (GTK_WINDOW (window));
  lading_test_remove_container (user);
}

static gboolean
details_loaded (gpointer data)
{
  GtkWidget *details = lading_test_find (data, LADING_TYPE_IMAGE_DETAILS);

  return details != NULL && lading_image_details_get_loaded (LADING_IMAGE_DETAILS (details));
}

static gboolean
is_empty_layer_row (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_has_css_class (widget, "lading-empty-layer");
}

static gboolean
is_layer_row (GtkWidget     *widget,
              gconstpointer  data)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return GTK_IS_LIST_BOX_ROW (widget) && parent != NULL &&
         gtk_widget_has_css_class (parent, "lading-history");
}

/* The fixture's page: its config, and its history with the steps that made
 * no layer dimmed. */
static void
test_details (void)
{
  g_autoptr(LadingStore) store = NULL;
  LadingWindow *window = images_window_new (&store);
  GtkWidget *details;

  lading_test_await (shows_text, &(TextExpect) { GTK_WIDGET (window), "lading-fixture" },
                     "the fixture's row");
  act_on_row (window, "lading-fixture:latest", "image.details");
  lading_test_await (details_loaded, window, "the image's page");
  details = lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGE_DETAILS);

  g_assert_true (lading_test_shows_text (details, "linux/"));
  g_assert_true (lading_test_shows_text (details, "PATH=/bin"));
  /* COPY busybox, RUN --install, ENV and CMD: the last two made no layer. */
  g_assert_cmpuint (lading_test_count_matching (details, is_layer_row, NULL), ==, 4);
  g_assert_cmpuint (lading_test_count_matching (details, is_empty_layer_row, NULL), ==, 2);
  g_assert_true (lading_test_shows_text (details, "CMD [\"sh\"]"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-back", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static LadingRegistryBrowser *
find_browser (void)
{
  return (LadingRegistryBrowser *)lading_test_find_toplevel (LADING_TYPE_REGISTRY_BROWSER);
}

static gboolean
is_expander_row (GtkWidget     *widget,
                 gconstpointer  data)
{
  return ADW_IS_EXPANDER_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_pull_tag_button (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

typedef struct
{
  GtkWidget  *root;
  const char *label;
} ButtonExpect;

static gboolean
shows_pull_button (gpointer data)
{
  ButtonExpect *expect = data;

  return lading_test_find_matching (expect->root, is_pull_tag_button, expect->label) != NULL;
}

static gboolean
shows_repository (gpointer data)
{
  return lading_test_find_matching (GTK_WIDGET (find_browser ()), is_expander_row, data) != NULL;
}

static gboolean
image_pulled (gpointer data)
{
  return lading_test_image_exists (data);
}

static gboolean
is_known_registry_row (GtkWidget     *widget,
                       gconstpointer  data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
offers_registry (gpointer data)
{
  return lading_test_find_matching (GTK_WIDGET (find_browser ()), is_known_registry_row,
                                    data) != NULL;
}

/* The open registry, known to config.json as a credsStore leaves it (an
 * empty entry), is offered; browse it, open a repository, pull a tag in one
 * click. */
static void
test_browse_registry (void)
{
  g_autoptr(LadingStore) store = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *config_dir = NULL;
  g_autofree char *config_path = NULL;
  g_autofree char *config = NULL;
  LadingRegistryBrowser *browser;
  LadingWindow *window;
  GtkWidget *repository;
  ButtonExpect button = { NULL, NULL };

  if (g_getenv ("LADING_TEST_REGISTRY") == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }

  name = lading_test_push_fixture ("lading/ui-pull:1");
  config_dir = g_dir_make_tmp ("lading-test-browse-XXXXXX", NULL);
  config_path = g_build_filename (config_dir, "config.json", NULL);
  config = g_strdup_printf ("{\"auths\": {\"%s\": {}, \"https://index.docker.io/v1/\": {}}}",
                            g_getenv ("LADING_TEST_REGISTRY"));
  g_assert_true (g_file_set_contents (config_path, config, -1, NULL));
  g_setenv ("DOCKER_CONFIG", config_dir, TRUE);

  window = images_window_new (&store);
  gtk_widget_activate_action (lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGES_PAGE),
                              "images.browse", NULL);
  browser = find_browser ();
  g_assert_nonnull (browser);
  lading_test_await (offers_registry, (gpointer)g_getenv ("LADING_TEST_REGISTRY"),
                     "the registry to be offered");
  /* Docker Hub has no catalog to browse. */
  g_assert_null (lading_test_find_matching (GTK_WIDGET (browser), is_known_registry_row,
                                            "index.docker.io"));
  gtk_widget_activate (lading_test_find_matching (GTK_WIDGET (browser), is_known_registry_row,
                                                  g_getenv ("LADING_TEST_REGISTRY")));
  lading_test_await (shows_repository, (gpointer)"lading/ui-pull", "the repository's row");
  g_unsetenv ("DOCKER_CONFIG");
  g_assert_no_errno (g_unlink (config_path));
  g_assert_no_errno (g_rmdir (config_dir));

  repository = lading_test_find_matching (GTK_WIDGET (browser), is_expander_row, "lading/ui-pull");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (repository), TRUE);
  label = g_strconcat ("Pull ", name, NULL);
  button.root = repository;
  button.label = label;
  lading_test_await (shows_pull_button, &button, "the tag's pull button");
  gtk_widget_activate (lading_test_find_matching (repository, is_pull_tag_button, label));
  lading_test_await (image_pulled, name, "the image to be pulled");

  gtk_window_destroy (GTK_WINDOW (browser));
  gtk_window_destroy (GTK_WINDOW (window));
  lading_test_remove_image (name);
}

static void
test_pull_from_dialog (void)
{
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

  name = lading_test_push_fixture ("lading/ui-pull:1");
  window = images_window_new (&store);
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

static LadingLoginDialog *
find_login_dialog (void)
{
  return (LadingLoginDialog *)lading_test_find_toplevel (LADING_TYPE_LOGIN_DIALOG);
}

static gboolean
login_dialog_gone (gpointer data)
{
  return find_login_dialog () == NULL;
}

static gboolean
login_dialog_shown (gpointer data)
{
  return find_login_dialog () != NULL;
}

static gboolean
is_labelled_button (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* The user name kept for @server in the run's keyring, or NULL. */
static char *
dup_kept_username (const char *server)
{
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autoptr(LadingRegistryCredentials) credentials = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  config = lading_docker_config_load_default (&error);
  g_assert_no_error (error);
  lading_docker_config_find_credentials_async (config, server, NULL, lading_test_keep_result_cb,
                                               &result);
  lading_test_await_result (&result, "the credentials lookup");
  credentials = lading_docker_config_find_credentials_finish (config, result, &error);
  g_assert_no_error (error);

  return credentials != NULL ? g_strdup (lading_registry_credentials_get_username (credentials))
                             : NULL;
}

static void
set_field (GtkWidget  *dialog,
           guint       index,
           const char *text)
{
  GtkWidget *row = gtk_widget_get_first_child (gtk_widget_get_parent (
                     lading_test_find (dialog, ADW_TYPE_ENTRY_ROW)));

  for (guint i = 0; i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A pull the registry refuses offers a login, with the registry filled in;
 * a wrong password keeps nothing and says so; the right one is kept in the
 * keyring and closes the dialog; the dialog then shows the login, and logs
 * out. */
static void
test_log_in (void)
{
  const char *registry = g_getenv ("LADING_TEST_AUTH_REGISTRY");
  g_autoptr(LadingStore) store = NULL;
  g_autofree char *name = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *logged_in = NULL;
  g_autofree char *config_dir = NULL;
  GtkWidget *page, *transfers_button, *log_in_button, *retry_button, *dialog, *submit;
  LadingPullDialog *pull_dialog;
  LadingWindow *window;
  TextExpect expect = { NULL, NULL };
  GVariant *target;

  if (registry == NULL)
    {
      g_test_skip ("no test registry (run through tests/run)");
      return;
    }
  /* Never the user's config.json. */
  config_dir = g_dir_make_tmp ("lading-test-login-XXXXXX", NULL);
  g_setenv ("DOCKER_CONFIG", config_dir, TRUE);
  g_assert_null (dup_kept_username (registry));

  window = images_window_new (&store);
  page = lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGES_PAGE);
  transfers_button = lading_test_find (GTK_WIDGET (window), LADING_TYPE_TRANSFERS_BUTTON);

  /* Refused for want of a login: the row offers one. */
  gtk_widget_activate_action (page, "images.pull", NULL);
  pull_dialog = find_pull_dialog ();
  name = g_strconcat (registry, "/lading/ui-login:1", NULL);
  type_name (pull_dialog, name);
  gtk_widget_activate_default (GTK_WIDGET (pull_dialog));
  lading_test_await (transfer_ended, transfers_button, "the refused pull to end");
  log_in_button = lading_test_find_matching (transfers_button, is_labelled_button, "_Log In…");
  g_assert_nonnull (log_in_button);
  g_assert_true (gtk_widget_get_visible (log_in_button));
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (log_in_button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, registry);

  gtk_widget_activate (log_in_button);
  lading_test_await (login_dialog_shown, NULL, "the login dialog");
  dialog = GTK_WIDGET (find_login_dialog ());
  lading_test_await (dialog_has_focus, dialog, "the registry field to have the focus");
  submit = lading_test_find_matching (dialog, is_pull_button, NULL);
  g_assert_false (gtk_widget_get_sensitive (submit));

  /* A name that is no host is refused as it is typed. */
  set_field (dialog, 0, "not a host");
  g_assert_true (lading_test_shows_text (dialog, "Type a registry's host name"));
  set_field (dialog, 0, registry);
  set_field (dialog, 1, g_getenv ("LADING_TEST_REGISTRY_USER"));
  set_field (dialog, 2, "not-the-password");
  g_assert_true (gtk_widget_get_sensitive (submit));

  /* A wrong password: said, and nothing kept. */
  gtk_widget_activate_default (dialog);
  refused = g_strconcat (registry, " did not accept this user name and password.", NULL);
  expect.root = dialog;
  expect.text = refused;
  lading_test_await (shows_text, &expect, "the login to be refused");
  g_assert_true (find_login_dialog () == LADING_LOGIN_DIALOG (dialog));
  g_assert_null (dup_kept_username (registry));

  /* The right one: kept, and the dialog closes. */
  set_field (dialog, 2, g_getenv ("LADING_TEST_REGISTRY_PASSWORD"));
  gtk_widget_activate_default (dialog);
  lading_test_await (login_dialog_gone, NULL, "the dialog to close");
  kept = dup_kept_username (registry);
  g_assert_cmpstr (kept, ==, g_getenv ("LADING_TEST_REGISTRY_USER"));

  /* Try Again gets past the registry's door now: the image was never
   * pushed there, so it is not found. */
  retry_button = lading_test_find_matching (transfers_button, is_labelled_button, "_Try Again");
  g_assert_nonnull (retry_button);
  gtk_widget_activate (retry_button);
  lading_test_await (pull_not_found, transfers_button, "the pull to be tried again");

  /* Opened again on that registry, it shows the login and logs out. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.log-in", "s", registry);
  dialog = GTK_WIDGET (find_login_dialog ());
  expect.root = dialog;
  logged_in = g_strconcat ("Logged in as ", g_getenv ("LADING_TEST_REGISTRY_USER"), NULL);
  expect.text = logged_in;
  lading_test_await (shows_text, &expect, "the login to be shown");
  gtk_widget_activate (lading_test_find_matching (dialog, is_labelled_button, "Log _Out"));
  expect.text = "Logged out of";
  lading_test_await (shows_text, &expect, "the log out");
  g_assert_null (dup_kept_username (registry));

  gtk_window_close (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  /* Keyring logins leave config.json as it was: here, not there. */
  g_assert_no_errno (g_rmdir (config_dir));
  g_unsetenv ("DOCKER_CONFIG");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, TRUE)))
    return 0;

  g_test_add_func ("/ui/images-page/pull", test_pull_from_dialog);
  g_test_add_func ("/ui/images-page/tag", test_tag);
  g_test_add_func ("/ui/images-page/browse-registry", test_browse_registry);
  g_test_add_func ("/ui/images-page/details", test_details);
  g_test_add_func ("/ui/images-page/remove-name", test_remove_name);
  g_test_add_func ("/ui/images-page/remove-used", test_remove_used);
  g_test_add_func ("/ui/images-page/log-in", test_log_in);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
