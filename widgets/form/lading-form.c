/* lading-form.c
 *
 * What the dialogs whose fields are checked as they are typed do alike:
 * mark the first wrong row and say why under the form, and hold the form
 * still while their action runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-form"

#include "config.h"

#include "lading-form.h"

/**
 * lading_form_show_problem:
 * @row: (nullable): the row that is wrong
 * @text: (nullable): why, or %NULL when nothing is
 *
 * Marks @row alone and shows @text.  While nothing has the focus (after
 * the action ran), @row takes it, or else the first row.
 */
void
lading_form_show_problem (const LadingForm *form,
                          GtkWidget        *row,
                          const char       *text)
{
  for (guint i = 0; form->rows[i] != NULL; i++)
    gtk_widget_remove_css_class (form->rows[i], "error");
  for (guint i = 0; form->lists[i] != NULL; i++)
    lading_entry_rows_clear_errors (form->lists[i]);

  if (row != NULL)
    gtk_widget_add_css_class (row, "error");
  /* After the action ran, the focus goes back to the form: to the row that
   * is wrong, else the first. */
  if (gtk_window_get_focus (form->window) == NULL && gtk_widget_get_sensitive (form->form))
    gtk_widget_grab_focus (row != NULL ? row : form->rows[0]);

  gtk_label_set_text (form->problem_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (form->problem_label), text != NULL);
  gtk_widget_add_css_class (GTK_WIDGET (form->problem_label), "error");
  gtk_widget_set_tooltip_text (form->button, text);
}

/**
 * lading_form_show_note:
 * @text: (nullable): what the dialog is doing ("Pulling busybox first…")
 *
 * Shows @text where the problems go, as news rather than a problem, and
 * marks no row.
 */
void
lading_form_show_note (const LadingForm *form,
                       const char       *text)
{
  lading_form_show_problem (form, NULL, text);
  gtk_widget_remove_css_class (GTK_WIDGET (form->problem_label), "error");
  gtk_widget_set_tooltip_text (form->button, NULL);
}

/**
 * lading_form_set_busy:
 * @label: the button's label, the one it has while busy or the other
 *
 * While the action runs, the form stays as it was sent.
 */
void
lading_form_set_busy (const LadingForm *form,
                      gboolean          busy,
                      const char       *label)
{
  /* A text that loses its sensitivity with the focus never hears it go. */
  if (busy)
    gtk_window_set_focus (form->window, NULL);
  gtk_widget_set_sensitive (form->form, !busy);
  gtk_widget_set_sensitive (form->button, !busy);
  gtk_button_set_label (GTK_BUTTON (form->button), label);
}
