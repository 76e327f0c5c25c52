/* lading-action-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-engine.h"

G_BEGIN_DECLS

char *lading_action_summary_dup (LadingContainerAction action,
                                 guint                 n_done,
                                 guint                 n_failed);

G_END_DECLS
