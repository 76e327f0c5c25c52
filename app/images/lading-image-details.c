/* lading-image-details.c
 *
 * One image's page: what it is (id, size, platform, digests), how its
 * containers run (entrypoint, command, environment, ports, volumes,
 * labels), and its history, one row per step of the Dockerfile that made
 * it, newest first, with the step's size and age.  Steps that changed no
 * file (ENV, CMD…) made no layer; their rows are dimmed.
 *
 * The page asks the engine for the inspect and the history itself; a
 * failure (the image was removed meanwhile) says so in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-image-details"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-image-details.h"
#include "lading-status-text.h"

struct _LadingImageDetails
{
  GtkWidget       parent_instance;

  LadingStore    *store;
  char           *image_id;
  char           *name;
  GCancellable   *cancellable;
  LadingImage    *image;     /* inspected, once loaded */
  GPtrArray      *history;   /* of LadingImageLayer, once loaded */
  guint           n_pending;

  /* Template widgets */
  GtkWidget      *content;
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *failed_page;
  AdwPreferencesGroup *image_group;
  AdwPreferencesGroup *config_group;
  GtkListBox     *history_list;
};

G_DEFINE_FINAL_TYPE (LadingImageDetails, lading_image_details, GTK_TYPE_WIDGET)

/* A field and its value, whole on as many lines as it takes. */
static void
add_field (AdwPreferencesGroup *group,
           const char          *title,
           const char          *value)
{
  GtkWidget *row;

  if (value == NULL || value[0] == '\0')
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
}

/* A list, one element per line; a command as it would be typed. */
static void
add_list_field (AdwPreferencesGroup *group,
                const char          *title,
                const char * const  *values,
                const char          *separator)
{
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;

  joined = g_strjoinv (separator, (char **)values);
  add_field (group, title, joined);
}

static char *
dup_labels (GHashTable *labels)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (labels == NULL || g_hash_table_size (labels) == 0)
    return NULL;

  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (lines, g_strdup_printf ("%s=%s", (char *)key, (char *)value));
  g_ptr_array_sort (lines, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **)lines->pdata);
}

static void
show_image (LadingImageDetails *self)
{
  LadingImageConfig *config = lading_image_get_config (self->image);
  g_autofree char *size = g_format_size (lading_image_get_size (self->image));
  g_autofree char *created = NULL;
  g_autofree char *platform = NULL;
  g_autofree char *labels = dup_labels (lading_image_get_labels (self->image));
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  created = lading_status_text_format_relative (lading_image_get_created (self->image), now);
  add_field (self->image_group, _("ID"), lading_image_get_id (self->image));
  add_list_field (self->image_group, _("Names"), lading_image_get_repo_tags (self->image), "\n");
  add_field (self->image_group, _("Size"), size);
  add_field (self->image_group, _("Created"), created);

  if (config != NULL)
    {
      platform = lading_image_config_dup_platform (config);
      add_field (self->image_group, _("Platform"), platform);
      add_list_field (self->image_group, _("Digests"),
                      lading_image_config_get_repo_digests (config), "\n");

      add_list_field (self->config_group, _("Entrypoint"),
                      lading_image_config_get_entrypoint (config), " ");
      add_list_field (self->config_group, _("Command"), lading_image_config_get_cmd (config), " ");
      add_field (self->config_group, _("Working Directory"),
                 lading_image_config_get_working_dir (config));
      add_field (self->config_group, _("User"), lading_image_config_get_user (config));
      add_list_field (self->config_group, _("Environment"),
                      lading_image_config_get_env (config), "\n");
      add_list_field (self->config_group, _("Exposed Ports"),
                      lading_image_config_get_exposed_ports (config), "\n");
      add_list_field (self->config_group, _("Volumes"),
                      lading_image_config_get_volumes (config), "\n");
    }
  add_field (self->config_group, _("Labels"), labels);
}

static GtkWidget *
history_row_new (LadingImageLayer *layer,
                 gint64            now)
{
  g_autofree char *size = g_format_size (lading_image_layer_get_size (layer));
  g_autofree char *age = lading_status_text_format_relative (lading_image_layer_get_created (layer),
                                                             now);
  g_autofree char *details = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *instruction = gtk_label_new (lading_image_layer_get_instruction (layer));
  GtkWidget *meta;

  gtk_label_set_xalign (GTK_LABEL (instruction), 0);
  gtk_label_set_wrap (GTK_LABEL (instruction), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (instruction), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (instruction), TRUE);
  gtk_widget_add_css_class (instruction, "monospace");

  if (lading_image_layer_get_empty (layer))
    /* Translators: a history step that made no layer; %s is its age. */
    details = g_strdup_printf (_("No layer · %s"), age);
  else
    /* Translators: a history step's layer size, then its age: "4.3 MB · 2 days ago". */
    details = g_strdup_printf (_("%s · %s"), size, age);
  meta = gtk_label_new (details);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");

  gtk_box_append (GTK_BOX (box), instruction);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (lading_image_layer_get_empty (layer))
    {
      gtk_widget_add_css_class (row, "dim-label");
      gtk_widget_add_css_class (row, "lading-empty-layer");
    }

  return row;
}

static void
show_history (LadingImageDetails *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint i = 0; i < self->history->len; i++)
    gtk_list_box_append (self->history_list,
                         history_row_new (g_ptr_array_index (self->history, i), now));
}

/* Both calls must answer before anything shows; either failing says why. */
static void
loaded_one (LadingImageDetails *self,
            GError             *error)
{
  self->n_pending--;

  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      gtk_spinner_stop (self->spinner);
      return;
    }

  if (self->n_pending > 0 || self->image == NULL || self->history == NULL)
    return;

  show_image (self);
  show_history (self);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LadingImageDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  self->image = lading_engine_inspect_image_finish (LADING_ENGINE (object), result, &error);
  loaded_one (self, error);
}

static void
history_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingImageDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  self->history = lading_engine_image_history_finish (LADING_ENGINE (object), result, &error);
  loaded_one (self, error);
}

/**
 * lading_image_details_new:
 * @image_id: the image's full id
 * @name: what the page's title calls it, "busybox:latest"
 */
LadingImageDetails *
lading_image_details_new (LadingStore *store,
                          const char  *image_id,
                          const char  *name)
{
  LadingImageDetails *self;
  LadingEngine *engine;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (image_id != NULL && name != NULL, NULL);

  self = g_object_new (LADING_TYPE_IMAGE_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->image_id = g_strdup (image_id);
  self->name = g_strdup (name);
  adw_window_title_set_title (self->window_title, name);

  engine = lading_store_get_engine (store);
  self->n_pending = 2;
  lading_engine_inspect_image_async (engine, image_id, self->cancellable, inspected_cb,
                                     g_object_ref (self));
  lading_engine_image_history_async (engine, image_id, self->cancellable, history_cb,
                                     g_object_ref (self));

  return self;
}

/* Whether the page shows the image, both calls answered. */
gboolean
lading_image_details_get_loaded (LadingImageDetails *self)
{
  g_return_val_if_fail (LADING_IS_IMAGE_DETAILS (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "details") == 0;
}

static void
lading_image_details_dispose (GObject *object)
{
  LadingImageDetails *self = (LadingImageDetails *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_IMAGE_DETAILS);
  g_clear_object (&self->store);
  g_clear_object (&self->image);
  g_clear_pointer (&self->history, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_image_details_parent_class)->dispose (object);
}

static void
lading_image_details_finalize (GObject *object)
{
  LadingImageDetails *self = (LadingImageDetails *)object;

  g_clear_object (&self->cancellable);
  g_free (self->image_id);
  g_free (self->name);

  G_OBJECT_CLASS (lading_image_details_parent_class)->finalize (object);
}

static void
lading_image_details_class_init (LadingImageDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_image_details_dispose;
  object_class->finalize = lading_image_details_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-image-details.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, content);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, window_title);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, spinner);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, failed_page);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, image_group);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, config_group);
  gtk_widget_class_bind_template_child (widget_class, LadingImageDetails, history_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lading_image_details_init (LadingImageDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}
