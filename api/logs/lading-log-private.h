/* lading-log-private.h
 *
 * Internals of the log reader and export, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-log-reader.h"

G_BEGIN_DECLS

/* The longest line the splitter keeps whole; longer ones come in pieces. */
#define LADING_LOG_LINE_MAX (4 * 1024 * 1024)

char     *_lading_log_stream_build_path  (const char           *id,
                                         const LadingLogQuery *query);

/* Reads what the stream has ready, up to @size bytes, waiting only when it has
 * nothing: one round trip through the main loop per buffer, not per HTTP chunk
 * (the engine sends one chunk per log line). */
void      _lading_log_stream_read_async  (GInputStream         *stream,
                                         guint8               *buffer,
                                         gsize                 size,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gssize    _lading_log_stream_read_finish (GInputStream         *stream,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
