/* lading-log-demuxer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-demuxer"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-log-demuxer.h"

#define HEADER_SIZE 8

struct _LadingLogDemuxer
{
  guint8          header[HEADER_SIZE];
  guint           header_length;   /* bytes of the current header seen so far */
  guint32         remaining;       /* payload bytes of the current frame still to come */
  LadingLogStream stream;          /* of the current frame */
  guint           raw : 1;
  guint           failed : 1;
};

/**
 * lading_log_demuxer_new:
 * @raw: %TRUE for a TTY container's stream, which has no frames at all
 *
 * Returns: (transfer full): a demuxer at the start of a stream
 */
LadingLogDemuxer *
lading_log_demuxer_new (gboolean raw)
{
  LadingLogDemuxer *self = g_new0 (LadingLogDemuxer, 1);

  self->raw = !!raw;

  return self;
}

void
lading_log_demuxer_free (LadingLogDemuxer *self)
{
  g_free (self);
}

/* The padding bytes are always zero; anything else means we lost the framing
 * (or this is not a multiplexed stream), and guessing on would print garbage. */
static gboolean
parse_header (LadingLogDemuxer  *self,
              GError           **error)
{
  const guint8 *header = self->header;

  if (header[0] > LADING_LOG_STREAM_SYSTEM || header[1] != 0 || header[2] != 0 || header[3] != 0)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "Bad log frame header %02x %02x %02x %02x",
                   header[0], header[1], header[2], header[3]);
      return FALSE;
    }

  self->stream = header[0];
  self->remaining = (guint32)header[4] << 24 | (guint32)header[5] << 16
                    | (guint32)header[6] << 8 | header[7];
  self->header_length = 0;

  return TRUE;
}

static void
set_broken_error (GError **error)
{
  g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                       "The log stream was already broken");
}

/**
 * lading_log_demuxer_push:
 * @data: (array length=length): the next bytes of the stream
 * @func: (scope call): called for each payload piece in @data
 *
 * Calls @func for each payload piece, possibly several per call and possibly
 * part of a frame: payload is passed on as it arrives.  Zero-length frames
 * produce no call.
 *
 * Returns: %FALSE with %LADING_ENGINE_ERROR_BAD_RESPONSE on garbage (unknown
 *   type byte, nonzero padding); after an error every push fails
 */
gboolean
lading_log_demuxer_push (LadingLogDemuxer    *self,
                         const guint8        *data,
                         gsize                length,
                         LadingLogChunkFunc   func,
                         gpointer             user_data,
                         GError             **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->failed)
    {
      set_broken_error (error);
      return FALSE;
    }

  if (self->raw)
    {
      if (length > 0)
        func (LADING_LOG_STREAM_STDOUT, data, length, user_data);
      return TRUE;
    }

  while (length > 0)
    {
      gsize n;

      if (self->remaining == 0)
        {
          n = MIN (length, HEADER_SIZE - self->header_length);
          memcpy (self->header + self->header_length, data, n);
          self->header_length += n;
          data += n;
          length -= n;

          if (self->header_length == HEADER_SIZE && !parse_header (self, error))
            {
              self->failed = TRUE;
              return FALSE;
            }
          continue;
        }

      n = MIN (length, self->remaining);
      func (self->stream, data, n, user_data);
      self->remaining -= n;
      data += n;
      length -= n;
    }

  return TRUE;
}

/**
 * lading_log_demuxer_finish:
 *
 * Checks the end of the stream.
 *
 * Returns: %FALSE with %LADING_ENGINE_ERROR_BAD_RESPONSE if the stream stopped
 *   inside a header or a frame, or was broken before
 */
gboolean
lading_log_demuxer_finish (LadingLogDemuxer  *self,
                           GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->failed)
    {
      set_broken_error (error);
      return FALSE;
    }

  if (self->header_length > 0 || self->remaining > 0)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "The log stream ended inside a frame "
                   "(%u header bytes, %u payload bytes missing)",
                   self->header_length > 0 ? HEADER_SIZE - self->header_length : 0,
                   self->remaining);
      return FALSE;
    }

  return TRUE;
}
