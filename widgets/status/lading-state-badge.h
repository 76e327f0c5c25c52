/* lading-state-badge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-container.h"

G_BEGIN_DECLS

#define LADING_TYPE_STATE_BADGE (lading_state_badge_get_type ())

G_DECLARE_FINAL_TYPE (LadingStateBadge, lading_state_badge, LADING, STATE_BADGE, GtkWidget)

GtkWidget             *lading_state_badge_new        (void);
LadingContainerState   lading_state_badge_get_state  (LadingStateBadge      *self);
void                   lading_state_badge_set_state  (LadingStateBadge      *self,
                                                      LadingContainerState   state);
LadingContainerHealth  lading_state_badge_get_health (LadingStateBadge      *self);
void                   lading_state_badge_set_health (LadingStateBadge      *self,
                                                      LadingContainerHealth  health);

G_END_DECLS
