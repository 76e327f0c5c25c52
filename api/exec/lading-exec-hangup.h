/* lading-exec-hangup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-engine.h"

G_BEGIN_DECLS

#define LADING_EXEC_SESSION_VARIABLE "LADING_SESSION"

char *lading_exec_hangup_new_marker (void);
void  lading_exec_hangup            (LadingEngine *engine,
                                     const char   *container_id,
                                     const char   *user,
                                     const char   *marker);

G_END_DECLS
