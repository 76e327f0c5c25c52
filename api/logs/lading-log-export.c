/* lading-log-export.c
 *
 * Copies a container's whole log into a stream as fast as the engine sends
 * it: reads into one buffer, demuxed in place (payload never needs more room
 * than the frames it came in) and written in pieces of 256 KiB or more.
 * Nothing here looks at lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-export"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-log-private.h"
#include "lading-log-reader.h"

/* Writes are at least WRITE_SIZE (but for the last), so each read has at
 * least BUFFER_SIZE - WRITE_SIZE of room. */
#define BUFFER_SIZE (512 * 1024)
#define WRITE_SIZE (256 * 1024)
#define PROGRESS_INTERVAL (G_USEC_PER_SEC / 10)

typedef struct
{
  GOutputStream           *output;
  GInputStream            *input;
  LadingLogDemuxer        *demuxer;
  guint8                  *buffer;
  gsize                    payload_length;   /* demuxed bytes at the start of buffer */
  gboolean                 at_end;
  GString                 *system_message;   /* the engine's in-band error, if any */
  LadingLogExportProgress  progress;
  gpointer                 progress_data;
  goffset                  written;
  gint64                   last_progress;    /* monotonic µs */
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_clear_object (&export->output);
  /* A cancelled export must not read the rest of the log to close it. */
  if (export->input != NULL)
    _lading_engine_abandon_stream (export->input);
  g_clear_object (&export->input);
  g_clear_pointer (&export->demuxer, lading_log_demuxer_free);
  g_clear_pointer (&export->buffer, g_free);
  g_string_free (export->system_message, TRUE);
  g_free (export);
}

/* The demuxer hands out pieces of the buffer it was given, always at or after
 * where the payload so far ends, so they move down in place.  The engine's
 * own error is not the container's output: it fails the export instead. */
static void
payload_cb (LadingLogStream  stream,
            const guint8    *data,
            gsize            length,
            gpointer         user_data)
{
  Export *export = user_data;

  if (stream == LADING_LOG_STREAM_SYSTEM)
    {
      g_string_append_len (export->system_message, (const char *)data, length);
      return;
    }

  memmove (export->buffer + export->payload_length, data, length);
  export->payload_length += length;
}

static void
report_progress (Export   *export,
                 gboolean  force)
{
  gint64 now = g_get_monotonic_time ();

  if (export->progress == NULL || (!force && now - export->last_progress < PROGRESS_INTERVAL))
    return;

  export->last_progress = now;
  export->progress (export->written, export->progress_data);
}

static void
read_next (GTask *task);

/* An in-band error means the engine could not read the whole log: what it
 * could read is written, but the export is not complete. */
static void
complete (GTask *task)
{
  Export *export = g_task_get_task_data (task);

  report_progress (export, TRUE);
  if (export->system_message->len > 0)
    g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED, "%s",
                             g_strstrip (export->system_message->str));
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gsize written = 0;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, &written, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  export->written += written;
  export->payload_length = 0;
  report_progress (export, FALSE);

  if (export->at_end)
    complete (task);
  else
    read_next (g_steal_pointer (&task));
}

static void
write_payload (GTask *task)
{
  Export *export = g_task_get_task_data (task);

  g_output_stream_write_all_async (export->output, export->buffer, export->payload_length,
                                   G_PRIORITY_DEFAULT, g_task_get_cancellable (task), write_cb,
                                   task);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingEngine *engine = g_task_get_source_object (task);
  Export *export = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gssize n = _lading_log_stream_read_finish (G_INPUT_STREAM (object), result, &error);
  LadingEndpoint *endpoint = lading_engine_get_endpoint (engine);

  if (n < 0)
    {
      g_task_return_error (task, _lading_engine_error_from_io (error, endpoint));
      return;
    }

  if (n == 0)
    {
      export->at_end = TRUE;
      if (!lading_log_demuxer_finish (export->demuxer, &error))
        g_task_return_error (task, g_steal_pointer (&error));
      else if (export->payload_length > 0)
        write_payload (g_steal_pointer (&task));
      else
        complete (task);
      return;
    }

  if (!lading_log_demuxer_push (export->demuxer, export->buffer + export->payload_length, n,
                                payload_cb, export, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (export->payload_length >= WRITE_SIZE)
    write_payload (g_steal_pointer (&task));
  else
    read_next (g_steal_pointer (&task));
}

/* Reads after the payload not written yet: it only ever shrinks in place. */
static void
read_next (GTask *task)
{
  Export *export = g_task_get_task_data (task);

  _lading_log_stream_read_async (export->input, export->buffer + export->payload_length,
                                 BUFFER_SIZE - export->payload_length,
                                 g_task_get_cancellable (task), read_cb, task);
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *export = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  export->input = lading_engine_open_logs_finish (LADING_ENGINE (object), result, &error);
  if (export->input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  read_next (g_steal_pointer (&task));
}

/**
 * lading_engine_export_logs_async:
 * @self: a connected engine
 * @id: the container's id
 * @tty: the container's Config.Tty: its log is raw, not multiplexed
 * @timestamps: keep the time the engine puts before each line
 * @output: where to write; it is not closed
 * @progress: (nullable): told the bytes written so far
 * @progress_data: data for @progress, valid until the export completes
 *
 * Writes the whole log (stdout and stderr in the engine's order, as the
 * container printed them) into @output.  An error the engine reports inside
 * the stream ("Error grabbing logs: …") is not written; it fails the export
 * with %LADING_ENGINE_ERROR_FAILED after the rest is written.
 */
void
lading_engine_export_logs_async (LadingEngine            *self,
                                 const char              *id,
                                 gboolean                 tty,
                                 gboolean                 timestamps,
                                 GOutputStream           *output,
                                 LadingLogExportProgress  progress,
                                 gpointer                 progress_data,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  LadingLogQuery query = { .tail = -1, .timestamps = timestamps };
  g_autoptr(GTask) task = NULL;
  Export *export;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (G_IS_OUTPUT_STREAM (output));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_engine_export_logs_async);

  export = g_new0 (Export, 1);
  export->output = g_object_ref (output);
  export->demuxer = lading_log_demuxer_new (tty);
  export->buffer = g_malloc (BUFFER_SIZE);
  export->system_message = g_string_new (NULL);
  export->progress = progress;
  export->progress_data = progress_data;
  export->last_progress = g_get_monotonic_time ();
  g_task_set_task_data (task, export, export_free);

  lading_engine_open_logs_async (self, id, &query, cancellable, open_cb,
                                 g_steal_pointer (&task));
}

/**
 * lading_engine_export_logs_finish:
 *
 * Returns: the number of bytes written, or -1 with @error set
 */
goffset
lading_engine_export_logs_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), -1);
  g_return_val_if_fail (g_task_is_valid (result, self), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lading_engine_export_logs_async,
                        -1);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return -1;

  return ((Export *)g_task_get_task_data (G_TASK (result)))->written;
}
