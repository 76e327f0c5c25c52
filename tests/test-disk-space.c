/* test-disk-space.c
 *
 * Disk Space under Xvfb, against the private engine: the figures of
 * GET /system/df show once known; Clean Up… for containers lists the
 * stopped ones, not the running, and removes the ones left chosen; the
 * build cache is pruned after a question that says what it frees; Clean
 * Up Everything lists all that is unused, volumes unchecked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-disk-space.h"
#include "lading-prune-list.h"
#include "lading-test-app.h"
#include "lading-test-form.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"

#define STOPPED "lading-test-disk-stopped"
#define RUNNING "lading-test-disk-running"

static LadingApplication *app;

typedef struct
{
  LadingStore  *store;
  LadingWindow *window;
  GtkWidget    *disk_space;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = lading_test_app_open_window (app, &fixture->store, "containers");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.disk-space",
                                             NULL));
  fixture->disk_space = GTK_WIDGET (lading_test_find_toplevel (LADING_TYPE_DISK_SPACE));
  g_assert_nonnull (fixture->disk_space);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL ||
         (dialog = lading_test_find_toplevel (LADING_TYPE_DISK_SPACE)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
}

static guint
container_status (const char *id)
{
  g_autofree char *path = g_strdup_printf ("/containers/%s/json", id);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  return status;
}

static gboolean
container_gone (gpointer data)
{
  return container_status (data) == 404;
}

static gboolean
container_listed (gpointer data)
{
  Fixture *fixture = data;
  GListModel *containers = lading_store_get_containers (fixture->store);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (containers); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (containers, i);
      const char *name = lading_container_get_name (container);

      found += g_str_equal (name, STOPPED) ||
               (g_str_equal (name, RUNNING) &&
                lading_container_get_state (container) == LADING_CONTAINER_STATE_RUNNING);
    }

  return found == 2;
}

static void
test_containers (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *stopped = lading_test_create_script_container (STOPPED, "exit 0", NULL);
  g_autofree char *running = lading_test_create_container (RUNNING, NULL);
  g_auto(GStrv) chosen = NULL;
  LadingPruneList *list;
  GtkWidget *question;

  lading_test_container_action (running, "start", 204);
  lading_test_await (container_listed, fixture, "the two containers");
  lading_test_form_await_text (fixture->disk_space, "containers, ");

  lading_test_form_click (fixture->disk_space, "Remove Stopped Containers");
  question = GTK_WIDGET (lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  list = LADING_PRUNE_LIST (lading_test_find (question, LADING_TYPE_PRUNE_LIST));
  chosen = lading_prune_list_dup_chosen (list);
  g_assert_true (g_strv_contains ((const char * const *)chosen, stopped));
  g_assert_false (g_strv_contains ((const char * const *)chosen, running));
  lading_test_form_await_text (question, STOPPED);

  /* Whatever else the engine holds stays too. */
  for (guint i = 0; chosen[i] != NULL; i++)
    if (!g_str_equal (chosen[i], stopped))
      lading_prune_list_set_chosen (list, chosen[i], FALSE);
  lading_test_form_await_text (question, "1 stopped container and what it wrote");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "prune");
  lading_test_await (container_gone, stopped, "the stopped container's removal");
  lading_test_form_await_text (fixture->disk_space, "Removed 1 container, freed");
  g_assert_cmpuint (container_status (running), ==, 200);

  lading_test_remove_container (running);
}

static void
test_build_cache (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *question;

  lading_test_form_await_text (fixture->disk_space, "in all,");
  lading_test_form_click (fixture->disk_space, "Remove the Build Cache No Build Uses");
  question = GTK_WIDGET (lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  lading_test_form_await_text (question, "The cache no build uses (");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "prune");
  lading_test_form_await_text (fixture->disk_space, "Removed the build cache, freed");
}

static guint
object_status (const char *prefix,
               const char *name)
{
  g_autofree char *path = g_strconcat (prefix, name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  return status;
}

typedef struct
{
  Fixture    *fixture;
  const char *network;
  const char *volume;
} Everything;

static gboolean
everything_listed (gpointer data)
{
  Everything *expect = data;
  gboolean network = FALSE, volume = FALSE;
  GListModel *networks = lading_store_get_networks (expect->fixture->store);
  GListModel *volumes = lading_store_get_volumes (expect->fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LadingNetwork) item = g_list_model_get_item (networks, i);

      network |= g_str_equal (lading_network_get_name (item), expect->network);
    }
  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) item = g_list_model_get_item (volumes, i);

      volume |= g_str_equal (lading_volume_get_name (item), expect->volume);
    }

  return network && volume && container_listed (expect->fixture);
}

static gboolean
removed (gpointer data)
{
  const char * const *paths = data;

  return object_status ("", paths[0]) == 404 && object_status ("", paths[1]) == 404;
}

/* Everything unused is listed, volumes unchecked; only what stays checked
 * goes, containers first. */
static void
test_everything (Fixture       *fixture,
                 gconstpointer  data)
{
  Everything expect = { fixture, "lading-test-disk-net", "lading-test-disk-volume" };
  g_autofree char *stopped = lading_test_create_script_container (STOPPED, "exit 0", NULL);
  g_autofree char *running = lading_test_create_container (RUNNING, NULL);
  g_autofree char *container_key = g_strconcat ("container:", stopped, NULL);
  g_autofree char *network_key = NULL;
  g_autofree char *container_path = g_strconcat ("/containers/", stopped, "/json", NULL);
  const char *gone[] = { container_path, "/networks/lading-test-disk-net", NULL };
  g_autoptr(JsonNode) reply = NULL;
  g_auto(GStrv) chosen = NULL;
  LadingPruneList *list;
  GtkWidget *question;
  guint status = 0;

  lading_test_container_action (running, "start", 204);
  reply = lading_test_api ("POST", "/networks/create",
                           "{\"Name\":\"lading-test-disk-net\",\"Internal\":true}", &status);
  g_assert_cmpuint (status, ==, 201);
  network_key = g_strconcat ("network:",
                             json_object_get_string_member (json_node_get_object (reply), "Id"),
                             NULL);
  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("POST", "/volumes/create", "{\"Name\":\"lading-test-disk-volume\"}",
                           &status);
  g_assert_cmpuint (status, ==, 201);
  lading_test_await (everything_listed, &expect, "the unused objects");

  lading_test_form_click (fixture->disk_space, "Remove All That Is Unused, After a List of It");
  question = GTK_WIDGET (lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  list = LADING_PRUNE_LIST (lading_test_find (question, LADING_TYPE_PRUNE_LIST));
  chosen = lading_prune_list_dup_chosen (list);
  g_assert_true (g_strv_contains ((const char * const *)chosen, container_key));
  g_assert_true (g_strv_contains ((const char * const *)chosen, network_key));
  g_assert_false (g_strv_contains ((const char * const *)chosen,
                                   "volume:lading-test-disk-volume"));
  for (guint i = 0; chosen[i] != NULL; i++)
    g_assert_false (g_str_has_suffix (chosen[i], running));
  lading_test_form_await_text (question, "lading-test-disk-volume");

  /* Whatever else the engine holds stays too. */
  for (guint i = 0; chosen[i] != NULL; i++)
    if (!g_str_equal (chosen[i], container_key) &&
        !g_str_equal (chosen[i], network_key))
      lading_prune_list_set_chosen (list, chosen[i], FALSE);
  lading_test_form_await_text (question, "2 items will be removed");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), "prune");
  lading_test_await (removed, gone, "the container and the network to go");
  lading_test_form_await_text (fixture->disk_space, "Cleaned up 2 items, freed");
  g_assert_cmpuint (object_status ("/volumes/", "lading-test-disk-volume"), ==, 200);

  lading_test_remove_container (running);
  g_clear_pointer (&reply, json_node_unref);
  reply = lading_test_api ("DELETE", "/volumes/lading-test-disk-volume", NULL, &status);
  g_assert_cmpuint (status, ==, 204);
}

int
main (int   argc,
      char *argv[])
{
  app = lading_test_app_init (&argc, &argv, TRUE);
  if (app == NULL)
    return 0;

  g_test_add ("/ui/disk-space/containers", Fixture, NULL, fixture_set_up, test_containers,
              fixture_tear_down);
  g_test_add ("/ui/disk-space/build-cache", Fixture, NULL, fixture_set_up, test_build_cache,
              fixture_tear_down);
  g_test_add ("/ui/disk-space/everything", Fixture, NULL, fixture_set_up, test_everything,
              fixture_tear_down);

  return g_test_run ();
}
