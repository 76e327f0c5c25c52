/* lading-file-save.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * LadingFileChosenFunc:
 * @widget: the widget that asked
 * @file: where the user chose to save
 *
 * Called when the user accepts a file chooser of lading_file_save_choose().
 */
typedef void (*LadingFileChosenFunc) (GtkWidget *widget,
                                      GFile     *file);

GtkFileChooserNative *lading_file_save_choose      (GtkWidget            *widget,
                                                    const char           *title,
                                                    const char           *accept_label,
                                                    const char           *file_name,
                                                    LadingFileChosenFunc  chosen);
void                  lading_file_save_bytes       (GtkWidget            *widget,
                                                    GFile                *file,
                                                    GBytes               *bytes,
                                                    const char           *saved_message,
                                                    GCancellable         *cancellable);
void                  lading_file_save_show_toast  (GtkWidget            *widget,
                                                    const char           *title);

G_END_DECLS
