/* lading-volume-actions.c
 *
 * What the Volumes page does when the user removes volumes.  It asks
 * first, naming the data that will be lost and its size.  A volume that a
 * container uses, running or not, is never removed: the question says
 * which containers hold it instead.  A prune lists every volume no
 * container uses, and removes the ones the user leaves chosen, by name;
 * never what the engine's own prune might find by then.  A toast says
 * what came of it; the list learns of the change through the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-volume-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-container-dialogs.h"
#include "lading-prune-list.h"
#include "lading-volume-actions.h"

/* One question and its engine calls, from the click to the toast. */
typedef struct
{
  LadingStore *store;
  GWeakRef     overlay;      /* where the toast goes */
  GStrv        names;        /* what goes */
  GHashTable  *sizes;        /* name → gint64 *, the bytes each frees when known */
  guint        next;         /* the next of @names to remove */
  guint        n_removed;
  gint64       freed;
  GString     *failures;     /* the engine's words for each refusal */
} Run;

static Run *
run_new (GtkWidget   *page,
         LadingStore *store)
{
  Run *run = g_new0 (Run, 1);

  run->store = g_object_ref (store);
  run->sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run->failures = g_string_new (NULL);
  g_weak_ref_init (&run->overlay, gtk_widget_get_ancestor (page, ADW_TYPE_TOAST_OVERLAY));

  return run;
}

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_weak_ref_clear (&run->overlay);
  g_strfreev (run->names);
  g_hash_table_unref (run->sizes);
  g_string_free (run->failures, TRUE);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

#define RUN_KEY "lading-volume-run"
#define PRUNE_LIST_KEY "lading-volume-prune-list"

static void
run_add_volume (Run          *run,
                LadingVolume *volume)
{
  gint64 size = lading_volume_get_size (volume);

  g_hash_table_insert (run->sizes, g_strdup (lading_volume_get_name (volume)),
                       g_memdup2 (&size, sizeof size));
}

static void
run_toast (Run        *run,
           const char *title)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&run->overlay);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (overlay, toast);
}

static GtkWindow *
page_window (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The dialog holds the run until its first answer takes it: Enter may
 * answer before the dialog closes, which answers again. */
static void
run_ask (Run              *run,
         AdwMessageDialog *dialog,
         GCallback         response_cb)
{
  g_object_set_data_full (G_OBJECT (dialog), RUN_KEY, run, (GDestroyNotify)run_free);
  g_signal_connect (dialog, "response", response_cb, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static AdwMessageDialog *
new_question (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

static void run_remove_next (Run *run);

static void
run_finish (Run *run)
{
  g_autofree char *freed = g_format_size (run->freed);
  g_autofree char *title = NULL;
  guint n = g_strv_length (run->names);

  if (n == 1 && run->n_removed == 1)
    /* Translators: %s is a volume's name. */
    title = g_strdup_printf (_("Removed the volume “%s”"), run->names[0]);
  else if (run->n_removed > 0)
    /* Translators: how many volumes were deleted, then the bytes that freed:
     * "Deleted 3 volumes, freed 45.0 MB". */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u volume, freed %s",
                                          "Deleted %u volumes, freed %s", run->n_removed),
                             run->n_removed, freed);

  if (run->failures->len > 0)
    {
      g_autofree char *with_failures = g_strconcat (title != NULL ? title : "",
                                                    title != NULL ? ". " : "",
                                                    run->failures->str, NULL);

      g_free (title);
      title = g_steal_pointer (&with_failures);
    }

  run_toast (run, title);
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(GError) error = NULL;
  const char *name = run->names[run->next];

  if (lading_engine_remove_volume_finish (LADING_ENGINE (object), result, &error))
    {
      gint64 *size = g_hash_table_lookup (run->sizes, name);

      run->n_removed++;
      if (size != NULL && *size > 0)
        run->freed += *size;
    }
  else
    {
      if (run->failures->len > 0)
        g_string_append_c (run->failures, ' ');
      /* Translators: %s is a volume's name; the engine's words follow. */
      g_string_append_printf (run->failures, _("Could not remove “%s”: %s"), name,
                              error->message);
    }

  run->next++;
  run_remove_next (g_steal_pointer (&run));
}

/* One at a time: a prune is a handful of volumes, and the toast reports
 * each in the order the dialog listed them. */
static void
run_remove_next (Run *run)
{
  LadingEngine *engine = lading_store_get_engine (run->store);
  const char *name = run->names[run->next];

  if (name == NULL)
    {
      run_finish (run);
      run_free (run);
      return;
    }

  lading_engine_remove_volume_async (engine, name, NULL, removed_cb, run);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(Run) run = g_object_steal_data (G_OBJECT (dialog), RUN_KEY);

  if (run == NULL || !g_str_equal (response, "remove"))
    return;

  run_remove_next (g_steal_pointer (&run));
}

static AdwMessageDialog *
new_in_use (GtkWindow    *parent,
            LadingVolume *volume)
{
  const char * const *users = lading_volume_get_used_by (volume);
  g_autofree char *names = lading_container_dialogs_dup_name_phrase (users);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

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

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));

  return dialog;
}

/* Asks before removing @volume, or says why it cannot be. */
void
lading_volume_actions_remove (GtkWidget    *page,
                              LadingStore  *store,
                              LadingVolume *volume)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  gint64 size;
  AdwMessageDialog *dialog;
  Run *run;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (LADING_IS_VOLUME (volume));

  if (lading_volume_get_containers (volume) > 0)
    {
      gtk_window_present (GTK_WINDOW (new_in_use (page_window (page), volume)));
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

  dialog = new_question (page_window (page), heading, body);
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);

  run = run_new (page, store);
  run->names = g_strdupv ((char *[]) { (char *)lading_volume_get_name (volume), NULL });
  run_add_volume (run, volume);
  run_ask (run, dialog, G_CALLBACK (remove_response_cb));
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
    body = g_strdup (_("Nothing is chosen: every volume stays."));
  else
    /* Translators: a count, then a size: "3 volumes and their data (45.0 MB)
     * will be deleted for good. Uncheck the ones to keep." */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u volume and its data (%s) will be deleted for "
                                         "good. Uncheck the ones to keep.",
                                         "%u volumes and their data (%s) will be deleted for "
                                         "good. Uncheck the ones to keep.",
                                         n_chosen),
                           n_chosen, size);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "prune", n_chosen > 0);
}

static void
prune_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  g_autoptr(Run) run = g_object_steal_data (G_OBJECT (dialog), RUN_KEY);
  LadingPruneList *list = g_object_get_data (G_OBJECT (dialog), PRUNE_LIST_KEY);

  if (run == NULL || !g_str_equal (response, "prune"))
    return;

  run->names = lading_prune_list_dup_chosen (list);
  run_remove_next (g_steal_pointer (&run));
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
  g_autoptr(GPtrArray) unused = NULL;
  GListModel *volumes;
  GtkWidget *list;
  AdwMessageDialog *dialog;
  Run *run;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));

  dialog = new_question (page_window (page), _("Remove Unused Volumes?"), NULL);
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);

  run = run_new (page, store);
  list = lading_prune_list_new ();
  unused = g_ptr_array_new_with_free_func (g_object_unref);
  volumes = lading_store_get_volumes (store);
  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      if (lading_volume_get_containers (volume) == 0)
        g_ptr_array_add (unused, g_steal_pointer (&volume));
    }
  g_ptr_array_sort (unused, compare_names);

  for (guint i = 0; i < unused->len; i++)
    {
      LadingVolume *volume = g_ptr_array_index (unused, i);
      gint64 size = lading_volume_get_size (volume);
      g_autofree char *detail = size >= 0 ? g_format_size (size) : g_strdup (_("Size unknown"));

      run_add_volume (run, volume);
      lading_prune_list_add (LADING_PRUNE_LIST (list), lading_volume_get_name (volume), detail,
                             size);
    }
  gtk_widget_set_visible (list, unused->len > 0);

  g_object_set_data (G_OBJECT (dialog), PRUNE_LIST_KEY, list);
  g_signal_connect_object (list, "changed", G_CALLBACK (prune_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, list);
  prune_changed_cb (LADING_PRUNE_LIST (list), dialog);
  run_ask (run, dialog, G_CALLBACK (prune_response_cb));
}
