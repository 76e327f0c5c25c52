/* lading-log-view-export.c
 *
 * "Export Full Log…": the whole log, not just the lines the view keeps,
 * streamed by the api straight into the chosen file, with the bytes written
 * so far and a Cancel button shown while it runs.  An export that fails or
 * is cancelled removes the part it wrote, so no truncated log is left that
 * looks whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-file-save.h"
#include "lading-log-view-private.h"

static void
set_exporting (LadingLogView *self,
               gboolean       exporting)
{
  gtk_revealer_set_reveal_child (self->export_revealer, exporting);
  gtk_spinner_set_spinning (self->export_spinner, exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.export", !exporting && self->tty_known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.cancel-export", exporting);
  _lading_log_view_notify_exporting (self);
}

static void
progress_cb (goffset  written,
             gpointer user_data)
{
  LadingLogView *self = user_data;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;

  if (self->content == NULL)
    return;

  size = g_format_size (written);
  /* Translators: %s is an amount like "12.5 MB" */
  text = g_strdup_printf (_("Exporting the log… %s written"), size);
  gtk_label_set_text (self->export_label, text);
}

/* Ends the export in every case; @error is NULL on success. */
static void
finish_export (LadingLogView *self,
               goffset        written,
               const GError  *error)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->export_file);
  g_autoptr(GOutputStream) stream = g_steal_pointer (&self->export_stream);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *size = g_format_size (written);
  g_autofree char *title = NULL;

  g_clear_object (&self->export_cancellable);

  if (error != NULL)
    {
      /* Closing without a cancellable cannot fail because of one; the part
       * written is removed next, so a failure to close does not matter. */
      if (stream != NULL)
        g_output_stream_close (stream, NULL, NULL);
      g_file_delete_async (file, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
    }

  /* Cancelled as the view went: nobody to tell. */
  if (self->content == NULL)
    return;

  set_exporting (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    title = g_strdup (_("Export cancelled"));
  else if (error != NULL)
    /* Translators: %s says why, e.g. "No space left on device" */
    title = g_strdup_printf (_("Could not export the log: %s"), error->message);
  else
    /* Translators: "Exported 12.5 MB to “web.log”" */
    title = g_strdup_printf (_("Exported %s to “%s”"), size, name);

  _lading_log_view_show_toast (self, title);
}

static void
close_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(LadingLogView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_output_stream_close_finish (G_OUTPUT_STREAM (object), result, &error))
    g_clear_object (&self->export_stream);
  finish_export (self, self->export_written, error);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LadingLogView) self = user_data;
  g_autoptr(GError) error = NULL;
  goffset written = lading_engine_export_logs_finish (LADING_ENGINE (object), result, &error);

  if (written < 0)
    {
      finish_export (self, 0, error);
      return;
    }

  self->export_written = written;
  g_output_stream_close_async (self->export_stream, G_PRIORITY_DEFAULT, self->export_cancellable,
                               close_cb, g_object_ref (self));
}

static void
replace_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingLogView) self = user_data;
  g_autoptr(GError) error = NULL;
  GFileOutputStream *stream = g_file_replace_finish (G_FILE (object), result, &error);

  if (stream == NULL)
    {
      finish_export (self, 0, error);
      return;
    }

  self->export_stream = G_OUTPUT_STREAM (stream);
  lading_engine_export_logs_async (self->engine, lading_container_get_id (self->container),
                                   self->tty,
                                   gtk_toggle_button_get_active (self->timestamps_button),
                                   self->export_stream, progress_cb, self,
                                   self->export_cancellable, export_cb, g_object_ref (self));
}

static void
file_chosen (GtkWidget *widget,
             GFile     *file)
{
  LadingLogView *self = LADING_LOG_VIEW (widget);

  g_clear_object (&self->chooser);
  lading_log_view_export (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingLogView *self = LADING_LOG_VIEW (widget);
  g_autofree char *name = g_strdup_printf ("%s.log", lading_container_get_name (self->container));

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = lading_file_save_choose (widget, _("Export Full Log"), _("_Export"), name,
                                           file_chosen);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_cancellable_cancel (LADING_LOG_VIEW (widget)->export_cancellable);
}

void
_lading_log_view_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "log.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "log.cancel-export", NULL, cancel_export_action);
}

/* Cancels an export running (its callbacks hold the view) and closes the
 * file chooser. */
void
_lading_log_view_export_dispose (LadingLogView *self)
{
  g_cancellable_cancel (self->export_cancellable);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

gboolean
lading_log_view_get_exporting (LadingLogView *self)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), FALSE);

  return self->export_file != NULL;
}

/**
 * lading_log_view_export:
 * @file: where to write the whole log (replaced if it exists)
 *
 * Exports the log as "Export Full Log…" does once a file is chosen: with
 * timestamps when they are shown, progress in the view and a toast at the
 * end.  Does nothing while an export runs or before the log is open.
 */
void
lading_log_view_export (LadingLogView *self,
                        GFile         *file)
{
  g_return_if_fail (LADING_IS_LOG_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->export_file != NULL || !self->tty_known)
    return;

  self->export_file = g_object_ref (file);
  self->export_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->export_label, _("Exporting the log…"));
  set_exporting (self, TRUE);
  g_file_replace_async (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, G_PRIORITY_DEFAULT,
                        self->export_cancellable, replace_cb, g_object_ref (self));
}
