/* lading-container-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-container-actions.h"
#include "lading-stats-monitor.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_DETAILS (lading_container_details_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerDetails, lading_container_details, LADING, CONTAINER_DETAILS, GtkWidget)

LadingContainerDetails *lading_container_details_new           (LadingStore            *store,
                                                                LadingStatsMonitor     *stats_monitor,
                                                                LadingContainer        *container);
LadingStore            *lading_container_details_get_store     (LadingContainerDetails *self);
LadingContainer        *lading_container_details_get_container (LadingContainerDetails *self);
LadingContainerActions *lading_container_details_get_actions   (LadingContainerDetails *self);
void                    lading_container_details_set_actions   (LadingContainerDetails *self,
                                                                LadingContainerActions *actions);
gboolean                lading_container_details_get_removed   (LadingContainerDetails *self);

G_END_DECLS
