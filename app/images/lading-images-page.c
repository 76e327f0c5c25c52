/* lading-images-page.c
 *
 * The Images page: the store's images as `docker images` lists them, a row
 * for each tag (LadingImageTags), with untagged ones shown or not.  Its rows
 * are made when the page is first shown: building them for a page nobody
 * looks at would only delay the window's first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-images-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-file-save.h"
#include "lading-image-actions.h"
#include "lading-image-tags.h"
#include "lading-images-page.h"
#include "lading-image-search.h"
#include "lading-pull-dialog.h"
#include "lading-registry-browser.h"
#include "lading-settings.h"

struct _LadingImagesPage
{
  GtkWidget        parent_instance;

  LadingStore     *store;
  LadingTransfers *transfers;      /* where pulls run */
  LadingImageTags *rows;           /* once shown */
  GtkCustomFilter *untagged_filter;
  GAction         *untagged_action; /* the setting, which the toggle shows */
  gboolean         show_untagged;
  gboolean         holds_sizes;     /* the store's shared sizes, while mapped */

  GtkFileChooserNative *chooser;   /* of a save or load, while open */
  LadingImageTag  *save_row;       /* what the save chooser is for */

  /* Template widgets */
  GtkWidget       *box;
  LadingListView  *list_view;
};

G_DEFINE_FINAL_TYPE (LadingImagesPage, lading_images_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_UNTAGGED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const LadingListColumn columns[] = {
  { "name", N_("Repository"), "repository", "repo-tag", LADING_CELL_NAME, 40, TRUE, TRUE, 0 },
  { "tag", N_("Tag"), "tag", NULL, LADING_CELL_TEXT, 24, FALSE, TRUE, 1 },
  { "id", N_("ID"), "short-id", NULL, LADING_CELL_MONOSPACE, 12, FALSE, TRUE, 2 },
  { "size", N_("Size"), "size", NULL, LADING_CELL_SIZE, 9, FALSE, FALSE, 1 },
  { "shared", N_("Shared Size"), "shared-size", NULL, LADING_CELL_SIZE, 9, FALSE, FALSE, 2 },
  { "created", N_("Created"), "created", NULL, LADING_CELL_RELATIVE_TIME, 18, FALSE, FALSE, 3 },
  { "containers", N_("Containers"), "containers", NULL, LADING_CELL_COUNT, 6, FALSE, FALSE, 1 },
};

/* "busybox:1.36" typed whole matches its row too. */
static const char * const search_properties[] = { "repo-tag", NULL };
/* What untagged_match_cb() reads. */
static const char * const filter_properties[] = { "dangling", NULL };

static gboolean
untagged_match_cb (gpointer item,
                   gpointer user_data)
{
  LadingImagesPage *self = user_data;

  return self->show_untagged || !LADING_IS_IMAGE_TAG (item) ||
         !lading_image_tag_get_untagged (item);
}

static void
fill (LadingImagesPage *self)
{
  if (self->store == NULL || self->rows != NULL)
    return;

  self->rows = lading_image_tags_new (lading_store_get_images (self->store));
  lading_list_view_set_model (self->list_view, G_LIST_MODEL (self->rows));
  lading_list_view_add_columns (self->list_view, columns, G_N_ELEMENTS (columns));
  lading_list_view_set_search_properties (self->list_view, search_properties);
  lading_list_view_sort_by (self->list_view, "name", GTK_SORT_ASCENDING);
}

/* The shared sizes cost the engine a GET /system/df each time the images
 * change: they are asked for only while the page is shown. */
static void
lading_images_page_map (GtkWidget *widget)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);

  fill (self);
  if (self->store != NULL && !self->holds_sizes)
    {
      lading_store_hold_sizes (self->store);
      self->holds_sizes = TRUE;
    }

  GTK_WIDGET_CLASS (lading_images_page_parent_class)->map (widget);
}

static void
lading_images_page_unmap (GtkWidget *widget)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);

  if (self->holds_sizes)
    {
      lading_store_release_sizes (self->store);
      self->holds_sizes = FALSE;
    }

  GTK_WIDGET_CLASS (lading_images_page_parent_class)->unmap (widget);
}

static void
lading_images_page_dispose (GObject *object)
{
  LadingImagesPage *self = (LadingImagesPage *)object;

  g_settings_unbind (self, "show-untagged");
  if (self->untagged_filter != NULL)
    gtk_custom_filter_set_filter_func (self->untagged_filter, NULL, NULL, NULL);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->save_row);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_IMAGES_PAGE);
  g_clear_object (&self->untagged_filter);
  g_clear_object (&self->untagged_action);
  g_clear_object (&self->rows);
  g_clear_object (&self->store);
  g_clear_object (&self->transfers);

  G_OBJECT_CLASS (lading_images_page_parent_class)->dispose (object);
}

static void
lading_images_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_UNTAGGED:
      g_value_set_boolean (value, self->show_untagged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_images_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_UNTAGGED:
      lading_images_page_set_show_untagged (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The row the image actions act on: the one selected, if only one is. */
static LadingImageTag *
dup_selected_row (LadingImagesPage *self)
{
  g_autoptr(GPtrArray) selected = lading_list_view_dup_selected_items (self->list_view, TRUE);

  if (selected->len != 1 || !LADING_IS_IMAGE_TAG (g_ptr_array_index (selected, 0)))
    return NULL;

  return g_object_ref (g_ptr_array_index (selected, 0));
}

static void
update_actions (LadingImagesPage *self)
{
  g_autoptr(LadingImageTag) row = dup_selected_row (self);
  gboolean online = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.push",
                                 row != NULL && !lading_image_tag_get_untagged (row));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.details", row != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.run",
                                 row != NULL && self->transfers != NULL && online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.tag", row != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.save", row != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "images.load", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "image.remove", row != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "images.pull", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "images.prune", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "images.browse", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "images.search", online);
}

/* The list view shows the row's menu after this, on the row it selected. */
static void
context_menu_cb (LadingImagesPage *self)
{
  update_actions (self);
}

/* Enter or a double click on a row, and the menu's Details. */
static void
show_details (LadingImagesPage *self,
              LadingImageTag   *row)
{
  LadingImage *image = lading_image_tag_get_image (row);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-image-details", "(ss)",
                              lading_image_get_id (image),
                              lading_image_tag_get_untagged (row)
                              ? lading_image_get_short_id (image)
                              : lading_image_tag_get_repo_tag (row));
}

static void
start_transfer (LadingImagesPage    *self,
                LadingImageTransfer *transfer)
{
  if (self->transfers != NULL)
    lading_transfers_start (self->transfers, transfer);
}

static void
save_chosen_cb (GtkWidget *widget,
                GFile     *file)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  g_autoptr(LadingImageTag) row = g_steal_pointer (&self->save_row);
  g_autoptr(LadingImageTransfer) transfer = NULL;
  LadingImage *image;

  if (row == NULL || self->store == NULL)
    return;

  image = lading_image_tag_get_image (row);
  transfer = lading_image_transfer_new_save (lading_store_get_engine (self->store),
                                             lading_image_tag_get_untagged (row)
                                             ? lading_image_get_id (image)
                                             : lading_image_tag_get_repo_tag (row),
                                             lading_image_get_size (image), file);
  start_transfer (self, transfer);
}

/* "busybox_latest.tar", "registry.example.com_team_app_1.tar" */
static char *
dup_archive_name (LadingImageTag *row)
{
  LadingImage *image = lading_image_tag_get_image (row);
  g_autofree char *name = g_strdup (lading_image_tag_get_untagged (row)
                                    ? lading_image_get_short_id (image)
                                    : lading_image_tag_get_repo_tag (row));

  g_strdelimit (name, "/:", '_');
  return g_strconcat (name, ".tar", NULL);
}

static void
save_image (LadingImagesPage *self,
            LadingImageTag   *row)
{
  g_autofree char *file_name = dup_archive_name (row);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_set_object (&self->save_row, row);
  self->chooser = lading_file_save_choose (GTK_WIDGET (self), _("Save Image"), _("_Save"),
                                           file_name, save_chosen_cb);
}

static void
load_response_cb (LadingImagesPage     *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(LadingImageTransfer) transfer = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->store == NULL ||
      !(file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    return;

  transfer = lading_image_transfer_new_load (lading_store_get_engine (self->store), file);
  start_transfer (self, transfer);
}

static void
load_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) archives = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_file_filter_set_name (archives, _("Image Archives"));
  gtk_file_filter_add_pattern (archives, "*.tar");
  gtk_file_filter_add_mime_type (archives, "application/x-tar");
  gtk_file_filter_set_name (everything, _("All Files"));
  gtk_file_filter_add_pattern (everything, "*");

  self->chooser = gtk_file_chooser_native_new (_("Load Images"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Load"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), archives);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), everything);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (load_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
image_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  g_autoptr(LadingImageTag) row = dup_selected_row (self);
  g_autoptr(LadingImageReference) reference = NULL;
  g_autoptr(LadingImageTransfer) transfer = NULL;

  if (row == NULL || self->store == NULL)
    return;

  if (g_str_equal (action_name, "image.details"))
    {
      show_details (self, row);
    }
  else if (g_str_equal (action_name, "image.run") && self->transfers != NULL)
    {
      /* An untagged image runs by its id. */
      LadingImage *image = lading_image_tag_get_image (row);
      const char *name = lading_image_tag_get_untagged (row) ? lading_image_get_id (image)
                                                             : lading_image_tag_get_repo_tag (row);

      gtk_widget_activate_action (widget, "win.run-container", "s", name);
    }
  else if (g_str_equal (action_name, "image.save"))
    {
      save_image (self, row);
    }
  else if (g_str_equal (action_name, "image.remove"))
    {
      lading_image_actions_remove (widget, self->store, row);
    }
  else if (g_str_equal (action_name, "image.tag"))
    {
      lading_image_actions_tag (widget, self->store, row);
    }
  else if (g_str_equal (action_name, "image.push") && self->transfers != NULL &&
           (reference = lading_image_reference_parse (lading_image_tag_get_repo_tag (row), NULL)))
    {
      transfer = lading_image_transfer_new_push (lading_store_get_engine (self->store), reference);
      start_transfer (self, transfer);
    }
}

static void
item_activated_cb (LadingImagesPage *self,
                   GObject          *item)
{
  if (LADING_IS_IMAGE_TAG (item))
    show_details (self, LADING_IMAGE_TAG (item));
}

static void
browse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  GtkWidget *browser;

  if (self->store == NULL || self->transfers == NULL)
    return;

  browser = lading_registry_browser_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                         self->transfers);
  gtk_window_present (GTK_WINDOW (browser));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  GtkWidget *search;

  if (self->store == NULL || self->transfers == NULL)
    return;

  search = lading_image_search_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                    self->transfers);
  gtk_window_present (GTK_WINDOW (search));
}

static void
prune_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);

  if (self->store != NULL)
    lading_image_actions_prune (widget, self->store);
}

static void
pull_requested_cb (LadingImagesPage     *self,
                   LadingImageReference *reference,
                   const char           *platform)
{
  if (self->store != NULL && self->transfers != NULL)
    lading_transfers_pull (self->transfers, lading_store_get_engine (self->store), reference,
                           platform);
}

static void
pull_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingImagesPage *self = LADING_IMAGES_PAGE (widget);
  GtkWidget *dialog = lading_pull_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)));

  g_signal_connect_object (dialog, "pull", G_CALLBACK (pull_requested_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
lading_images_page_class_init (LadingImagesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_images_page_dispose;
  object_class->get_property = lading_images_page_get_property;
  object_class->set_property = lading_images_page_set_property;
  widget_class->map = lading_images_page_map;
  widget_class->unmap = lading_images_page_unmap;

  /* Whether images without a tag (dangling ones) are listed. */
  properties [PROP_SHOW_UNTAGGED] =
    g_param_spec_boolean ("show-untagged", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-images-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingImagesPage, box);
  gtk_widget_class_bind_template_child (widget_class, LadingImagesPage, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, context_menu_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_install_action (widget_class, "images.pull", NULL, pull_action);
  gtk_widget_class_install_action (widget_class, "images.prune", NULL, prune_action);
  gtk_widget_class_install_action (widget_class, "images.browse", NULL, browse_action);
  gtk_widget_class_install_action (widget_class, "images.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "image.details", NULL, image_action);
  gtk_widget_class_install_action (widget_class, "image.run", NULL, image_action);
  gtk_widget_class_install_action (widget_class, "image.push", NULL, image_action);
  gtk_widget_class_install_action (widget_class, "image.save", NULL, image_action);
  gtk_widget_class_install_action (widget_class, "images.load", NULL, load_action);
  gtk_widget_class_install_action (widget_class, "image.tag", NULL, image_action);
  gtk_widget_class_install_action (widget_class, "image.remove", NULL, image_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "image.remove", NULL);
}

static void
lading_images_page_init (LadingImagesPage *self)
{
  g_autoptr(GSimpleActionGroup) settings_actions = g_simple_action_group_new ();
  LadingSettings *settings = lading_settings_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->show_untagged = TRUE;
  self->untagged_filter = gtk_custom_filter_new (untagged_match_cb, self, NULL);
  lading_list_view_set_item_filter (self->list_view, GTK_FILTER (self->untagged_filter));
  lading_list_view_set_item_filter_properties (self->list_view, filter_properties);

  /* The toggle is the setting itself. */
  self->untagged_action = lading_settings_create_action (settings, "images-show-untagged");
  g_action_map_add_action (G_ACTION_MAP (settings_actions), self->untagged_action);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "settings", G_ACTION_GROUP (settings_actions));
  lading_settings_bind (settings, "images-show-untagged", self, "show-untagged",
                        G_SETTINGS_BIND_GET);
  update_actions (self);
}

/* The page lists @store's images once it is shown. */
void
lading_images_page_set_store (LadingImagesPage *self,
                              LadingStore      *store)
{
  g_return_if_fail (LADING_IS_IMAGES_PAGE (self));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      fill (self);
      lading_store_hold_sizes (self->store);
      self->holds_sizes = TRUE;
    }
  update_actions (self);
}

/* Pulls started here run in @transfers, which outlive the dialog. */
void
lading_images_page_set_transfers (LadingImagesPage *self,
                                  LadingTransfers  *transfers)
{
  g_return_if_fail (LADING_IS_IMAGES_PAGE (self));
  g_return_if_fail (LADING_IS_TRANSFERS (transfers));

  g_set_object (&self->transfers, transfers);
}

LadingListView *
lading_images_page_get_list_view (LadingImagesPage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGES_PAGE (self), NULL);

  return self->list_view;
}

gboolean
lading_images_page_get_show_untagged (LadingImagesPage *self)
{
  g_return_val_if_fail (LADING_IS_IMAGES_PAGE (self), FALSE);

  return self->show_untagged;
}

void
lading_images_page_set_show_untagged (LadingImagesPage *self,
                                      gboolean          show_untagged)
{
  g_return_if_fail (LADING_IS_IMAGES_PAGE (self));

  show_untagged = !!show_untagged;
  if (self->show_untagged == show_untagged)
    return;

  self->show_untagged = show_untagged;
  gtk_filter_changed (GTK_FILTER (self->untagged_filter),
                      show_untagged ? GTK_FILTER_CHANGE_LESS_STRICT
                                    : GTK_FILTER_CHANGE_MORE_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_UNTAGGED]);
}

/* Selects the first row of the image with @image_id, showing the rows a
 * search or the untagged toggle hid if it must. */
void
lading_images_page_select_image (LadingImagesPage *self,
                                 const char       *image_id)
{
  g_return_if_fail (LADING_IS_IMAGES_PAGE (self));
  g_return_if_fail (image_id != NULL);

  fill (self);
  if (self->rows == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(LadingImageTag) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (g_strcmp0 (lading_image_get_id (lading_image_tag_get_image (row)), image_id) != 0)
        continue;

      /* Hidden by the search, or by the Untagged toggle if it has no tag. */
      if (!lading_list_view_select_item (self->list_view, row))
        {
          lading_list_view_set_search_text (self->list_view, NULL);
          if (lading_image_tag_get_untagged (row))
            g_action_change_state (self->untagged_action, g_variant_new_boolean (TRUE));
          lading_list_view_select_item (self->list_view, row);
        }
      return;
    }
}
