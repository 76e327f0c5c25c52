/* test-volumes-page.c
 *
 * The Volumes page under Xvfb, against the private engine: New Volume
 * refuses bad input as it is typed and creates what it was given; a
 * volume a container uses is not removed, and the question names the
 * container; the prune preview lists every unused volume with its size,
 * and removes exactly the ones left chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-prune-list.h"
#include "lading-test-form.h"
#include "lading-test-app.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-volume-dialog.h"
#include "lading-volumes-page.h"
#include "lading-window.h"

#define VOLUME "lading-test-volume"
#define TAKEN  "lading-test-volume-taken"
#define USED   "lading-test-volume-used"
#define KEPT   "lading-test-volume-kept"
#define GONE   "lading-test-volume-gone"

static LadingApplication *app;

typedef struct
{
  LadingStore       *store;
  LadingWindow      *window;
  LadingVolumesPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = lading_test_app_open_window (app, &fixture->store, "volumes");
  fixture->page = LADING_VOLUMES_PAGE (lading_test_find (GTK_WIDGET (fixture->window),
                                                         LADING_TYPE_VOLUMES_PAGE));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = lading_test_find_toplevel (LADING_TYPE_VOLUME_DIALOG)) != NULL ||
         (dialog = lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
}

static guint
volume_status (const char *name)
{
  g_autofree char *path = g_strconcat ("/volumes/", name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  return status;
}

static void
create_volume (const char *name)
{
  g_autofree char *body = g_strdup_printf ("{\"Name\":\"%s\"}", name);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("POST", "/volumes/create", body, &status);
  g_assert_cmpuint (status, ==, 201);
}

static void
remove_volume (const char *name)
{
  g_autofree char *path = g_strconcat ("/volumes/", name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("DELETE", path, NULL, &status);
  g_assert_true (status == 204 || status == 404);
}

/* A container that writes @bytes into @volume at /data and exits. */
static char *
create_writer (const char *name,
               const char *volume,
               guint       bytes)
{
  g_autofree char *path = g_strdup_printf ("/containers/create?name=%s", name);
  g_autofree char *wait_path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonNode) waited = NULL;
  g_autofree char *id = NULL;
  guint status = 0;

  body = g_strdup_printf ("{\"Image\":\"lading-fixture:latest\","
                          "\"Cmd\":[\"sh\",\"-c\",\"head -c %u /dev/zero > /data/file\"],"
                          "\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"%s:/data\"]}}",
                          bytes, volume);
  reply = lading_test_api ("POST", path, body, &status);
  g_assert_cmpuint (status, ==, 201);
  id = g_strdup (json_object_get_string_member (json_node_get_object (reply), "Id"));

  lading_test_container_action (id, "start", 204);
  wait_path = g_strdup_printf ("/containers/%s/wait", id);
  waited = lading_test_api ("POST", wait_path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);

  return g_steal_pointer (&id);
}

static LadingVolume *
find_volume (LadingStore *store,
             const char  *name)
{
  GListModel *volumes = lading_store_get_volumes (store);

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      if (g_str_equal (lading_volume_get_name (volume), name))
        return volume;
    }

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
  guint       users;
  gint64      min_size;
} VolumeExpect;

/* In the store, with its users and (while the page shows) its size. */
static gboolean
volume_known (gpointer data)
{
  VolumeExpect *expect = data;
  LadingVolume *volume = find_volume (expect->fixture->store, expect->name);

  return volume != NULL && lading_volume_get_containers (volume) == expect->users &&
         lading_volume_get_size (volume) >= expect->min_size;
}

static GtkWidget *
open_dialog (Fixture *fixture)
{
  GtkWindow *dialog;

  /* Ctrl+N, on this page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-item", NULL));
  dialog = lading_test_find_toplevel (LADING_TYPE_VOLUME_DIALOG);
  g_assert_nonnull (dialog);
  lading_test_form_await_focus (GTK_WIDGET (dialog), "Name (Optional)");

  return GTK_WIDGET (dialog);
}

static gboolean
dialog_gone (gpointer data)
{
  return lading_test_find_toplevel (LADING_TYPE_VOLUME_DIALOG) == NULL;
}

static gboolean
volume_selected (gpointer data)
{
  VolumeExpect *expect = data;
  LadingListView *view = lading_volumes_page_get_list_view (expect->fixture->page);
  gpointer item = lading_list_view_get_selected_item (view);

  return LADING_IS_VOLUME (item) && g_str_equal (lading_volume_get_name (item), expect->name);
}

/* Bad input is refused on its row, and nothing is sent; a driver the
 * engine lacks comes back on the driver's row; good input creates the
 * volume as typed, and the page selects it. */
static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  VolumeExpect taken = { fixture, TAKEN, 0, -1 };
  VolumeExpect created = { fixture, VOLUME, 0, -1 };
  g_autoptr(JsonNode) inspect = NULL;
  GtkWidget *dialog;
  JsonObject *object;
  guint status = 0;

  remove_volume (VOLUME);
  create_volume (TAKEN);
  lading_test_await (volume_known, &taken, "the taken volume");

  dialog = open_dialog (fixture);
  /* Nothing typed is a volume the engine names. */
  g_assert_true (lading_test_form_can_submit (dialog));
  lading_test_form_assert_refused (dialog, "Name (Optional)", "a", "Use two characters or more");
  lading_test_form_assert_refused (dialog, "Name (Optional)", "my data", "Use two characters or more");
  lading_test_form_assert_refused (dialog, "Name (Optional)", TAKEN, "exists already");

  lading_test_form_click (dialog, "Add an Option");
  lading_test_form_assert_refused (dialog, "Option", "colour=red", "takes only the options");
  lading_test_form_assert_refused (dialog, "Option", "device=tmpfs", "needs type and device together");
  lading_test_form_assert_refused (dialog, "Option", "size", "Write NAME=value");
  lading_test_form_click (dialog, "Add a Label");
  lading_test_form_assert_refused (dialog, "Label", "=x", "Write NAME=value");

  /* Another driver's options are its own to check: the engine says it has
   * no such driver, on that row, and creates nothing. */
  lading_test_form_set (dialog, "Name (Optional)", VOLUME);
  lading_test_form_set (dialog, "Driver", "lading-no-such-driver");
  lading_test_form_set (dialog, "Option", "colour=red");
  g_assert_true (lading_test_form_can_submit (dialog));
  lading_test_form_submit (dialog);
  lading_test_form_await_text (dialog, "The engine has no volume driver");
  g_assert_true (gtk_widget_has_css_class (lading_test_form_row (dialog, "Driver"), "error"));
  g_assert_cmpuint (volume_status (VOLUME), ==, 404);

  /* type alone is not enough for the local driver; with device it is. */
  lading_test_form_set (dialog, "Driver", "local");
  lading_test_form_set (dialog, "Option", "type=tmpfs");
  g_assert_false (lading_test_form_can_submit (dialog));
  lading_test_form_click (dialog, "Add an Option");
  gtk_editable_set_text (GTK_EDITABLE (lading_test_form_last_row (dialog, "Option")),
                         "device=tmpfs");
  g_assert_true (lading_test_form_can_submit (dialog));
  lading_test_form_set (dialog, "Label", "io.github.lading.test=volumes-page");
  lading_test_form_submit (dialog);
  lading_test_await (dialog_gone, NULL, "the dialog to close");
  lading_test_await (volume_selected, &created, "the new volume selected");

  inspect = lading_test_api ("GET", "/volumes/" VOLUME, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  object = json_node_get_object (inspect);
  g_assert_cmpstr (json_object_get_string_member (object, "Driver"), ==, "local");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "Labels"),
                                                  "io.github.lading.test"), ==, "volumes-page");

  remove_volume (VOLUME);
  remove_volume (TAKEN);
}

static gboolean
volume_absent (gpointer data)
{
  VolumeExpect *expect = data;

  return find_volume (expect->fixture->store, expect->name) == NULL;
}

static gboolean
question_gone (gpointer data)
{
  return lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static AdwMessageDialog *
ask_remove (Fixture    *fixture,
            const char *name)
{
  LadingListView *view = lading_volumes_page_get_list_view (fixture->page);
  GtkWindow *dialog;
  gpointer selected;

  lading_list_view_select_by_property (view, "name", name);
  selected = lading_list_view_get_selected_item (view);
  g_assert_true (LADING_IS_VOLUME (selected));
  g_assert_cmpstr (lading_volume_get_name (selected), ==, name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "volume.remove", NULL));
  dialog = lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);

  return ADW_MESSAGE_DIALOG (dialog);
}

/* A volume a container uses, even a stopped one, is not removed: the
 * question names the container and has no answer that removes.  Once the
 * container is gone, the question names the data's size, and Remove
 * removes it. */
static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  VolumeExpect used = { fixture, USED, 1, 10000 };
  VolumeExpect unused = { fixture, USED, 0, 10000 };
  g_autofree char *id = NULL;
  AdwMessageDialog *dialog;

  remove_volume (USED);
  id = create_writer ("lading-test-volume-writer", USED, 10000);
  lading_test_await (volume_known, &used, "the volume, its user and its size");

  dialog = ask_remove (fixture, USED);
  lading_test_form_await_text (GTK_WIDGET (dialog), "“lading-test-volume-writer”");
  g_assert_false (adw_message_dialog_has_response (dialog, "remove"));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  lading_test_await (question_gone, NULL, "the question to close");
  g_assert_cmpuint (volume_status (USED), ==, 200);

  lading_test_remove_container (id);
  lading_test_await (volume_known, &unused, "the volume without its user");
  dialog = ask_remove (fixture, USED);
  /* g_format_size() puts a no-break space before the unit. */
  lading_test_form_await_text (GTK_WIDGET (dialog), "Its data (10.0\xc2\xa0kB) will be deleted");
  adw_message_dialog_response (dialog, "remove");
  lading_test_await (volume_absent, &unused, "the volume's removal");
  lading_test_form_await_text (GTK_WIDGET (fixture->window), "Removed the volume");
  g_assert_cmpuint (volume_status (USED), ==, 404);
}

/* The preview lists the unused volumes and their sizes, not the used one;
 * only the ones left chosen go. */
static void
test_prune (Fixture       *fixture,
            gconstpointer  data)
{
  VolumeExpect used = { fixture, USED, 1, 0 };
  VolumeExpect kept = { fixture, KEPT, 0, 0 };
  VolumeExpect gone = { fixture, GONE, 0, 5000 };
  g_autofree char *id = NULL;
  g_autofree char *writer = NULL;
  g_auto(GStrv) chosen = NULL;
  g_auto(GStrv) left = NULL;
  LadingPruneList *list;
  GtkWindow *dialog;

  create_volume (KEPT);
  writer = create_writer ("lading-test-volume-filler", GONE, 5000);
  lading_test_remove_container (writer);
  id = create_writer ("lading-test-volume-user", USED, 10);
  lading_test_await (volume_known, &used, "the used volume");
  lading_test_await (volume_known, &kept, "the kept volume's size");
  lading_test_await (volume_known, &gone, "the pruned volume's size");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "volumes.prune", NULL));
  dialog = lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  list = LADING_PRUNE_LIST (lading_test_find (GTK_WIDGET (dialog), LADING_TYPE_PRUNE_LIST));
  /* Both are listed, with their sizes, but named: not chosen at first. */
  chosen = lading_prune_list_dup_chosen (list);
  g_assert_false (g_strv_contains ((const char * const *)chosen, KEPT));
  g_assert_false (g_strv_contains ((const char * const *)chosen, GONE));
  g_assert_false (g_strv_contains ((const char * const *)chosen, USED));
  lading_test_form_await_text (GTK_WIDGET (dialog), KEPT);
  lading_test_form_await_text (GTK_WIDGET (dialog), "5.0\xc2\xa0kB");
  g_assert_false (lading_test_shows_text (GTK_WIDGET (dialog), USED));

  /* Whatever else the engine holds stays too. */
  for (guint i = 0; chosen[i] != NULL; i++)
    lading_prune_list_set_chosen (list, chosen[i], FALSE);
  lading_prune_list_set_chosen (list, GONE, TRUE);
  left = lading_prune_list_dup_chosen (list);
  g_assert_cmpuint (g_strv_length (left), ==, 1);
  lading_test_form_await_text (GTK_WIDGET (dialog), "1 volume and its data (5.0\xc2\xa0kB)");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "prune");
  lading_test_await (volume_absent, &gone, "the pruned volume's removal");
  g_assert_cmpuint (volume_status (KEPT), ==, 200);
  g_assert_cmpuint (volume_status (USED), ==, 200);

  lading_test_remove_container (id);
  remove_volume (USED);
  remove_volume (KEPT);
}

int
main (int   argc,
      char *argv[])
{
  app = lading_test_app_init (&argc, &argv, TRUE);
  if (app == NULL)
    return 0;

  g_test_add ("/ui/volumes/create", Fixture, NULL, fixture_set_up, test_create,
              fixture_tear_down);
  g_test_add ("/ui/volumes/remove", Fixture, NULL, fixture_set_up, test_remove,
              fixture_tear_down);
  g_test_add ("/ui/volumes/prune", Fixture, NULL, fixture_set_up, test_prune,
              fixture_tear_down);

  return g_test_run ();
}
