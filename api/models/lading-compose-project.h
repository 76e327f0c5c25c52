/* lading-compose-project.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-container.h"

G_BEGIN_DECLS

#define LADING_TYPE_COMPOSE_PROJECT (lading_compose_project_get_type ())

G_DECLARE_FINAL_TYPE (LadingComposeProject, lading_compose_project, LADING, COMPOSE_PROJECT, GObject)

const char           *lading_compose_project_get_name         (LadingComposeProject *self);
GListModel           *lading_compose_project_get_containers   (LadingComposeProject *self);
guint                 lading_compose_project_get_n_containers (LadingComposeProject *self);
guint                 lading_compose_project_get_n_running    (LadingComposeProject *self);
guint                 lading_compose_project_get_n_paused     (LadingComposeProject *self);
guint                 lading_compose_project_get_n_exited     (LadingComposeProject *self);
LadingContainerState  lading_compose_project_get_state        (LadingComposeProject *self);

G_END_DECLS
