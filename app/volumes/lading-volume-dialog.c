/* lading-volume-dialog.c
 *
 * New Volume: a name (or none, for the engine to pick), a driver, its
 * options and labels.  As in the run dialog, every field is checked as it
 * is typed, by the engine's rules: Create waits until all are right, and
 * what the engine still refuses lands on its field (another driver's
 * volume of that name, a driver the engine does not have).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-volume-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-engine-error.h"
#include "lading-entry-rows.h"
#include "lading-form.h"
#include "lading-run-input.h"
#include "lading-run-text.h"
#include "lading-volume-dialog.h"

struct _LadingVolumeDialog
{
  AdwWindow            parent_instance;

  LadingStore         *store;
  GCancellable        *cancellable;
  LadingEntryRows     *option_rows;
  LadingEntryRows     *label_rows;
  gboolean             busy;
  LadingForm           parts;
  GtkWidget           *checked_rows[3];
  LadingEntryRows     *checked_lists[3];

  /* Template widgets */
  GtkWidget           *create_button;
  GtkWidget           *form;
  AdwEntryRow         *name_row;
  AdwEntryRow         *driver_row;
  AdwPreferencesGroup *options_group;
  AdwPreferencesGroup *labels_group;
  GtkLabel            *problem_label;
};

G_DEFINE_FINAL_TYPE (LadingVolumeDialog, lading_volume_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* What the form reads as, once every field is right. */
typedef struct
{
  char       *name;      /* NULL for one the engine picks */
  char       *driver;
  GHashTable *options;
  GHashTable *labels;
} VolumeForm;

static void
volume_form_free (VolumeForm *form)
{
  g_free (form->name);
  g_free (form->driver);
  g_hash_table_unref (form->options);
  g_hash_table_unref (form->labels);
  g_free (form);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VolumeForm, volume_form_free)

static char *
dup_row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
name_taken (LadingVolumeDialog *self,
            const char         *name)
{
  GListModel *volumes = lading_store_get_volumes (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (volumes); i++)
    {
      g_autoptr(LadingVolume) volume = g_list_model_get_item (volumes, i);

      if (g_str_equal (lading_volume_get_name (volume), name))
        return TRUE;
    }

  return FALSE;
}

/* The row of @rows whose NAME is @key. */
static GtkWidget *
find_option_row (LadingEntryRows *rows,
                 const char      *key)
{
  for (guint i = 0; i < lading_entry_rows_get_n_rows (rows); i++)
    {
      g_autofree char *row_key = NULL;
      g_autofree char *value = NULL;

      if (lading_run_input_parse_key_value (lading_entry_rows_get_text (rows, i),
                                            &row_key, &value) == LADING_RUN_INPUT_OK &&
          g_str_equal (row_key, key))
        return lading_entry_rows_get_row (rows, i);
    }

  return NULL;
}

/* Returns: (nullable): the form, or %NULL with the first wrong row and why. */
static VolumeForm *
read_form (LadingVolumeDialog  *self,
           GtkWidget          **bad_row,
           char               **why)
{
  g_autoptr(VolumeForm) form = g_new0 (VolumeForm, 1);
  LadingRunInputProblem problem;
  const char *bad_key = NULL;

  *bad_row = NULL;
  *why = NULL;
  form->options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  form->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  form->name = dup_row_text (self->name_row);
  problem = lading_run_input_check_name (form->name);
  if (problem == LADING_RUN_INPUT_EMPTY)
    {
      g_clear_pointer (&form->name, g_free);
    }
  else if (problem != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (self->name_row);
      *why = g_strdup (lading_run_text_input_hint (problem));
      return NULL;
    }
  else if (name_taken (self, form->name))
    {
      *bad_row = GTK_WIDGET (self->name_row);
      /* Translators: %s is a volume's name. */
      *why = g_strdup_printf (_("A volume named %s exists already."), form->name);
      return NULL;
    }

  form->driver = dup_row_text (self->driver_row);
  if (form->driver[0] == '\0')
    {
      g_free (form->driver);
      form->driver = g_strdup ("local");
    }

  if (!lading_entry_rows_read_key_values (self->option_rows, NULL, form->options, bad_row,
                                          &problem) ||
      !lading_entry_rows_read_key_values (self->label_rows, NULL, form->labels, bad_row,
                                          &problem))
    {
      *why = g_strdup (lading_run_text_input_hint (problem));
      return NULL;
    }

  problem = lading_run_input_check_driver_options (form->driver, form->options, &bad_key);
  if (problem != LADING_RUN_INPUT_OK)
    {
      *bad_row = find_option_row (self->option_rows, bad_key);
      *why = g_strdup (lading_run_text_input_hint (problem));
      return NULL;
    }

  return g_steal_pointer (&form);
}

static void
field_changed_cb (LadingVolumeDialog *self)
{
  g_autoptr(VolumeForm) form = NULL;
  g_autofree char *why = NULL;
  GtkWidget *bad_row;

  /* Not while the template is built, nor while Create runs. */
  if (self->option_rows == NULL || self->busy)
    return;

  form = read_form (self, &bad_row, &why);
  lading_form_show_problem (&self->parts, bad_row, why);
  gtk_widget_set_sensitive (self->create_button, form != NULL);
}

static void
add_option_clicked_cb (LadingVolumeDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->option_rows, NULL));
}

static void
add_label_clicked_cb (LadingVolumeDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->label_rows, NULL));
}

static void
set_busy (LadingVolumeDialog *self,
          gboolean            busy)
{
  self->busy = busy;
  lading_form_set_busy (&self->parts, busy, busy ? _("Creating…") : _("C_reate"));
}

static void
show_engine_error (LadingVolumeDialog *self,
                   const GError       *error)
{
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *driver = dup_row_text (self->driver_row);
  g_autofree char *text = NULL;
  GtkWidget *row = NULL;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT))
    {
      row = GTK_WIDGET (self->name_row);
      /* Translators: %s is a volume's name. */
      text = g_strdup_printf (_("A volume named %s exists already, with another driver."), name);
    }
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    {
      row = GTK_WIDGET (self->driver_row);
      /* Translators: %s is a volume driver's name; the engine's words follow. */
      text = g_strdup_printf (_("The engine has no volume driver “%s”: %s"), driver,
                              error->message);
    }
  else
    {
      /* Translators: the engine's words follow. */
      text = g_strdup_printf (_("The engine did not create the volume: %s"), error->message);
    }

  lading_form_show_problem (&self->parts, row, text);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingVolumeDialog) self = user_data;
  g_autoptr(LadingVolume) volume = NULL;
  g_autoptr(GError) error = NULL;

  volume = lading_engine_create_volume_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (volume == NULL)
    {
      show_engine_error (self, error);
      return;
    }

  g_signal_emit (self, signals [SIGNAL_CREATED], 0, lading_volume_get_name (volume));
  gtk_window_close (GTK_WINDOW (self));
}

static void
create_clicked_cb (LadingVolumeDialog *self)
{
  g_autoptr(VolumeForm) form = NULL;
  g_autofree char *why = NULL;
  GtkWidget *bad_row;

  /* Enter in a row runs this too, whether the button is sensitive or not. */
  if (self->busy || (form = read_form (self, &bad_row, &why)) == NULL)
    return;

  set_busy (self, TRUE);
  lading_form_show_problem (&self->parts, NULL, NULL);
  lading_engine_create_volume_async (lading_store_get_engine (self->store), form->name,
                                     form->driver, form->options, form->labels,
                                     self->cancellable, created_cb, g_object_ref (self));
}

GtkWidget *
lading_volume_dialog_new (GtkWindow   *parent,
                          LadingStore *store)
{
  LadingVolumeDialog *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);

  self = g_object_new (LADING_TYPE_VOLUME_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  field_changed_cb (self);

  return GTK_WIDGET (self);
}

/* A create given up stops here: Cancel, Escape, or the window it is for gone. */
static gboolean
lading_volume_dialog_close_request (GtkWindow *window)
{
  g_cancellable_cancel (LADING_VOLUME_DIALOG (window)->cancellable);

  return GTK_WINDOW_CLASS (lading_volume_dialog_parent_class)->close_request (window);
}

static void
lading_volume_dialog_map (GtkWidget *widget)
{
  LadingVolumeDialog *self = LADING_VOLUME_DIALOG (widget);

  GTK_WIDGET_CLASS (lading_volume_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
lading_volume_dialog_dispose (GObject *object)
{
  LadingVolumeDialog *self = (LadingVolumeDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_VOLUME_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->option_rows);
  g_clear_object (&self->label_rows);

  G_OBJECT_CLASS (lading_volume_dialog_parent_class)->dispose (object);
}

static void
lading_volume_dialog_class_init (LadingVolumeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_volume_dialog_dispose;
  widget_class->map = lading_volume_dialog_map;
  GTK_WINDOW_CLASS (klass)->close_request = lading_volume_dialog_close_request;

  /**
   * LadingVolumeDialog::created:
   * @name: the new volume's name
   *
   * The engine made the volume; the dialog closes.
   */
  signals [SIGNAL_CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-volume-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, form);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, driver_row);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, options_group);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, labels_group);
  gtk_widget_class_bind_template_child (widget_class, LadingVolumeDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_option_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_label_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static LadingEntryRows *
new_rows (LadingVolumeDialog  *self,
          AdwPreferencesGroup *group,
          const char          *row_title)
{
  LadingEntryRows *rows = lading_entry_rows_new (group, row_title);

  g_signal_connect_object (rows, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return rows;
}

static void
lading_volume_dialog_init (LadingVolumeDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->option_rows = new_rows (self, self->options_group, _("Option"));
  self->label_rows = new_rows (self, self->labels_group, _("Label"));

  self->checked_rows[0] = GTK_WIDGET (self->name_row);
  self->checked_rows[1] = GTK_WIDGET (self->driver_row);
  self->checked_lists[0] = self->option_rows;
  self->checked_lists[1] = self->label_rows;
  self->parts = (LadingForm) { GTK_WINDOW (self), self->form, self->create_button,
                               self->problem_label, self->checked_rows, self->checked_lists };
}
