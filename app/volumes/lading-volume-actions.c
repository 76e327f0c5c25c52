/* lading-volume-actions.c
 *
 * What the Volumes page asks before it removes volumes.  It names the
 * data that will be lost and its size.  A volume that a container uses,
 * running or not, is never removed: the question says which containers
 * hold it instead.  A prune lists every volume no container uses, each
 * with its size; as with `docker volume prune`, only the anonymous ones
 * (those a container made for itself) are chosen at first.  LadingRemoval removes what the
 * answer leaves and says in a toast what came of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-volume-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-container-dialogs.h"
#include "lading-removal.h"
#include "lading-volume-actions.h"

static char *
removed_text (guint       n_removed,
              gint64      freed,
              const char *only_name)
{
  g_autofree char *size = g_format_size (freed);

  if (only_name != NULL)
    /* Translators: %s is a volume's name. */
    return g_strdup_printf (_("Removed the volume “%s”"), only_name);

  /* Translators: how many volumes were deleted, then the bytes that freed:
   * "Deleted 3 volumes, freed 45.0 MB". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u volume, freed %s",
                                       "Deleted %u volumes, freed %s", n_removed),
                          n_removed, size);
}

static const LadingRemovalKind volumes = {
  lading_engine_remove_volume_async,
  lading_engine_remove_volume_finish,
  removed_text,
};

static void
show_in_use (GtkWidget    *page,
             LadingVolume *volume)
{
  const char * const *users = lading_volume_get_used_by (volume);
  g_autofree char *names = lading_container_dialogs_dup_name_phrase (users);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: %s is a volume's name. */
  heading = g_strdup_printf (_("“%s” Is in Use"), lading_volume_get_name (volume));
  /* Translators: %s names containers: "“web” and “db”". */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The container %s uses this volume, running or not. "
                                       "Remove the container first: a volume a container "
                                       "can still reach is never removed.",
                                       "The containers %s use this volume, running or not. "
                                       "Remove the containers first: a volume a container "
                                       "can still reach is never removed.",
                                       g_strv_length ((char **)users)),
                          names);

  lading_removal_show_refusal (page, heading, body);
}

/* Asks before removing @volume, or says why it cannot be. */
void
lading_volume_actions_remove (GtkWidget    *page,
                              LadingStore  *store,
                              LadingVolume *volume)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  LadingRemoval *removal;
  AdwMessageDialog *dialog;
  gint64 size;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (LADING_IS_VOLUME (volume));

  if (lading_volume_get_containers (volume) > 0)
    {
      show_in_use (page, volume);
      return;
    }

  /* Translators: %s is a volume's name. */
  heading = g_strdup_printf (_("Remove Volume “%s”?"), lading_volume_get_name (volume));
  size = lading_volume_get_size (volume);
  if (size >= 0)
    {
      g_autofree char *size_text = g_format_size (size);

      /* Translators: %s is a size such as 17.0 MB. */
      body = g_strdup_printf (_("Its data (%s) will be deleted for good."), size_text);
    }
  else
    {
      body = g_strdup (_("Its data will be deleted for good."));
    }

  dialog = lading_removal_new_question (page, heading, body);
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);

  removal = lading_removal_new (page, store, &volumes);
  lading_removal_add (removal, lading_volume_get_name (volume), NULL, size);
  lading_removal_ask (removal, dialog, "remove", NULL);
}

/* The words above the prune list: how many go and what they free. */
static void
prune_changed_cb (LadingPruneList  *list,
                  AdwMessageDialog *dialog)
{
  guint n_items = lading_prune_list_get_n_items (list);
  guint n_chosen = lading_prune_list_get_n_chosen (list);
  g_autofree char *size = g_format_size (lading_prune_list_get_chosen_bytes (list));
  g_autofree char *body = NULL;

  if (n_items == 0)
    body = g_strdup (_("Every volume is in use by a container: none would go."));
  else if (n_chosen == 0)
    body = g_strdup (_("Nothing is chosen: every volume stays. Volumes with a name are "
                       "left unchecked; check the ones to delete."));
  else
    /* Translators: a count, then a size: "3 volumes and their data (45.0 MB)
     * will be deleted for good. …" */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u volume and its data (%s) will be deleted for "
                                         "good. Volumes with a name are left unchecked; "
                                         "check the ones to delete too.",
                                         "%u volumes and their data (%s) will be deleted for "
                                         "good. Volumes with a name are left unchecked; "
                                         "check the ones to delete too.",
                                         n_chosen),
                           n_chosen, size);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "prune", n_chosen > 0);
}

/* One a container made for itself: labelled so since Docker 23, and
 * before that named with 64 hexadecimal digits. */
static gboolean
is_anonymous (LadingVolume *volume)
{
  const char *name = lading_volume_get_name (volume);
  GHashTable *labels = lading_volume_get_labels (volume);

  if (labels != NULL && g_hash_table_contains (labels, "com.docker.volume.anonymous"))
    return TRUE;
  if (strlen (name) != 64)
    return FALSE;
  for (const char *c = name; *c != '\0'; c++)
    if (!g_ascii_isxdigit (*c) || g_ascii_isupper (*c))
      return FALSE;

  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (lading_volume_get_name (*(LadingVolume **)a),
                         lading_volume_get_name (*(LadingVolume **)b));
}

/* Lists every volume no container uses, each chosen, and asks. */
void
lading_volume_actions_prune (GtkWidget   *page,
                             LadingStore *store)
{
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = lading_store_get_volumes (store);
  LadingRemoval *removal;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (model, i);

      if (lading_volume_get_containers (volume) == 0)
        g_ptr_array_add (unused, g_steal_pointer (&volume));
    }
  g_ptr_array_sort (unused, compare_names);

  removal = lading_removal_new (page, store, &volumes);
  list = lading_prune_list_new ();
  for (guint i = 0; i < unused->len; i++)
    {
      LadingVolume *volume = g_ptr_array_index (unused, i);
      gint64 size = lading_volume_get_size (volume);
      g_autofree char *detail = size >= 0 ? g_format_size (size) : g_strdup (_("Size unknown"));

      lading_removal_add (removal, lading_volume_get_name (volume), NULL, size);
      lading_prune_list_add (LADING_PRUNE_LIST (list), lading_volume_get_name (volume), detail,
                             size);
      if (!is_anonymous (volume))
        lading_prune_list_set_chosen (LADING_PRUNE_LIST (list), lading_volume_get_name (volume),
                                      FALSE);
    }
  gtk_widget_set_visible (list, unused->len > 0);

  dialog = lading_removal_new_question (page, _("Remove Unused Volumes?"), NULL);
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (list, "changed", G_CALLBACK (prune_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, list);
  prune_changed_cb (LADING_PRUNE_LIST (list), dialog);
  lading_removal_ask (removal, dialog, "prune", LADING_PRUNE_LIST (list));
}
