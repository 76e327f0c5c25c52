/* lading-container-actions.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_ACTIONS (lading_container_actions_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerActions, lading_container_actions,
                      LADING, CONTAINER_ACTIONS, GObject)

LadingContainerActions *lading_container_actions_new         (LadingStore            *store);
LadingStore            *lading_container_actions_get_store   (LadingContainerActions *self);
gboolean                lading_container_actions_applies     (const char             *verb,
                                                              LadingContainer        *container);
gboolean                lading_container_actions_can         (const char             *verb,
                                                              GPtrArray              *containers);
void                    lading_container_actions_activate    (LadingContainerActions *self,
                                                              GtkWidget              *parent,
                                                              const char             *verb,
                                                              GPtrArray              *containers);
const char             *lading_container_actions_get_pending (LadingContainerActions *self,
                                                              const char             *id);

G_END_DECLS
