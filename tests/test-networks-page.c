/* test-networks-page.c
 *
 * The Networks page under Xvfb, against the private engine: New Network
 * refuses bad input as it is typed (names, subnets, gateways, a subnet
 * another network has) and creates what it was given; Containers…
 * connects a container with its aliases and disconnects it; a network
 * with a container on it is not removed; the prune preview lists the
 * unused networks of the user's only, and removes the ones left chosen.
 * Every network here is internal, and so is every container's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "lading-network-dialog.h"
#include "lading-network-members.h"
#include "lading-networks-page.h"
#include "lading-prune-list.h"
#include "lading-test-app.h"
#include "lading-test-form.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"
#include "lading-window.h"

#define CREATED "lading-test-network"
#define TAKEN   "lading-test-network-taken"
#define HOME    "lading-test-network-home"
#define JOINED  "lading-test-network-joined"
#define UNUSED  "lading-test-network-unused"
#define MEMBER  "lading-test-network-member"

static LadingApplication *app;

typedef struct
{
  LadingStore        *store;
  LadingWindow       *window;
  LadingNetworksPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = lading_test_app_open_window (app, &fixture->store, "networks");
  fixture->page = LADING_NETWORKS_PAGE (lading_test_find (GTK_WIDGET (fixture->window),
                                                          LADING_TYPE_NETWORKS_PAGE));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = lading_test_find_toplevel (LADING_TYPE_NETWORK_DIALOG)) != NULL ||
         (dialog = lading_test_find_toplevel (LADING_TYPE_NETWORK_MEMBERS)) != NULL ||
         (dialog = lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
}

static guint
network_status (const char *name)
{
  g_autofree char *path = g_strconcat ("/networks/", name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("GET", path, NULL, &status);
  return status;
}

/* An internal network, with @subnet if not NULL. */
static void
create_network (const char *name,
                const char *subnet)
{
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  body = subnet != NULL
         ? g_strdup_printf ("{\"Name\":\"%s\",\"Internal\":true,\"CheckDuplicate\":true,"
                            "\"IPAM\":{\"Config\":[{\"Subnet\":\"%s\"}]}}", name, subnet)
         : g_strdup_printf ("{\"Name\":\"%s\",\"Internal\":true,\"CheckDuplicate\":true}", name);
  reply = lading_test_api ("POST", "/networks/create", body, &status);
  g_assert_cmpuint (status, ==, 201);
}

static void
remove_network (const char *name)
{
  g_autofree char *path = g_strconcat ("/networks/", name, NULL);
  g_autoptr(JsonNode) reply = NULL;
  guint status = 0;

  reply = lading_test_api ("DELETE", path, NULL, &status);
  g_assert_true (status == 204 || status == 404);
}

/* A container that sleeps on the internal network @network. */
static char *
create_member (const char *network)
{
  g_autofree char *body = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(JsonNode) stale = NULL;
  g_autofree char *id = NULL;
  guint status = 0;

  stale = lading_test_api ("DELETE", "/containers/" MEMBER "?force=1", NULL, &status);
  body = g_strdup_printf ("{\"Image\":\"lading-fixture:latest\",\"Cmd\":[\"sleep\",\"600\"],"
                          "\"HostConfig\":{\"NetworkMode\":\"%s\"}}", network);
  reply = lading_test_api ("POST", "/containers/create?name=" MEMBER, body, &status);
  g_assert_cmpuint (status, ==, 201);
  id = g_strdup (json_object_get_string_member (json_node_get_object (reply), "Id"));
  lading_test_container_action (id, "start", 204);

  return g_steal_pointer (&id);
}

static LadingNetwork *
find_network (LadingStore *store,
              const char  *name)
{
  GListModel *networks = lading_store_get_networks (store);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (networks, i);

      if (g_str_equal (lading_network_get_name (network), name))
        return network;
    }

  return NULL;
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
  int         users;   /* -1: any */
} NetworkExpect;

static gboolean
network_known (gpointer data)
{
  NetworkExpect *expect = data;
  LadingNetwork *network = find_network (expect->fixture->store, expect->name);

  return network != NULL &&
         (expect->users < 0 || lading_network_get_containers (network) == (guint)expect->users);
}

static gboolean
network_absent (gpointer data)
{
  NetworkExpect *expect = data;

  return find_network (expect->fixture->store, expect->name) == NULL;
}

static gboolean
network_selected (gpointer data)
{
  NetworkExpect *expect = data;
  LadingListView *view = lading_networks_page_get_list_view (expect->fixture->page);
  gpointer item = lading_list_view_get_selected_item (view);

  return LADING_IS_NETWORK (item) && g_str_equal (lading_network_get_name (item), expect->name);
}

static gboolean
dialog_gone (gpointer data)
{
  return lading_test_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* Bad input is refused on its row and nothing is sent; good input creates
 * the network as typed, and the page selects it. */
static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  NetworkExpect taken = { fixture, TAKEN, -1 };
  NetworkExpect created = { fixture, CREATED, -1 };
  g_autoptr(JsonNode) inspect = NULL;
  GtkWidget *dialog;
  JsonObject *object, *config;
  guint status = 0;

  remove_network (CREATED);
  create_network (TAKEN, "10.98.0.0/24");
  lading_test_await (network_known, &taken, "the taken network");

  /* Ctrl+N, on this page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-item", NULL));
  dialog = GTK_WIDGET (lading_test_find_toplevel (LADING_TYPE_NETWORK_DIALOG));
  g_assert_nonnull (dialog);
  lading_test_form_await_focus (dialog, "Name");
  /* A network needs a name, but an empty one is not pointed at yet. */
  g_assert_false (lading_test_form_can_submit (dialog));
  g_assert_false (gtk_widget_has_css_class (lading_test_form_row (dialog, "Name"), "error"));

  lading_test_form_assert_refused (dialog, "Name", "a", "Use two characters or more");
  lading_test_form_assert_refused (dialog, "Name", "my net", "Use two characters or more");
  lading_test_form_assert_refused (dialog, "Name", TAKEN, "exists already");
  lading_test_form_assert_refused (dialog, "Name", "none", "exists already");

  lading_test_form_set (dialog, "Name", CREATED);
  g_assert_true (lading_test_form_can_submit (dialog));
  lading_test_form_assert_refused (dialog, "IPv4 Subnet (Optional)", "10.0.0.0/33",
                                   "Write a subnet with its prefix length");
  lading_test_form_assert_refused (dialog, "IPv4 Subnet (Optional)", "10.99.0.0",
                                   "Write a subnet with its prefix length");
  lading_test_form_assert_refused (dialog, "IPv4 Subnet (Optional)", "fd00:1::/64",
                                   "This row takes an IPv4 subnet.");
  lading_test_form_assert_refused (dialog, "IPv6 Subnet (Optional)", "10.99.0.0/24",
                                   "This row takes an IPv6 subnet.");
  lading_test_form_assert_refused (dialog, "IPv4 Subnet (Optional)", "10.98.0.0/16",
                                   "The network " TAKEN " has addresses of this subnet");
  lading_test_form_assert_refused (dialog, "IPv4 Gateway (Optional)", "10.99.0.1",
                                   "A gateway needs its subnet.");
  lading_test_form_set (dialog, "IPv4 Subnet (Optional)", "10.99.0.0/24");
  lading_test_form_assert_refused (dialog, "IPv4 Gateway (Optional)", "10.99.1.1",
                                   "The gateway must be an address of the subnet.");
  lading_test_form_assert_refused (dialog, "IPv4 Gateway (Optional)", "gateway",
                                   "This is not an IP address");
  lading_test_form_click (dialog, "Add a Label");
  lading_test_form_assert_refused (dialog, "Label", "=x", "Write NAME=value");

  lading_test_form_set (dialog, "IPv4 Gateway (Optional)", "10.99.0.1");
  lading_test_form_set (dialog, "Label", "io.github.lading.test=networks-page");
  gtk_switch_set_active (GTK_SWITCH (lading_test_find (lading_test_form_row (dialog, "Internal"),
                                                      GTK_TYPE_SWITCH)), TRUE);
  g_assert_true (lading_test_form_can_submit (dialog));
  g_assert_cmpuint (network_status (CREATED), ==, 404);
  lading_test_form_submit (dialog);
  lading_test_await (dialog_gone, GSIZE_TO_POINTER (LADING_TYPE_NETWORK_DIALOG),
                     "the dialog to close");
  lading_test_await (network_selected, &created, "the new network selected");

  inspect = lading_test_api ("GET", "/networks/" CREATED, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  object = json_node_get_object (inspect);
  g_assert_true (json_object_get_boolean_member (object, "Internal"));
  config = json_array_get_object_element (
             json_object_get_array_member (json_object_get_object_member (object, "IPAM"),
                                           "Config"), 0);
  g_assert_cmpstr (json_object_get_string_member (config, "Subnet"), ==, "10.99.0.0/24");
  g_assert_cmpstr (json_object_get_string_member (config, "Gateway"), ==, "10.99.0.1");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "Labels"),
                                                  "io.github.lading.test"), ==, "networks-page");

  remove_network (CREATED);
  remove_network (TAKEN);
}

static gboolean
is_disconnect_button (GtkWidget     *widget,
                      gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Disconnect") == 0;
}

/* Containers… offers the container, refuses a bad alias, connects with
 * the aliases typed and disconnects; meanwhile the network is not removed,
 * and the question says which container is on it. */
static void
test_members (Fixture       *fixture,
              gconstpointer  data)
{
  NetworkExpect home = { fixture, HOME, 1 };
  NetworkExpect empty = { fixture, JOINED, 0 };
  NetworkExpect joined = { fixture, JOINED, 1 };
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonNode) inspect = NULL;
  GtkWidget *members, *question, *disconnect;
  JsonArray *aliases;
  guint status = 0;

  create_network (HOME, NULL);
  create_network (JOINED, NULL);
  id = create_member (HOME);
  lading_test_await (network_known, &home, "the container on its network");
  lading_test_await (network_known, &empty, "the other network");

  lading_list_view_select_by_property (lading_networks_page_get_list_view (fixture->page), "name",
                                       JOINED);
  g_assert_true (network_selected (&empty));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "network.containers",
                                             NULL));
  members = GTK_WIDGET (lading_test_find_toplevel (LADING_TYPE_NETWORK_MEMBERS));
  g_assert_nonnull (members);
  lading_test_form_await_focus (members, "Container");
  lading_test_form_await_text (members, "No container is on it.");

  /* The container is offered: it is on an internal network of its own. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (lading_test_form_row (members, "Container")), 0);
  g_assert_true (lading_test_form_can_submit (members));
  lading_test_form_assert_refused (members, "Aliases (Optional)", "api db!", "“db!” is no name");
  lading_test_form_set (members, "Aliases (Optional)", "api, api.internal");
  g_assert_true (lading_test_form_can_submit (members));
  lading_test_form_submit (members);
  lading_test_await (network_known, &joined, "the container on the second network");
  lading_test_form_await_text (members, MEMBER);

  path = g_strdup_printf ("/containers/%s/json", id);
  inspect = lading_test_api ("GET", path, NULL, &status);
  aliases = json_object_get_array_member (
              json_object_get_object_member (
                json_object_get_object_member (
                  json_object_get_object_member (json_node_get_object (inspect),
                                                 "NetworkSettings"), "Networks"), JOINED),
              "Aliases");
  g_assert_cmpstr (json_array_get_string_element (aliases, 0), ==, "api");
  g_assert_cmpstr (json_array_get_string_element (aliases, 1), ==, "api.internal");

  /* Not removed while the container is on it: the question names it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "network.remove", NULL));
  question = GTK_WIDGET (lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  lading_test_form_await_text (question, "“" MEMBER "”");
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), "remove"));
  gtk_window_destroy (GTK_WINDOW (question));

  disconnect = lading_test_find_matching (members, is_disconnect_button, NULL);
  g_assert_nonnull (disconnect);
  g_signal_emit_by_name (disconnect, "clicked");
  lading_test_await (network_known, &empty, "the container off the second network");
  lading_test_form_await_text (members, "No container is on it.");
  g_assert_cmpuint (network_status (JOINED), ==, 200);

  lading_test_remove_container (id);
  remove_network (HOME);
  remove_network (JOINED);
}

/* The preview lists the user's unused networks, not the one a container
 * is on nor the engine's own; only the ones left chosen go. */
static void
test_prune (Fixture       *fixture,
            gconstpointer  data)
{
  NetworkExpect home = { fixture, HOME, 1 };
  NetworkExpect unused = { fixture, UNUSED, 0 };
  g_autofree char *id = NULL;
  g_auto(GStrv) chosen = NULL;
  g_auto(GStrv) left = NULL;
  const char *unused_id;
  LadingPruneList *list;
  GtkWidget *dialog;

  create_network (HOME, NULL);
  create_network (UNUSED, NULL);
  id = create_member (HOME);
  lading_test_await (network_known, &home, "the used network");
  lading_test_await (network_known, &unused, "the unused network");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "networks.prune", NULL));
  dialog = GTK_WIDGET (lading_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  list = LADING_PRUNE_LIST (lading_test_find (dialog, LADING_TYPE_PRUNE_LIST));
  /* Networks go by id: two may share a name. */
  unused_id = lading_network_get_id (find_network (fixture->store, UNUSED));
  chosen = lading_prune_list_dup_chosen (list);
  g_assert_true (g_strv_contains ((const char * const *)chosen, unused_id));
  g_assert_false (g_strv_contains ((const char * const *)chosen,
                                   lading_network_get_id (find_network (fixture->store, HOME))));
  g_assert_false (g_strv_contains ((const char * const *)chosen,
                                   lading_network_get_id (find_network (fixture->store, "none"))));
  g_assert_false (g_strv_contains ((const char * const *)chosen,
                                   lading_network_get_id (find_network (fixture->store, "host"))));
  lading_test_form_await_text (dialog, UNUSED);
  lading_test_form_await_text (dialog, "bridge, internal");

  /* Whatever else the engine holds stays too. */
  for (guint i = 0; chosen[i] != NULL; i++)
    if (!g_str_equal (chosen[i], unused_id))
      lading_prune_list_set_chosen (list, chosen[i], FALSE);
  left = lading_prune_list_dup_chosen (list);
  g_assert_cmpuint (g_strv_length (left), ==, 1);
  lading_test_form_await_text (dialog, "1 network no container is on will be removed.");

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "prune");
  lading_test_await (network_absent, &unused, "the pruned network's removal");
  lading_test_form_await_text (GTK_WIDGET (fixture->window), "Removed the network");
  g_assert_cmpuint (network_status (HOME), ==, 200);

  lading_test_remove_container (id);
  remove_network (HOME);
}

int
main (int   argc,
      char *argv[])
{
  app = lading_test_app_init (&argc, &argv, TRUE);
  if (app == NULL)
    return 0;

  g_test_add ("/ui/networks/create", Fixture, NULL, fixture_set_up, test_create,
              fixture_tear_down);
  g_test_add ("/ui/networks/members", Fixture, NULL, fixture_set_up, test_members,
              fixture_tear_down);
  g_test_add ("/ui/networks/prune", Fixture, NULL, fixture_set_up, test_prune,
              fixture_tear_down);

  return g_test_run ();
}
