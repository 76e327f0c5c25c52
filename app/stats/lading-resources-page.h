/* lading-resources-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-stats-monitor.h"

G_BEGIN_DECLS

#define LADING_TYPE_RESOURCES_PAGE (lading_resources_page_get_type ())

G_DECLARE_FINAL_TYPE (LadingResourcesPage, lading_resources_page, LADING, RESOURCES_PAGE, GtkWidget)

GtkWidget *lading_resources_page_new         (void);
void       lading_resources_page_set_monitor (LadingResourcesPage *self,
                                              LadingStatsMonitor  *monitor);
GtkWidget *lading_resources_page_get_graph   (LadingResourcesPage *self,
                                              guint                index);

G_END_DECLS
