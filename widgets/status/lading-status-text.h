/* lading-status-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-container.h"

G_BEGIN_DECLS

const char *lading_status_text_state_name      (LadingContainerState   state);
const char *lading_status_text_health_name     (LadingContainerHealth  health);
char       *lading_status_text_format_duration (gint64                 seconds);
char       *lading_status_text_format          (LadingContainerState   state,
                                                int                    exit_code,
                                                LadingContainerHealth  health,
                                                gint64                 started_at,
                                                gint64                 finished_at,
                                                gint64                 now);
char       *lading_status_text_format_relative (gint64                 then,
                                                gint64                 now);

G_END_DECLS
