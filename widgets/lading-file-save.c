/* lading-file-save.c
 *
 * Saving from a view to a file the user chooses: the chooser, the write,
 * and the toast that says how it went, shared by the views that save (the
 * inspect output, a log, resource figures as CSV).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-file-save"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lading-file-save.h"

/**
 * lading_file_save_show_toast:
 * @widget: a widget inside a toast overlay
 * @title: what to say
 *
 * Shows @title in the nearest #AdwToastOverlay above @widget, if any.
 */
void
lading_file_save_show_toast (GtkWidget  *widget,
                             const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
response_cb (GtkWidget            *widget,
             int                   response,
             GtkFileChooserNative *chooser)
{
  LadingFileChosenFunc chosen = g_object_get_data (G_OBJECT (chooser), "lading-chosen");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    chosen (widget, file);
}

/**
 * lading_file_save_choose:
 * @widget: the view that saves, whose window the chooser is modal for
 * @title: the chooser's title, "Export CSV"
 * @accept_label: its button, "_Save"
 * @file_name: the name it offers
 * @chosen: called with the file if the user accepts, while @widget lives
 *
 * Shows a file chooser to save to.  The caller keeps the chooser and
 * destroys it (gtk_native_dialog_destroy()) when it goes first.
 *
 * Returns: (transfer full): the chooser, shown
 */
GtkFileChooserNative *
lading_file_save_choose (GtkWidget            *widget,
                         const char           *title,
                         const char           *accept_label,
                         const char           *file_name,
                         LadingFileChosenFunc  chosen)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (chosen != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_object_set_data (G_OBJECT (chooser), "lading-chosen", chosen);
  g_signal_connect_object (chooser, "response", G_CALLBACK (response_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));

  return chooser;
}

typedef struct
{
  GtkWidget *widget;
  char      *saved_message;
} Save;

static void
save_free (Save *save)
{
  g_object_unref (save->widget);
  g_free (save->saved_message);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Save, save_free)

static void
replaced_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Save) save = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      lading_file_save_show_toast (save->widget, save->saved_message);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Translators: %s says why, e.g. "Permission denied" */
  title = g_strdup_printf (_("Could not save the file: %s"), error->message);
  lading_file_save_show_toast (save->widget, title);
}

/**
 * lading_file_save_bytes:
 * @widget: the view that saves, which toasts the outcome
 * @file: where to save, replaced if it exists
 * @bytes: what to save
 * @saved_message: the toast once it is saved, "Saved the figures as CSV"
 * @cancellable: (nullable): to give up, quietly
 *
 * Writes @bytes to @file and says how it went: @saved_message, or why it
 * could not be saved.
 */
void
lading_file_save_bytes (GtkWidget    *widget,
                        GFile        *file,
                        GBytes       *bytes,
                        const char   *saved_message,
                        GCancellable *cancellable)
{
  Save *save;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  save = g_new0 (Save, 1);
  save->widget = g_object_ref (widget);
  save->saved_message = g_strdup (saved_message);
  /* The file keeps its own reference to @bytes while it writes. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, replaced_cb, save);
}
