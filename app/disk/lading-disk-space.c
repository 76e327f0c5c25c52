/* lading-disk-space.c
 *
 * Disk Space: what `docker system df` tells, kept current while shown —
 * images, containers, volumes and the build cache, each with its size,
 * what removing the unused ones would free, and a Clean Up… that asks
 * first, listing what would go.  Images and volumes ask as their pages
 * do; stopped containers are listed the same way; the build cache, whose
 * records mean nothing to a reader, is asked about as a whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-disk-space"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-disk-cleanup.h"
#include "lading-disk-space.h"
#include "lading-image-actions.h"
#include "lading-removal.h"
#include "lading-volume-actions.h"

struct _LadingDiskSpace
{
  AdwWindow            parent_instance;

  LadingStore         *store;
  GCancellable        *cancellable;
  gboolean             holds_sizes;
  gboolean             pruning_cache;

  /* Template widgets */
  GtkWidget           *content;
  AdwPreferencesGroup *group;
  AdwActionRow        *images_row;
  AdwActionRow        *containers_row;
  AdwActionRow        *volumes_row;
  AdwActionRow        *cache_row;
  GtkWidget           *images_button;
  GtkWidget           *containers_button;
  GtkWidget           *volumes_button;
  GtkWidget           *cache_button;
};

G_DEFINE_FINAL_TYPE (LadingDiskSpace, lading_disk_space, ADW_TYPE_WINDOW)

/* The first Clean Up… that has something to clean. */
static void
focus_first_button (LadingDiskSpace *self)
{
  if (!gtk_widget_grab_focus (self->images_button) &&
      !gtk_widget_grab_focus (self->containers_button) &&
      !gtk_widget_grab_focus (self->volumes_button))
    gtk_widget_grab_focus (self->cache_button);
}

/* "3 images, 1 in use: 45.0 MB, 12.0 MB of it unused" */
static char *
dup_figures (LadingDiskUsageKind         kind,
             const LadingDiskUsageTotal *total)
{
  g_autofree char *size = g_format_size (total->size);
  g_autofree char *reclaimable = g_format_size (total->reclaimable);
  g_autofree char *count = NULL;

  if (total->count == 0)
    return g_strdup (_("None"));

  switch (kind)
    {
    case LADING_DISK_USAGE_IMAGES:
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u image", "%u images",
                                            total->count), total->count);
      break;
    case LADING_DISK_USAGE_CONTAINERS:
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u container", "%u containers",
                                            total->count), total->count);
      break;
    case LADING_DISK_USAGE_VOLUMES:
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u volume", "%u volumes",
                                            total->count), total->count);
      break;
    case LADING_DISK_USAGE_BUILD_CACHE:
    case LADING_DISK_USAGE_N_KINDS:
    default:
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records",
                                            total->count), total->count);
      break;
    }

  /* Translators: a count ("3 images"), how many are in use, the bytes
   * they take, and how much of that removing the unused ones frees. */
  return g_strdup_printf (_("%s, %u in use: %s, %s of it unused"), count, total->active, size,
                          reclaimable);
}

static void
update (LadingDiskSpace *self)
{
  LadingDiskUsage *usage = lading_store_get_disk_usage (self->store);
  AdwActionRow *rows[] = { self->images_row, self->containers_row, self->volumes_row,
                           self->cache_row };
  GtkWidget *buttons[] = { self->images_button, self->containers_button, self->volumes_button,
                           self->cache_button };
  gint64 size = 0, reclaimable = 0;
  g_autofree char *size_text = NULL;
  g_autofree char *reclaimable_text = NULL;
  g_autofree char *description = NULL;

  for (guint kind = 0; kind < LADING_DISK_USAGE_N_KINDS; kind++)
    {
      LadingDiskUsageTotal total = { 0, };
      g_autofree char *figures = NULL;

      if (usage != NULL)
        lading_disk_usage_get_total (usage, kind, &total);
      figures = usage != NULL ? dup_figures (kind, &total) : g_strdup (_("Counting…"));
      adw_action_row_set_subtitle (rows[kind], figures);
      gtk_widget_set_sensitive (buttons[kind], usage != NULL && total.count > total.active &&
                                !(kind == LADING_DISK_USAGE_BUILD_CACHE && self->pruning_cache));
      size += total.size;
      reclaimable += total.reclaimable;
    }

  size_text = g_format_size (size);
  reclaimable_text = g_format_size (reclaimable);
  /* Translators: the engine's bytes on disk, then how much of it is unused. */
  description = usage != NULL ? g_strdup_printf (_("%s in all, %s of it unused."), size_text,
                                                 reclaimable_text)
                              : NULL;
  adw_preferences_group_set_description (self->group, description);

  /* The first figures make the buttons sensitive: one takes the focus. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      gtk_window_get_focus (GTK_WINDOW (self)) == NULL)
    focus_first_button (self);
}

static void
clean_images_cb (LadingDiskSpace *self)
{
  lading_image_actions_prune (self->content, self->store);
}

static void
clean_everything_cb (LadingDiskSpace *self)
{
  lading_disk_cleanup_ask (self->content, self->store);
}

static void
clean_volumes_cb (LadingDiskSpace *self)
{
  lading_volume_actions_prune (self->content, self->store);
}

static void
clean_containers_cb (LadingDiskSpace *self)
{
  lading_disk_cleanup_ask_containers (self->content, self->store);
}

static void
cache_pruned_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LadingDiskSpace) self = user_data;
  g_autoptr(LadingPruneReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *overlay;

  report = lading_engine_prune_build_cache_finish (LADING_ENGINE (object), result, &error);
  /* Closed meanwhile: the window's figures are gone with it. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    return;

  self->pruning_cache = FALSE;
  overlay = gtk_widget_get_parent (self->content);
  if (report != NULL)
    {
      g_autofree char *freed = g_format_size (lading_prune_report_get_space_reclaimed (report));

      /* Translators: %s is a size such as 45.0 MB. */
      title = g_strdup_printf (_("Removed the build cache, freed %s"), freed);
    }
  else
    {
      /* Translators: the engine's words follow. */
      title = g_strdup_printf (_("Could not remove the build cache: %s"), error->message);
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
  lading_store_refresh_sizes (self->store);
  update (self);
}

static void
cache_response_cb (LadingDiskSpace *self,
                   const char      *response)
{
  if (!g_str_equal (response, "prune") || self->pruning_cache || self->store == NULL)
    return;

  self->pruning_cache = TRUE;
  update (self);
  lading_engine_prune_build_cache_async (lading_store_get_engine (self->store),
                                         self->cancellable, cache_pruned_cb,
                                         g_object_ref (self));
}

static void
clean_cache_cb (LadingDiskSpace *self)
{
  LadingDiskUsage *usage = lading_store_get_disk_usage (self->store);
  LadingDiskUsageTotal total = { 0, };
  g_autofree char *size = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (usage != NULL)
    lading_disk_usage_get_total (usage, LADING_DISK_USAGE_BUILD_CACHE, &total);
  size = g_format_size (total.reclaimable);
  /* Translators: %s is a size such as 45.0 MB. */
  body = g_strdup_printf (_("The cache no build uses (%s) will be deleted. Later builds redo "
                            "the steps it saved."), size);
  dialog = lading_removal_new_question (self->content, _("Remove the Build Cache?"), body);
  adw_message_dialog_add_response (dialog, "prune", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "prune", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (cache_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
lading_disk_space_new (GtkWindow   *parent,
                       LadingStore *store)
{
  LadingDiskSpace *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);

  self = g_object_new (LADING_TYPE_DISK_SPACE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::disk-usage", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

/* The figures cost the engine a GET /system/df: held while shown only,
 * and asked for afresh each time it opens. */
static void
lading_disk_space_map (GtkWidget *widget)
{
  LadingDiskSpace *self = LADING_DISK_SPACE (widget);

  GTK_WIDGET_CLASS (lading_disk_space_parent_class)->map (widget);
  if (!self->holds_sizes)
    {
      self->holds_sizes = TRUE;
      lading_store_hold_sizes (self->store);
    }
  focus_first_button (self);
}

static void
lading_disk_space_unmap (GtkWidget *widget)
{
  LadingDiskSpace *self = LADING_DISK_SPACE (widget);

  if (self->holds_sizes)
    {
      self->holds_sizes = FALSE;
      lading_store_release_sizes (self->store);
    }

  GTK_WIDGET_CLASS (lading_disk_space_parent_class)->unmap (widget);
}

static void
lading_disk_space_dispose (GObject *object)
{
  LadingDiskSpace *self = (LadingDiskSpace *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_DISK_SPACE);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lading_disk_space_parent_class)->dispose (object);
}

static void
lading_disk_space_class_init (LadingDiskSpaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_disk_space_dispose;
  widget_class->map = lading_disk_space_map;
  widget_class->unmap = lading_disk_space_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-disk-space.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, content);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, group);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, images_row);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, containers_row);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, volumes_row);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, cache_row);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, images_button);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, containers_button);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, volumes_button);
  gtk_widget_class_bind_template_child (widget_class, LadingDiskSpace, cache_button);
  gtk_widget_class_bind_template_callback (widget_class, clean_images_cb);
  gtk_widget_class_bind_template_callback (widget_class, clean_containers_cb);
  gtk_widget_class_bind_template_callback (widget_class, clean_volumes_cb);
  gtk_widget_class_bind_template_callback (widget_class, clean_cache_cb);
  gtk_widget_class_bind_template_callback (widget_class, clean_everything_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_disk_space_init (LadingDiskSpace *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Four "Clean Up…" buttons: each is named for what it removes. */
  {
    GtkWidget *buttons[] = { self->images_button, self->containers_button, self->volumes_button,
                             self->cache_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_widget_get_tooltip_text (buttons[i]), -1);
  }
}
