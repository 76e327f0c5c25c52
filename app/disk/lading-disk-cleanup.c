/* lading-disk-cleanup.c
 *
 * The clean-ups Disk Space asks about that no page of their own has:
 * stopped containers, and everything unused at once.
 *
 * Clean Up Everything Unused: one question that lists all it would remove
 * and the bytes it would free, as `docker system prune` would, and more
 * plainly: stopped containers first (they let go of what they held),
 * networks no container is on, images without a name that no container
 * uses, the build cache, and, left unchecked because they hold data,
 * volumes no container uses.  Only what stays checked goes, in that order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-disk-cleanup"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-disk-cleanup.h"
#include "lading-removal.h"
#include "lading-status-text.h"

/* Each item's key says what it is: "container:ID", "network:ID",
 * "image:ID", "volume:NAME", or "build-cache:". */
#define CONTAINER   "container:"
#define NETWORK     "network:"
#define IMAGE       "image:"
#define VOLUME      "volume:"
#define BUILD_CACHE "build-cache:"

static void
remove_container_async (LadingEngine        *engine,
                        const char          *id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  lading_engine_container_action_async (engine, id, LADING_CONTAINER_ACTION_REMOVE,
                                        LADING_CONTAINER_ACTION_FLAGS_NONE, cancellable,
                                        callback, user_data);
}

static char *
containers_removed_text (guint       n_removed,
                         gint64      freed,
                         const char *only_name)
{
  g_autofree char *size = g_format_size (freed);

  /* Translators: how many containers were removed, then the bytes that
   * freed: "Removed 3 containers, freed 45.0 MB". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u container, freed %s",
                                       "Removed %u containers, freed %s", n_removed),
                          n_removed, size);
}

static const LadingRemovalKind containers = {
  remove_container_async,
  lading_engine_container_action_finish,
  containers_removed_text,
};

/* What `docker container prune` removes: created, exited and dead ones. */
static gboolean
is_stopped (LadingContainer *container)
{
  LadingContainerState state = lading_container_get_state (container);

  return state == LADING_CONTAINER_STATE_CREATED || state == LADING_CONTAINER_STATE_EXITED ||
         state == LADING_CONTAINER_STATE_DEAD;
}

/* "Exited (3) 2 hours ago, 12.0 kB" */
static char *
dup_container_detail (LadingContainer *container,
                      gint64           size)
{
  g_autofree char *status = NULL;
  g_autofree char *size_text = NULL;

  status = lading_status_text_format (lading_container_get_state (container),
                                      lading_container_get_exit_code (container),
                                      lading_container_get_health (container),
                                      lading_container_get_started_at (container),
                                      lading_container_get_finished_at (container),
                                      g_get_real_time () / G_USEC_PER_SEC);
  if (size < 0)
    return g_steal_pointer (&status);

  size_text = g_format_size (size);
  return g_strdup_printf ("%s, %s", status, size_text);
}

static void
containers_changed_cb (LadingPruneList  *list,
                       AdwMessageDialog *dialog)
{
  guint n_chosen = lading_prune_list_get_n_chosen (list);
  g_autofree char *size = g_format_size (lading_prune_list_get_chosen_bytes (list));
  g_autofree char *body = NULL;

  if (lading_prune_list_get_n_items (list) == 0)
    body = g_strdup (_("No container is stopped: none would go."));
  else
    /* Translators: a count, then a size: "3 stopped containers and what they
     * wrote (45.0 MB) will be removed. Uncheck the ones to keep." */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u stopped container and what it wrote (%s) will be "
                                         "removed. Uncheck the ones to keep.",
                                         "%u stopped containers and what they wrote (%s) will "
                                         "be removed. Uncheck the ones to keep.",
                                         n_chosen),
                           n_chosen, size);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "prune", n_chosen > 0);
}

/**
 * lading_disk_cleanup_ask_containers:
 *
 * Lists every stopped container with what it wrote, and asks.  Their
 * volumes stay: they are the volumes' own to prune.
 */
void
lading_disk_cleanup_ask_containers (GtkWidget   *page,
                                    LadingStore *store)
{
  GListModel *model = lading_store_get_containers (store);
  LadingDiskUsage *usage = lading_store_get_disk_usage (store);
  LadingRemoval *removal;
  AdwMessageDialog *dialog;
  GtkWidget *list = lading_prune_list_new ();

  removal = lading_removal_new (page, store, &containers);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (model, i);
      const char *id = lading_container_get_id (container);
      gint64 size = usage != NULL ? lading_disk_usage_get_container_size (usage, id) : -1;
      g_autofree char *detail = NULL;

      if (!is_stopped (container))
        continue;

      detail = dup_container_detail (container, size);
      lading_removal_add (removal, id, lading_container_get_name (container), size);
      lading_prune_list_add_item (LADING_PRUNE_LIST (list), id,
                                  lading_container_get_name (container), detail, size);
    }
  gtk_widget_set_visible (list, lading_prune_list_get_n_items (LADING_PRUNE_LIST (list)) > 0);

  dialog = lading_removal_new_question (page, _("Remove Stopped Containers?"), NULL);
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (list, "changed", G_CALLBACK (containers_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, list);
  containers_changed_cb (LADING_PRUNE_LIST (list), dialog);
  lading_removal_ask (removal, dialog, "prune", LADING_PRUNE_LIST (list));
}

static void
remove_async (LadingEngine        *engine,
              const char          *key,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  const char *name = strchr (key, ':') + 1;

  if (g_str_has_prefix (key, CONTAINER))
    remove_container_async (engine, name, cancellable, callback, user_data);
  else if (g_str_has_prefix (key, NETWORK))
    lading_engine_remove_network_async (engine, name, cancellable, callback, user_data);
  else if (g_str_has_prefix (key, IMAGE))
    lading_engine_remove_image_async (engine, name, FALSE, cancellable, callback, user_data);
  else if (g_str_has_prefix (key, VOLUME))
    lading_engine_remove_volume_async (engine, name, cancellable, callback, user_data);
  else
    lading_engine_prune_build_cache_async (engine, cancellable, callback, user_data);
}

static gboolean
remove_finish (LadingEngine  *engine,
               GAsyncResult  *result,
               GError       **error)
{
  g_autoptr(LadingPruneReport) report = NULL;

  if (g_async_result_is_tagged (result, lading_engine_container_action_async))
    return lading_engine_container_action_finish (engine, result, error);
  if (g_async_result_is_tagged (result, lading_engine_remove_network_async))
    return lading_engine_remove_network_finish (engine, result, error);
  if (g_async_result_is_tagged (result, lading_engine_remove_image_async))
    return lading_engine_remove_image_finish (engine, result, error);
  if (g_async_result_is_tagged (result, lading_engine_remove_volume_async))
    return lading_engine_remove_volume_finish (engine, result, error);

  report = lading_engine_prune_build_cache_finish (engine, result, error);
  return report != NULL;
}

static char *
removed_text (guint       n_removed,
              gint64      freed,
              const char *only_name)
{
  g_autofree char *size = g_format_size (freed);

  /* Translators: how many things (containers, images, volumes…) were
   * removed, then the bytes that freed. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cleaned up %u item, freed %s",
                                       "Cleaned up %u items, freed %s", n_removed),
                          n_removed, size);
}

static const LadingRemovalKind everything = {
  remove_async,
  remove_finish,
  removed_text,
};

typedef struct
{
  LadingRemoval   *removal;
  LadingPruneList *list;
  GPtrArray       *kept;    /* keys to leave unchecked */
} Preview;

static void
preview_add (Preview    *preview,
             const char *prefix,
             const char *key,
             const char *title,
             const char *kind,
             gint64      bytes,
             gboolean    chosen)
{
  g_autofree char *full_key = g_strconcat (prefix, key, NULL);
  g_autofree char *detail = NULL;

  if (bytes >= 0)
    {
      g_autofree char *size = g_format_size (bytes);

      /* Translators: what an item is ("Stopped container"), then its size. */
      detail = g_strdup_printf (_("%s, %s"), kind, size);
    }
  else
    {
      detail = g_strdup (kind);
    }

  lading_removal_add (preview->removal, full_key, title, bytes);
  lading_prune_list_add_item (preview->list, full_key, title, detail, bytes);
  if (!chosen)
    g_ptr_array_add (preview->kept, g_steal_pointer (&full_key));
}

static void
add_containers (Preview         *preview,
                LadingStore     *store,
                LadingDiskUsage *usage)
{
  GListModel *model = lading_store_get_containers (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (model, i);
      const char *id = lading_container_get_id (container);

      if (is_stopped (container))
        preview_add (preview, CONTAINER, id, lading_container_get_name (container),
                     _("Stopped container"),
                     usage != NULL ? lading_disk_usage_get_container_size (usage, id) : -1,
                     TRUE);
    }
}

static void
add_networks (Preview     *preview,
              LadingStore *store)
{
  GListModel *model = lading_store_get_networks (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (model, i);

      if (!lading_network_get_builtin (network) && lading_network_get_containers (network) == 0)
        preview_add (preview, NETWORK, lading_network_get_id (network),
                     lading_network_get_name (network), _("Network"), -1, TRUE);
    }
}

static void
add_images (Preview     *preview,
            LadingStore *store)
{
  GListModel *model = lading_store_get_images (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (model, i);
      gint64 shared = lading_image_get_shared_size (image);

      if (lading_image_get_dangling (image) && lading_image_get_containers (image) == 0)
        preview_add (preview, IMAGE, lading_image_get_id (image),
                     lading_image_get_short_id (image), _("Image without a name"),
                     shared >= 0 ? lading_image_get_size (image) - shared : -1, TRUE);
    }
}

static void
add_volumes (Preview     *preview,
             LadingStore *store)
{
  GListModel *model = lading_store_get_volumes (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (model, i);

      if (lading_volume_get_containers (volume) == 0)
        preview_add (preview, VOLUME, lading_volume_get_name (volume),
                     lading_volume_get_name (volume), _("Volume, with its data"),
                     lading_volume_get_size (volume), FALSE);
    }
}

static void
changed_cb (LadingPruneList  *list,
            AdwMessageDialog *dialog)
{
  guint n_chosen = lading_prune_list_get_n_chosen (list);
  g_autofree char *size = g_format_size (lading_prune_list_get_chosen_bytes (list));
  g_autofree char *body = NULL;

  if (lading_prune_list_get_n_items (list) == 0)
    body = g_strdup (_("Nothing is unused: nothing would go."));
  else
    /* Translators: a count, then a size. */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u item will be removed, freeing %s. Volumes hold "
                                         "data: check the ones to remove too.",
                                         "%u items will be removed, freeing %s. Volumes hold "
                                         "data: check the ones to remove too.",
                                         n_chosen),
                           n_chosen, size);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "prune", n_chosen > 0);
}

/* Lists all that is unused, and asks. */
void
lading_disk_cleanup_ask (GtkWidget   *page,
                         LadingStore *store)
{
  LadingDiskUsage *usage = lading_store_get_disk_usage (store);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  Preview preview = { NULL, NULL, kept };
  AdwMessageDialog *dialog;
  GtkWidget *list;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));

  list = lading_prune_list_new ();
  preview.removal = lading_removal_new (page, store, &everything);
  preview.list = LADING_PRUNE_LIST (list);

  add_containers (&preview, store, usage);
  add_networks (&preview, store);
  add_images (&preview, store);
  if (usage != NULL)
    {
      LadingDiskUsageTotal cache;

      lading_disk_usage_get_total (usage, LADING_DISK_USAGE_BUILD_CACHE, &cache);
      if (cache.count > cache.active)
        preview_add (&preview, BUILD_CACHE, "", _("Build cache"), _("No build uses it"),
                     cache.reclaimable, TRUE);
    }
  add_volumes (&preview, store);
  for (guint i = 0; i < kept->len; i++)
    lading_prune_list_set_chosen (preview.list, g_ptr_array_index (kept, i), FALSE);
  gtk_widget_set_visible (list, lading_prune_list_get_n_items (preview.list) > 0);

  dialog = lading_removal_new_question (page, _("Clean Up Everything Unused?"), NULL);
  adw_message_dialog_add_response (dialog, "prune", _("_Clean Up"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (list, "changed", G_CALLBACK (changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, list);
  changed_cb (preview.list, dialog);
  lading_removal_ask (preview.removal, dialog, "prune", preview.list);
}
