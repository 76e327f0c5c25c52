/* lading-test-widgets.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*LadingTestWidgetMatch) (GtkWidget     *widget,
                                           gconstpointer  data);

GtkWidget *lading_test_find_matching  (GtkWidget             *root,
                                       LadingTestWidgetMatch  match,
                                       gconstpointer          data);
guint      lading_test_count_matching (GtkWidget             *root,
                                       LadingTestWidgetMatch  match,
                                       gconstpointer          data);
GtkWidget *lading_test_find           (GtkWidget             *root,
                                       GType                  type);
gboolean   lading_test_shows_text     (GtkWidget             *root,
                                       const char            *text);
GtkWindow *lading_test_find_toplevel  (GType                  type);

G_END_DECLS
