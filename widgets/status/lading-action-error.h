/* lading-action-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-engine.h"

G_BEGIN_DECLS

/* Sentences for a failed container action, in words a newcomer can act on.
 * Show the engine's own words, error->message, under "Details". Both return
 * NULL for G_IO_ERROR_CANCELLED: a cancelled action is not reported. */
char *lading_action_error_dup_message        (LadingContainerAction  action,
                                              const char            *name,
                                              const GError          *error);
char *lading_action_error_dup_rename_message (const char            *name,
                                              const char            *new_name,
                                              const GError          *error);

G_END_DECLS
