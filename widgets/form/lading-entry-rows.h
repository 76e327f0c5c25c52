/* lading-entry-rows.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-run-input.h"

G_BEGIN_DECLS

#define LADING_TYPE_ENTRY_ROWS (lading_entry_rows_get_type ())

G_DECLARE_FINAL_TYPE (LadingEntryRows, lading_entry_rows, LADING, ENTRY_ROWS, GObject)

LadingEntryRows *lading_entry_rows_new               (AdwPreferencesGroup  *group,
                                                      const char           *row_title);
GtkWidget       *lading_entry_rows_add               (LadingEntryRows      *self,
                                                      const char           *text);
guint            lading_entry_rows_get_n_rows        (LadingEntryRows      *self);
GtkWidget       *lading_entry_rows_get_row           (LadingEntryRows      *self,
                                                      guint                 index);
const char      *lading_entry_rows_get_text          (LadingEntryRows      *self,
                                                      guint                 index);
void             lading_entry_rows_clear_errors      (LadingEntryRows      *self);
gboolean         lading_entry_rows_read_key_values   (LadingEntryRows      *self,
                                                      GPtrArray            *lines,
                                                      GHashTable           *map,
                                                      GtkWidget           **bad_row,
                                                      LadingRunInputProblem *problem);

G_END_DECLS
