/* lading-log-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"
#include "lading-log-demuxer.h"
#include "lading-log-line.h"

G_BEGIN_DECLS

/**
 * LadingLogQuery:
 * @tail: lines from the end (over both streams); -1 = all
 * @since_ns: only lines from this time on (Unix ns); 0 = from the start
 * @until_ns: only lines before this time (Unix ns); 0 = no end
 * @follow: keep the stream open for new lines while the container runs
 * @timestamps: let the engine prefix each line with its time
 *
 * What `GET /containers/{id}/logs` should send.  A plain struct, stack
 * allocated by callers; the functions that take one copy what they need.
 */
typedef struct
{
  int      tail;
  gint64   since_ns;
  gint64   until_ns;
  gboolean follow;
  gboolean timestamps;
} LadingLogQuery;

void           lading_engine_open_logs_async   (LadingEngine         *self,
                                                const char           *id,
                                                const LadingLogQuery *query,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GInputStream  *lading_engine_open_logs_finish  (LadingEngine         *self,
                                                GAsyncResult         *result,
                                                GError              **error);

/**
 * LadingLogExportProgress:
 * @written: bytes written to the output so far
 * @user_data: the data given with the callback
 *
 * Called on the main context at most about ten times a second during an
 * export, and once more at its end.
 */
typedef void (*LadingLogExportProgress) (goffset  written,
                                         gpointer user_data);

void           lading_engine_export_logs_async  (LadingEngine            *self,
                                                 const char              *id,
                                                 gboolean                 tty,
                                                 gboolean                 timestamps,
                                                 GOutputStream           *output,
                                                 LadingLogExportProgress  progress,
                                                 gpointer                 progress_data,
                                                 GCancellable            *cancellable,
                                                 GAsyncReadyCallback      callback,
                                                 gpointer                 user_data);
goffset        lading_engine_export_logs_finish (LadingEngine            *self,
                                                 GAsyncResult            *result,
                                                 GError                 **error);

#define LADING_TYPE_LOG_READER (lading_log_reader_get_type ())

G_DECLARE_FINAL_TYPE (LadingLogReader, lading_log_reader, LADING, LOG_READER, GObject)

LadingLogReader *lading_log_reader_new   (LadingEngine         *engine,
                                          const char           *container_id,
                                          gboolean              tty,
                                          const LadingLogQuery *query);
void             lading_log_reader_start (LadingLogReader      *self);
void             lading_log_reader_stop  (LadingLogReader      *self);

G_END_DECLS
