/* lading-state-cell.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-state-badge.h"

G_BEGIN_DECLS

#define LADING_TYPE_STATE_CELL (lading_state_cell_get_type ())

G_DECLARE_FINAL_TYPE (LadingStateCell, lading_state_cell, LADING, STATE_CELL, GtkWidget)

GtkWidget        *lading_state_cell_new           (void);
LadingStateBadge *lading_state_cell_get_badge     (LadingStateCell *self);
const char       *lading_state_cell_get_summary   (LadingStateCell *self);
void              lading_state_cell_set_summary   (LadingStateCell *self,
                                                   const char      *summary);
const char       *lading_state_cell_get_busy_text (LadingStateCell *self);
void              lading_state_cell_set_busy_text (LadingStateCell *self,
                                                   const char      *busy_text);

G_END_DECLS
