/* lading-volumes-page.c
 *
 * The Volumes page: the store's volumes, with the size of each and the
 * containers that use it, New Volume…, Remove… and Remove Unused….  The
 * sizes cost the engine a GET /system/df, so they are held (and asked for
 * afresh) only while the page is shown.  Its rows are made when the page
 * is first shown: building them for a page nobody looks at would only
 * delay the window's first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-volumes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-volume-actions.h"
#include "lading-volume-dialog.h"
#include "lading-volumes-page.h"

struct _LadingVolumesPage
{
  GtkWidget       parent_instance;

  LadingStore    *store;
  gboolean        filled;
  gboolean        holds_sizes;     /* the store's sizes, while mapped */

  /* Template widgets */
  GtkWidget      *box;
  LadingListView *list_view;
};

G_DEFINE_FINAL_TYPE (LadingVolumesPage, lading_volumes_page, GTK_TYPE_WIDGET)

static const LadingListColumn columns[] = {
  { "name", N_("Name"), "name", NULL, LADING_CELL_NAME, 40, TRUE, TRUE, 0 },
  { "size", N_("Size"), "size", NULL, LADING_CELL_SIZE, 9, FALSE, FALSE, 0 },
  { "used-by", N_("In Use By"), "used-by", "containers", LADING_CELL_TEXT, 24, TRUE, TRUE, 1 },
  { "driver", N_("Driver"), "driver", NULL, LADING_CELL_TEXT, 8, FALSE, TRUE, 3 },
  { "created", N_("Created"), "created", NULL, LADING_CELL_RELATIVE_TIME, 18, FALSE, FALSE, 2 },
  { "mountpoint", N_("Mount Point"), "mountpoint", NULL, LADING_CELL_TEXT, 24, TRUE, TRUE, 4 },
};

static void
fill (LadingVolumesPage *self)
{
  if (self->store == NULL || self->filled)
    return;

  self->filled = TRUE;
  lading_list_view_set_model (self->list_view, lading_store_get_volumes (self->store));
  lading_list_view_add_columns (self->list_view, columns, G_N_ELEMENTS (columns));
  lading_list_view_sort_by (self->list_view, "name", GTK_SORT_ASCENDING);
}

static void
hold_sizes (LadingVolumesPage *self)
{
  if (self->store == NULL || self->holds_sizes)
    return;

  self->holds_sizes = TRUE;
  lading_store_hold_sizes (self->store);
}

static void
lading_volumes_page_map (GtkWidget *widget)
{
  LadingVolumesPage *self = LADING_VOLUMES_PAGE (widget);

  fill (self);
  hold_sizes (self);

  GTK_WIDGET_CLASS (lading_volumes_page_parent_class)->map (widget);
}

static void
lading_volumes_page_unmap (GtkWidget *widget)
{
  LadingVolumesPage *self = LADING_VOLUMES_PAGE (widget);

  if (self->holds_sizes)
    {
      lading_store_release_sizes (self->store);
      self->holds_sizes = FALSE;
    }

  GTK_WIDGET_CLASS (lading_volumes_page_parent_class)->unmap (widget);
}

static void
lading_volumes_page_dispose (GObject *object)
{
  LadingVolumesPage *self = (LadingVolumesPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_VOLUMES_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_volumes_page_parent_class)->dispose (object);
}

static LadingVolume *
selected_volume (LadingVolumesPage *self)
{
  gpointer item = lading_list_view_get_selected_item (self->list_view);

  return LADING_IS_VOLUME (item) ? item : NULL;
}

static void
update_actions (LadingVolumesPage *self)
{
  gboolean online = self->store != NULL;
  gboolean one = selected_volume (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volumes.create", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volumes.prune", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volume.remove", online && one);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "volume.copy-name", one);
}

static GtkWindow *
page_window (LadingVolumesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The new volume is selected once the store lists it. */
static void
created_cb (LadingVolumesPage *self,
            const char        *name)
{
  fill (self);
  lading_list_view_select_by_property (self->list_view, "name", name);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingVolumesPage *self = LADING_VOLUMES_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = lading_volume_dialog_new (page_window (self), self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prune_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadingVolumesPage *self = LADING_VOLUMES_PAGE (widget);

  if (self->store != NULL)
    lading_volume_actions_prune (widget, self->store);
}

static void
volume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingVolumesPage *self = LADING_VOLUMES_PAGE (widget);
  LadingVolume *volume = selected_volume (self);

  if (volume == NULL || self->store == NULL)
    return;

  if (g_str_equal (action_name, "volume.remove"))
    lading_volume_actions_remove (widget, self->store, volume);
  else if (g_str_equal (action_name, "volume.copy-name"))
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), lading_volume_get_name (volume));
}

static void
lading_volumes_page_class_init (LadingVolumesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_volumes_page_dispose;
  widget_class->map = lading_volumes_page_map;
  widget_class->unmap = lading_volumes_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-volumes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingVolumesPage, box);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumesPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "volumes.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "volumes.prune", NULL, prune_action);
  gtk_widget_class_install_action (widget_class, "volume.remove", NULL, volume_action);
  gtk_widget_class_install_action (widget_class, "volume.copy-name", NULL, volume_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "volume.remove", NULL);
}

static void
lading_volumes_page_init (LadingVolumesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/* The page lists @store's volumes once it is shown. */
void
lading_volumes_page_set_store (LadingVolumesPage *self,
                               LadingStore       *store)
{
  g_return_if_fail (LADING_IS_VOLUMES_PAGE (self));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      fill (self);
      hold_sizes (self);
    }
  update_actions (self);
}

LadingListView *
lading_volumes_page_get_list_view (LadingVolumesPage *self)
{
  g_return_val_if_fail (LADING_IS_VOLUMES_PAGE (self), NULL);

  return self->list_view;
}
