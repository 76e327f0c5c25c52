/* lading-log-demuxer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * LadingLogStream:
 * @LADING_LOG_STREAM_STDIN: frame type 0: written on stdout
 * @LADING_LOG_STREAM_STDOUT: frame type 1, and everything in raw (TTY) mode
 * @LADING_LOG_STREAM_STDERR: frame type 2
 * @LADING_LOG_STREAM_SYSTEM: frame type 3: the engine's in-band error
 *
 * Where a piece of a container's output came from.
 */
typedef enum
{
  LADING_LOG_STREAM_STDIN,
  LADING_LOG_STREAM_STDOUT,
  LADING_LOG_STREAM_STDERR,
  LADING_LOG_STREAM_SYSTEM,
} LadingLogStream;

/**
 * LadingLogDemuxer:
 *
 * Splits the multiplexed stream of `logs`, `attach` and `exec` (an 8-byte
 * header `[type, 0, 0, 0, size as big-endian uint32]` before each frame) into
 * payload pieces.  Pure and incremental: it does no I/O and passes payload on as
 * it arrives, so a huge frame is never buffered.
 */
typedef struct _LadingLogDemuxer LadingLogDemuxer;

typedef void (*LadingLogChunkFunc) (LadingLogStream  stream,
                                    const guint8    *data,
                                    gsize            length,
                                    gpointer         user_data);

LadingLogDemuxer *lading_log_demuxer_new    (gboolean             raw);
void              lading_log_demuxer_free   (LadingLogDemuxer    *self);
gboolean          lading_log_demuxer_push   (LadingLogDemuxer    *self,
                                             const guint8        *data,
                                             gsize                length,
                                             LadingLogChunkFunc   func,
                                             gpointer             user_data,
                                             GError             **error);
gboolean          lading_log_demuxer_finish (LadingLogDemuxer    *self,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingLogDemuxer, lading_log_demuxer_free)

G_END_DECLS
