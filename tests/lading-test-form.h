/* lading-test-form.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *lading_test_form_row            (GtkWidget  *root,
                                            const char *title);
GtkWidget *lading_test_form_last_row       (GtkWidget  *root,
                                            const char *title);
void       lading_test_form_set            (GtkWidget  *root,
                                            const char *title,
                                            const char *text);
void       lading_test_form_click          (GtkWidget  *root,
                                            const char *tooltip);
void       lading_test_form_submit         (GtkWidget  *root);
gboolean   lading_test_form_can_submit     (GtkWidget  *root);
void       lading_test_form_await_text     (GtkWidget  *root,
                                            const char *text);
void       lading_test_form_await_focus    (GtkWidget  *window,
                                            const char *title);
void       lading_test_form_assert_refused (GtkWidget  *root,
                                            const char *title,
                                            const char *text,
                                            const char *words);

G_END_DECLS
