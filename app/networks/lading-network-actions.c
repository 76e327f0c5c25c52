/* lading-network-actions.c
 *
 * What the Networks page asks before it removes networks.  The engine's
 * own networks (bridge, host, none) are never offered.  A network with
 * containers on it, running or stopped, is not removed: the question
 * names them, for they would lose their way to each other (a stopped one
 * would not even start).  A prune lists every other network nobody uses,
 * to keep any of them.  LadingRemoval removes what the answer leaves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-network-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-dialogs.h"
#include "lading-network-actions.h"
#include "lading-removal.h"

static char *
removed_text (guint       n_removed,
              gint64      freed,
              const char *only_name)
{
  if (only_name != NULL)
    /* Translators: %s is a network's name. */
    return g_strdup_printf (_("Removed the network “%s”"), only_name);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u network",
                                       "Removed %u networks", n_removed),
                          n_removed);
}

static const LadingRemovalKind networks = {
  lading_engine_remove_network_async,
  lading_engine_remove_network_finish,
  removed_text,
};

static void
show_in_use (GtkWidget     *page,
             LadingNetwork *network)
{
  const char * const *users = lading_network_get_used_by (network);
  g_autofree char *names = lading_container_dialogs_dup_name_phrase (users);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: %s is a network's name. */
  heading = g_strdup_printf (_("“%s” Is in Use"), lading_network_get_name (network));
  /* Translators: %s names containers: "“web” and “db”". */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The container %s is on this network, running or not. "
                                       "Disconnect it first, with Containers… in the network’s "
                                       "menu.",
                                       "The containers %s are on this network, running or not. "
                                       "Disconnect them first, with Containers… in the "
                                       "network’s menu.",
                                       g_strv_length ((char **)users)),
                          names);

  lading_removal_show_refusal (page, heading, body);
}

/* Asks before removing @network, or says why it cannot be. */
void
lading_network_actions_remove (GtkWidget     *page,
                               LadingStore   *store,
                               LadingNetwork *network)
{
  g_autofree char *heading = NULL;
  LadingRemoval *removal;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (LADING_IS_NETWORK (network));
  g_return_if_fail (!lading_network_get_builtin (network));

  if (lading_network_get_containers (network) > 0)
    {
      show_in_use (page, network);
      return;
    }

  /* Translators: %s is a network's name. */
  heading = g_strdup_printf (_("Remove Network “%s”?"), lading_network_get_name (network));
  dialog = lading_removal_new_question (page, heading,
                                        _("No container will be able to join it again."));
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);

  removal = lading_removal_new (page, store, &networks);
  lading_removal_add (removal, lading_network_get_id (network), lading_network_get_name (network),
                      -1);
  lading_removal_ask (removal, dialog, "remove", NULL);
}

static void
prune_changed_cb (LadingPruneList  *list,
                  AdwMessageDialog *dialog)
{
  guint n_items = lading_prune_list_get_n_items (list);
  guint n_chosen = lading_prune_list_get_n_chosen (list);
  g_autofree char *body = NULL;

  if (n_items == 0)
    body = g_strdup (_("Every network is in use or the engine’s own: none would go."));
  else if (n_chosen == 0)
    body = g_strdup (_("Nothing is chosen: every network stays."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u network no container is on will be removed. "
                                         "Uncheck the ones to keep.",
                                         "%u networks no container is on will be removed. "
                                         "Uncheck the ones to keep.",
                                         n_chosen),
                            n_chosen);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "prune", n_chosen > 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (lading_network_get_name (*(LadingNetwork **)a),
                         lading_network_get_name (*(LadingNetwork **)b));
}

/* "bridge, internal, 10.10.0.0/24" */
static char *
dup_detail (LadingNetwork *network)
{
  const char *subnet = lading_network_get_subnet (network);
  GString *detail = g_string_new (lading_network_get_driver (network));

  if (lading_network_get_internal (network))
    /* Translators: after a network's driver: "bridge, internal". */
    g_string_append (detail, _(", internal"));
  if (subnet != NULL && subnet[0] != '\0')
    g_string_append_printf (detail, ", %s", subnet);

  return g_string_free (detail, FALSE);
}

/* Lists every network of the user's that no container is on, and asks. */
void
lading_network_actions_prune (GtkWidget   *page,
                              LadingStore *store)
{
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = lading_store_get_networks (store);
  LadingRemoval *removal;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (model, i);

      if (!lading_network_get_builtin (network) && lading_network_get_containers (network) == 0)
        g_ptr_array_add (unused, g_steal_pointer (&network));
    }
  g_ptr_array_sort (unused, compare_names);

  removal = lading_removal_new (page, store, &networks);
  list = lading_prune_list_new ();
  for (guint i = 0; i < unused->len; i++)
    {
      LadingNetwork *network = g_ptr_array_index (unused, i);
      g_autofree char *detail = dup_detail (network);

      lading_removal_add (removal, lading_network_get_id (network),
                          lading_network_get_name (network), -1);
      lading_prune_list_add_item (LADING_PRUNE_LIST (list), lading_network_get_id (network),
                                  lading_network_get_name (network), detail, -1);
    }
  gtk_widget_set_visible (list, unused->len > 0);

  dialog = lading_removal_new_question (page, _("Remove Unused Networks?"), NULL);
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (list, "changed", G_CALLBACK (prune_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, list);
  prune_changed_cb (LADING_PRUNE_LIST (list), dialog);
  lading_removal_ask (removal, dialog, "prune", LADING_PRUNE_LIST (list));
}
