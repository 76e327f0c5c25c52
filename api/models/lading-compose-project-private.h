/* lading-compose-project-private.h
 *
 * How LadingContainerGroups fills its projects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-compose-project.h"

G_BEGIN_DECLS

LadingComposeProject *_lading_compose_project_new    (const char           *name);
void                  _lading_compose_project_add    (LadingComposeProject *self,
                                                      LadingContainer      *container);
void                  _lading_compose_project_remove (LadingComposeProject *self,
                                                      LadingContainer      *container);

G_END_DECLS
