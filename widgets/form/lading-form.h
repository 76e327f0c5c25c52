/* lading-form.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-entry-rows.h"

G_BEGIN_DECLS

/**
 * LadingForm:
 * @window: the dialog
 * @form: what goes insensitive while the dialog's action runs
 * @button: the dialog's main action
 * @problem_label: where the words for the first problem go
 * @rows: (array zero-terminated=1): the single rows that can be wrong
 * @lists: (array zero-terminated=1): the lists of rows that can be wrong
 *
 * The parts of a dialog whose fields are checked as they are typed.
 */
typedef struct
{
  GtkWindow        *window;
  GtkWidget        *form;
  GtkWidget        *button;
  GtkLabel         *problem_label;
  GtkWidget       **rows;
  LadingEntryRows **lists;
} LadingForm;

void lading_form_show_problem (const LadingForm *form,
                               GtkWidget        *row,
                               const char       *text);
void lading_form_show_note    (const LadingForm *form,
                               const char       *text);
void lading_form_set_busy     (const LadingForm *form,
                               gboolean          busy,
                               const char       *label);

G_END_DECLS
