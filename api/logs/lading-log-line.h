/* lading-log-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lading-log-demuxer.h"

G_BEGIN_DECLS

#define LADING_TYPE_LOG_LINE (lading_log_line_get_type ())

/**
 * LadingLogLine:
 * @stream: where the line came from
 * @timestamp_ns: Unix ns; 0 when the query had no timestamps or none parsed
 * @text: the line without timestamp and newline; bytes as sent (ANSI kept),
 *   nul-terminated
 *
 * One line of a container's log.  Boxed; one allocation holds the text too.
 */
typedef struct
{
  LadingLogStream  stream;
  gint64           timestamp_ns;
  char            *text;
} LadingLogLine;

GType          lading_log_line_get_type        (void);
LadingLogLine *lading_log_line_new             (LadingLogStream       stream,
                                                gint64                timestamp_ns,
                                                const char           *text,
                                                gsize                 length);
LadingLogLine *lading_log_line_copy            (const LadingLogLine  *self);
void           lading_log_line_free            (LadingLogLine        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingLogLine, lading_log_line_free)

/**
 * LadingLogLineSplitter:
 *
 * Reassembles the lines of one stream from pieces cut anywhere (frames follow
 * the container's writes, not its lines).  Use one per stream.
 */
typedef struct _LadingLogLineSplitter LadingLogLineSplitter;

typedef void (*LadingLogLineFunc) (const char *line,
                                   gsize       length,
                                   gpointer    user_data);

LadingLogLineSplitter *lading_log_line_splitter_new    (void);
void                   lading_log_line_splitter_free   (LadingLogLineSplitter  *self);
void                   lading_log_line_splitter_push   (LadingLogLineSplitter  *self,
                                                        const char             *data,
                                                        gsize                   length,
                                                        LadingLogLineFunc       func,
                                                        gpointer                user_data);
void                   lading_log_line_splitter_flush  (LadingLogLineSplitter  *self,
                                                        LadingLogLineFunc       func,
                                                        gpointer                user_data);
gboolean               lading_log_line_split_timestamp (const char             *line,
                                                        gsize                   length,
                                                        gint64                 *unix_ns,
                                                        const char            **text,
                                                        gsize                  *text_length);
char                  *lading_log_line_format_api_time (gint64                  unix_ns);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingLogLineSplitter, lading_log_line_splitter_free)

G_END_DECLS
