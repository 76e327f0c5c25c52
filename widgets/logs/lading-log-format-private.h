/* lading-log-format-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-log-reader.h"

G_BEGIN_DECLS

/* A line the view adds itself ("The container stopped"): stream SYSTEM with
 * this timestamp, which no engine line has. */
#define LADING_LOG_NOTICE_TIMESTAMP ((gint64) -1)

LadingLogLine *_lading_log_format_new_notice   (const char          *text);
gboolean       _lading_log_format_is_notice    (const LadingLogLine *line);
void           _lading_log_format_line         (GString             *out,
                                                const LadingLogLine *line,
                                                gboolean             timestamps);
gboolean       _lading_log_format_text         (GString             *out,
                                                const char          *text);

G_END_DECLS
