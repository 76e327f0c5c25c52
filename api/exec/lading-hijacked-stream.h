/* lading-hijacked-stream.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADING_TYPE_HIJACKED_STREAM (lading_hijacked_stream_get_type ())

G_DECLARE_FINAL_TYPE (LadingHijackedStream, lading_hijacked_stream, LADING, HIJACKED_STREAM, GObject)

/**
 * LadingHijackedStream:
 *
 * The two-way byte stream of `POST /containers/{id}/attach` or
 * `POST /exec/{id}/start` after the engine has taken over the connection.
 *
 * Signals, both on the thread-default main context of the thread that
 * calls lading_hijacked_stream_start():
 * - "data" (GBytes *bytes): raw bytes as they arrive.  With a TTY these are
 *   exactly the terminal's bytes; without one they are still multiplexed, so
 *   callers run them through a LadingLogDemuxer.
 * - "closed" (GError *error): emitted once, at the end; @error is %NULL on a
 *   clean end of stream, else a LADING_ENGINE_ERROR.  No signal follows it.
 */

gboolean lading_hijacked_stream_get_tty       (LadingHijackedStream *self);
/* Starts emitting "data" and "closed". */
void     lading_hijacked_stream_start         (LadingHijackedStream *self);
/* Queued: any number of writes may be outstanding; their order is kept. */
void     lading_hijacked_stream_write         (LadingHijackedStream *self,
                                               const guint8         *data,
                                               gsize                 length);
/* Stdin EOF, once the queued writes have gone out. */
void     lading_hijacked_stream_close_write   (LadingHijackedStream *self);
/* Detaches: drops the connection; "closed" (NULL error) is emitted before
 * it returns, unless the stream had ended already. */
void     lading_hijacked_stream_close         (LadingHijackedStream *self);

G_END_DECLS
