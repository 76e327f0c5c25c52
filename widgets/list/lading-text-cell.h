/* lading-text-cell.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADING_TYPE_TEXT_CELL (lading_text_cell_get_type ())

G_DECLARE_FINAL_TYPE (LadingTextCell, lading_text_cell, LADING, TEXT_CELL, GtkWidget)

GtkWidget      *lading_text_cell_new             (void);
const char     *lading_text_cell_get_text        (LadingTextCell *self);
void            lading_text_cell_set_text        (LadingTextCell *self,
                                                  const char     *text);
gboolean        lading_text_cell_get_heading     (LadingTextCell *self);
void            lading_text_cell_set_heading     (LadingTextCell *self,
                                                  gboolean        heading);
GtkInscription *lading_text_cell_get_inscription (LadingTextCell *self);
gboolean        lading_text_cell_is_truncated    (LadingTextCell *self);

G_END_DECLS
