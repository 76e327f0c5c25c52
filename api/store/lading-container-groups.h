/* lading-container-groups.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-compose-project.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_GROUPS (lading_container_groups_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerGroups, lading_container_groups, LADING, CONTAINER_GROUPS, GObject)

LadingContainerGroups *lading_container_groups_new             (GListModel            *containers);
GListModel            *lading_container_groups_get_containers  (LadingContainerGroups *self);
gboolean               lading_container_groups_get_grouped     (LadingContainerGroups *self);
void                   lading_container_groups_set_grouped     (LadingContainerGroups *self,
                                                                gboolean               grouped);
LadingComposeProject  *lading_container_groups_lookup_project  (LadingContainerGroups *self,
                                                                const char            *name);
GListModel            *lading_container_groups_create_children (gpointer               item,
                                                                gpointer               user_data);

G_END_DECLS
