/* lading-containers-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-container-actions.h"
#include "lading-list-view.h"
#include "lading-stats-monitor.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINERS_PAGE (lading_containers_page_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainersPage, lading_containers_page,
                      LADING, CONTAINERS_PAGE, GtkWidget)

GtkWidget              *lading_containers_page_new           (void);
LadingStore            *lading_containers_page_get_store     (LadingContainersPage *self);
void                    lading_containers_page_set_store     (LadingContainersPage *self,
                                                              LadingStore          *store);
void                    lading_containers_page_add_stats_columns (LadingContainersPage *self,
                                                                  LadingStatsMonitor   *monitor);
LadingListView         *lading_containers_page_get_list_view (LadingContainersPage *self);
LadingContainerActions *lading_containers_page_get_actions   (LadingContainersPage *self);

G_END_DECLS
