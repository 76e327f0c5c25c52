/* lading-container-overview.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-container-info.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_OVERVIEW (lading_container_overview_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerOverview, lading_container_overview, LADING, CONTAINER_OVERVIEW, GtkWidget)

GtkWidget *lading_container_overview_new      (void);
void       lading_container_overview_set_info (LadingContainerOverview   *self,
                                               const LadingContainerInfo *info,
                                               gboolean                   running);

G_END_DECLS
