/* test-window.c
 *
 * The real window under Xvfb against the private engine: a container the
 * test creates gets a row, and the row's state badge follows the container
 * when the test stops it; an engine that is not there gets the offline page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <adwaita.h>

#include "lading-application.h"
#include "lading-images-page.h"
#include "lading-state-badge.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

static LadingApplication *app;

typedef struct
{
  GtkWidget            *root;
  const char           *name;
  LadingContainerState  state;
} RowExpect;

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  return NULL;
}

static GtkWidget *
find_text (GtkWidget  *widget,
           const char *text)
{
  if (gtk_widget_get_mapped (widget) && g_strcmp0 (widget_text (widget), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_badge (GtkWidget *widget)
{
  if (LADING_IS_STATE_BADGE (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_badge (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The row drawn for the container called expect->name, if any. */
static GtkWidget *
find_row (RowExpect *expect)
{
  GtkWidget *cell = find_text (expect->root, expect->name);

  while (cell != NULL && g_strcmp0 (gtk_widget_get_css_name (cell), "row") != 0)
    cell = gtk_widget_get_parent (cell);

  return cell;
}

static gboolean
row_in_state (gpointer data)
{
  RowExpect *expect = data;
  GtkWidget *row = find_row (expect);
  GtkWidget *badge = row != NULL ? find_badge (row) : NULL;

  return badge != NULL &&
         gtk_widget_get_mapped (badge) &&
         lading_state_badge_get_state (LADING_STATE_BADGE (badge)) == expect->state;
}

static gboolean
row_gone (gpointer data)
{
  return find_row (data) == NULL;
}

static gboolean
store_loaded (gpointer data)
{
  return lading_store_get_loaded (data);
}

static gboolean
showing_text (gpointer data)
{
  RowExpect *expect = data;

  return find_text (expect->root, expect->name) != NULL;
}

static void
test_window_rows_follow_containers (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  g_autofree char *id = NULL;
  LadingWindow *window;
  RowExpect expect = { NULL, "lading-test-window-row", LADING_CONTAINER_STATE_CREATED };

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  expect.root = GTK_WIDGET (window);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, store, "the store to load");

  id = lading_test_create_container (expect.name, NULL);
  lading_test_await (row_in_state, &expect, "a row for the new container");

  lading_test_container_action (id, "start", 204);
  expect.state = LADING_CONTAINER_STATE_RUNNING;
  lading_test_await (row_in_state, &expect, "the row to show Running");

  lading_test_container_action (id, "stop", 204);
  expect.state = LADING_CONTAINER_STATE_EXITED;
  lading_test_await (row_in_state, &expect, "the row to show Exited");

  lading_test_remove_container (id);
  lading_test_await (row_gone, &expect, "the row to go");

  gtk_window_destroy (GTK_WINDOW (window));
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
hides_text (gpointer data)
{
  return !shows_text (data);
}

/* An image is a row under each of its tags, as `docker images` lists it. */
static void
test_window_image_tags (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  g_autoptr(JsonNode) reply = NULL;
  LadingWindow *window;
  TextExpect new_tag = { NULL, "lading-test-second-name" };
  TextExpect old_tag = { NULL, "lading-fixture" };
  guint status = 0;

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  new_tag.root = old_tag.root = GTK_WIDGET (window);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, store, "the store to load");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (window),
                                                                          ADW_TYPE_VIEW_STACK)),
                                         "images");
  lading_test_await (shows_text, &old_tag, "the fixture's row");

  reply = lading_test_api ("POST", "/images/lading-fixture:latest/tag?repo=lading-test-second-name"
                           "&tag=v2", NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_await (shows_text, &new_tag, "a row for the new tag");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (window), "lading-fixture"));

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/images/lading-test-second-name:v2", NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  lading_test_await (hides_text, &new_tag, "the new tag's row to go");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (window), "lading-fixture"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An untagged image has a row of its own, which the Untagged toggle hides. */
static void
test_window_untagged_images (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  g_autoptr(JsonNode) reply = NULL;
  g_autofree char *container_id = NULL;
  g_autofree char *commit_path = NULL;
  g_autofree char *image_path = NULL;
  g_autofree char *short_id = NULL;
  const char *image_id;
  LadingWindow *window;
  GtkWidget *page;
  TextExpect untagged = { NULL, NULL };
  guint status = 0;

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  untagged.root = GTK_WIDGET (window);
  gtk_window_present (GTK_WINDOW (window));
  lading_test_await (store_loaded, store, "the store to load");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (lading_test_find (GTK_WIDGET (window),
                                                                          ADW_TYPE_VIEW_STACK)),
                                         "images");
  page = lading_test_find (GTK_WIDGET (window), LADING_TYPE_IMAGES_PAGE);

  /* A commit without a repository makes an image without a tag. */
  container_id = lading_test_create_container ("lading-test-window-untagged", NULL);
  commit_path = g_strdup_printf ("/commit?container=%s", container_id);
  reply = lading_test_api ("POST", commit_path, NULL, &status);
  g_assert_cmpuint (status, ==, 201);
  image_id = json_object_get_string_member (json_node_get_object (reply), "Id");
  short_id = g_strndup (image_id + strlen ("sha256:"), 12);
  image_path = g_strdup_printf ("/images/%s", image_id);
  untagged.text = short_id;
  lading_test_await (shows_text, &untagged, "the untagged image's row");

  g_assert_true (gtk_widget_activate_action (page, "settings.images-show-untagged", NULL));
  g_assert_false (lading_images_page_get_show_untagged (LADING_IMAGES_PAGE (page)));
  lading_test_await (hides_text, &untagged, "the untagged row to hide");
  g_assert_true (lading_test_shows_text (GTK_WIDGET (window), "lading-fixture"));

  g_assert_true (gtk_widget_activate_action (page, "settings.images-show-untagged", NULL));
  lading_test_await (shows_text, &untagged, "the untagged row to show again");

  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", image_path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  lading_test_remove_container (container_id);
  lading_test_await (hides_text, &untagged, "the untagged row to go");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_offline_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lading-test-XXXXXX", NULL);
  g_autofree char *uri = g_strdup_printf ("unix://%s/docker.sock", dir);
  g_autoptr(LadingEndpoint) endpoint = lading_endpoint_new_for_uri (uri, NULL);
  g_autoptr(LadingEngine) engine = lading_engine_new (endpoint);
  g_autoptr(LadingStore) store = lading_store_new (engine);
  LadingWindow *window;
  RowExpect expect = { NULL, "No Engine Is Running", 0 };

  lading_store_start (store);
  window = lading_window_new (app, store, NULL);
  expect.root = GTK_WIDGET (window);
  gtk_window_present (GTK_WINDOW (window));

  /* The page names the problem and the address that was tried. */
  lading_test_await (showing_text, &expect, "the offline page");
  g_assert_nonnull (find_text (expect.root, "Details"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
}

static GtkWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        return toplevel;
    }

  return NULL;
}

/* Asks @window for its shortcuts.  GTK 4.8's own shortcuts window measures
 * one of its labels at -3 px and warns, a warning about GTK's widgets
 * alone: warnings are not fatal while it is shown. */
static void
show_shortcuts (LadingWindow *window)
{
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_log_set_always_fatal (fatal);
}

/* The shortcuts window is built when first asked for, and only once: GTK
 * would build it with every window, before the window's first frame. */
static void
test_window_shortcuts (void)
{
  g_autoptr(LadingEngine) engine = lading_test_engine_new ();
  g_autoptr(LadingStore) store = lading_store_new (engine);
  LadingWindow *window = lading_window_new (app, store, NULL);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.show-help-overlay");
  GtkWindow *shortcuts;

  /* The key GTK gives a gtk/help-overlay.ui, which Lading no longer has. */
  g_assert_true (g_strv_contains ((const char * const *)accels, "<Control>question"));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_shortcuts_window ());

  show_shortcuts (window);
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  /* Closing hides it; asking again shows the same one. */
  gtk_window_close (shortcuts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  show_shortcuts (window);
  g_assert_true (find_shortcuts_window () == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  /* It goes with its window. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (find_shortcuts_window ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!(app = lading_test_app_init (&argc, &argv, FALSE)))
    return 0;

  g_test_add_func ("/ui/window/offline-page", test_window_offline_page);
  g_test_add_func ("/ui/window/shortcuts", test_window_shortcuts);
  if (lading_test_have_engine ())
    {
      g_test_add_func ("/ui/window/rows-follow-containers", test_window_rows_follow_containers);
      g_test_add_func ("/ui/window/image-tags", test_window_image_tags);
      g_test_add_func ("/ui/window/untagged-images", test_window_untagged_images);
    }

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
