/* lading-container-resources.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-container.h"
#include "lading-stats-monitor.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_RESOURCES (lading_container_resources_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerResources, lading_container_resources,
                      LADING, CONTAINER_RESOURCES, GtkWidget)

GtkWidget *lading_container_resources_new           (void);
void       lading_container_resources_set_container (LadingContainerResources *self,
                                                     LadingStatsMonitor       *monitor,
                                                     LadingContainer          *container);
GTimeSpan  lading_container_resources_get_range     (LadingContainerResources *self);
GtkWidget *lading_container_resources_get_graph     (LadingContainerResources *self,
                                                     guint                     index);

G_END_DECLS
