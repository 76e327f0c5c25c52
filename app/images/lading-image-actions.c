/* lading-image-actions.c
 *
 * What the Images page does when the user removes, tags or prunes images:
 * it asks first (lading-image-dialogs.c), naming what will be lost, runs
 * the engine call, and says in a toast what came of it.  The lists learn of
 * the change through the store's events, like any other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-engine-error.h"
#include "lading-image-actions.h"
#include "lading-image-dialogs.h"

/* One question and its engine call, from the click to the toast. */
typedef struct
{
  LadingStore     *store;
  LadingImageTag  *row;         /* NULL for a prune */
  GWeakRef         overlay;     /* where the toast goes */
  char            *name;        /* what the toast names */
  GPtrArray       *dangling;    /* a prune's preview, of LadingImage */
  GPtrArray       *unused;
} Run;

static Run *
run_new (GtkWidget      *page,
         LadingStore    *store,
         LadingImageTag *row)
{
  Run *run = g_new0 (Run, 1);

  run->store = g_object_ref (store);
  run->row = row != NULL ? g_object_ref (row) : NULL;
  g_weak_ref_init (&run->overlay, gtk_widget_get_ancestor (page, ADW_TYPE_TOAST_OVERLAY));

  return run;
}

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_clear_object (&run->row);
  g_weak_ref_clear (&run->overlay);
  g_free (run->name);
  g_clear_pointer (&run->dangling, g_ptr_array_unref);
  g_clear_pointer (&run->unused, g_ptr_array_unref);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

#define RUN_KEY "lading-image-run"

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

static void
run_toast (Run        *run,
           const char *title)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&run->overlay);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (overlay, toast);
}

/* A failure's sentence, with the engine's own words after it. */
static void
run_toast_error (Run          *run,
                 const char   *sentence,
                 const GError *error)
{
  g_autofree char *title = g_strdup_printf ("%s %s", sentence, error->message);

  run_toast (run, title);
}

static GtkWindow *
page_window (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * lading_image_actions_dup_users:
 *
 * Returns: (transfer full) (element-type LadingContainer): the store's
 *   containers made from @image, running or not
 */
GPtrArray *
lading_image_actions_dup_users (LadingStore *store,
                                LadingImage *image)
{
  GListModel *containers = lading_store_get_containers (store);
  GPtrArray *users = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (containers); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (containers, i);

      if (g_strcmp0 (lading_container_get_image_id (container), lading_image_get_id (image)) == 0)
        g_ptr_array_add (users, g_steal_pointer (&container));
    }

  return users;
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!lading_engine_remove_image_finish (LADING_ENGINE (object), result, &error))
    {
      /* Translators: %s is an image name or id; the engine's words follow. */
      title = g_strdup_printf (_("Could not remove “%s”:"), run->name);
      run_toast_error (run, title, error);
      return;
    }

  /* Translators: %s is an image name or id. */
  title = g_strdup_printf (_("Removed “%s”"), run->name);
  run_toast (run, title);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  g_autoptr(Run) run = g_object_steal_data (G_OBJECT (dialog), RUN_KEY);
  LadingEngine *engine;
  LadingImage *image;
  const char *target;
  gboolean untagged;

  if (run == NULL || g_str_equal (response, "cancel"))
    return;

  /* A name removes that name (and the image with its last one); an
   * untagged image goes by its id.  All is read before the run is handed
   * over: arguments have no order. */
  engine = lading_store_get_engine (run->store);
  image = lading_image_tag_get_image (run->row);
  untagged = lading_image_tag_get_untagged (run->row);
  target = untagged ? lading_image_get_id (image) : lading_image_tag_get_repo_tag (run->row);
  run->name = g_strdup (untagged ? lading_image_get_short_id (image)
                                 : lading_image_tag_get_repo_tag (run->row));
  lading_engine_remove_image_async (engine, target, g_str_equal (response, "force"), NULL,
                                    removed_cb, g_steal_pointer (&run));
}

void
lading_image_actions_remove (GtkWidget      *page,
                             LadingStore    *store,
                             LadingImageTag *row)
{
  g_autoptr(GPtrArray) users = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (LADING_IS_IMAGE_TAG (row));

  users = lading_image_actions_dup_users (store, lading_image_tag_get_image (row));
  dialog = lading_image_dialogs_new_remove (page_window (page), row, users);
  run_ask (run_new (page, store, row), dialog, G_CALLBACK (remove_response_cb));
}

static void
tagged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!lading_engine_tag_image_finish (LADING_ENGINE (object), result, &error))
    {
      /* Translators: %s is the new image name; the engine's words follow. */
      title = g_strdup_printf (_("Could not name the image “%s”:"), run->name);
      run_toast_error (run, title, error);
      return;
    }

  /* Translators: %s is the new image name. */
  title = g_strdup_printf (_("Named the image “%s”"), run->name);
  run_toast (run, title);
}

static void
tag_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 gpointer          user_data)
{
  g_autoptr(Run) run = g_object_steal_data (G_OBJECT (dialog), RUN_KEY);
  g_autoptr(LadingImageReference) reference = NULL;
  g_autofree char *repository = NULL;
  LadingEngine *engine;
  const char *image;

  if (run == NULL || !g_str_equal (response, "tag") ||
      !(reference = lading_image_dialogs_dup_new_name (dialog)))
    return;

  engine = lading_store_get_engine (run->store);
  image = lading_image_get_id (lading_image_tag_get_image (run->row));
  repository = lading_image_reference_dup_repository (reference);
  run->name = lading_image_reference_dup_familiar (reference);
  lading_engine_tag_image_async (engine, image, repository,
                                 lading_image_reference_get_tag (reference), NULL, tagged_cb,
                                 g_steal_pointer (&run));
}

void
lading_image_actions_tag (GtkWidget      *page,
                          LadingStore    *store,
                          LadingImageTag *row)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (LADING_IS_IMAGE_TAG (row));

  dialog = lading_image_dialogs_new_tag (page_window (page), row);
  run_ask (run_new (page, store, row), dialog, G_CALLBACK (tag_response_cb));
}

static void
pruned_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(LadingPruneReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *freed = NULL;
  g_autofree char *title = NULL;
  guint n_deleted = 0;

  if (!(report = lading_engine_prune_images_finish (LADING_ENGINE (object), result, &error)))
    {
      run_toast_error (run, _("Could not remove the unused images:"), error);
      return;
    }

  /* The report names layers too; the images are those the preview listed. */
  for (guint i = 0; i < run->unused->len; i++)
    n_deleted += g_strv_contains (lading_prune_report_get_deleted (report),
                                  lading_image_get_id (g_ptr_array_index (run->unused, i)));
  freed = g_format_size (lading_prune_report_get_space_reclaimed (report));
  /* Translators: how many images were deleted (parents included), then
   * the bytes the engine freed: "Deleted 3 images, freed 45.0 MB". */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u image, freed %s",
                                        "Deleted %u images, freed %s", n_deleted),
                           n_deleted, freed);
  run_toast (run, title);
}

static void
prune_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  g_autoptr(Run) run = g_object_steal_data (G_OBJECT (dialog), RUN_KEY);
  gboolean all = lading_image_dialogs_get_prune_all (dialog);
  LadingEngine *engine;

  if (run == NULL || !g_str_equal (response, "prune"))
    return;

  /* What the toast will count. */
  if (!all)
    {
      g_ptr_array_unref (run->unused);
      run->unused = g_ptr_array_ref (run->dangling);
    }
  engine = lading_store_get_engine (run->store);
  lading_engine_prune_images_async (engine, all, NULL, pruned_cb, g_steal_pointer (&run));
}

/* What `docker image prune` takes: images no container uses, and without
 * -a only those without a name. */
void
lading_image_actions_prune (GtkWidget   *page,
                            LadingStore *store)
{
  g_autoptr(GPtrArray) dangling = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *images;
  AdwMessageDialog *dialog;
  Run *run;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LADING_IS_STORE (store));

  images = lading_store_get_images (store);
  for (guint i = 0; i < g_list_model_get_n_items (images); i++)
    {
      g_autoptr(LadingImage) image = g_list_model_get_item (images, i);
      g_autoptr(GPtrArray) users = lading_image_actions_dup_users (store, image);

      if (users->len > 0)
        continue;
      if (lading_image_get_dangling (image))
        g_ptr_array_add (dangling, g_object_ref (image));
      g_ptr_array_add (unused, g_steal_pointer (&image));
    }

  dialog = lading_image_dialogs_new_prune (page_window (page), dangling, unused);
  run = run_new (page, store, NULL);
  run->dangling = g_steal_pointer (&dangling);
  run->unused = g_steal_pointer (&unused);
  run_ask (run, dialog, G_CALLBACK (prune_response_cb));
}
