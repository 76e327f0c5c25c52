/* lading-log-stream.c
 *
 * Opening `GET /containers/{id}/logs` and reading its body in large pieces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-stream"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-log-private.h"

/* The query string of @query after `stdout=1&stderr=1`; "tail=all" and the
 * other defaults are left out, as the engine assumes them. */
char *
_lading_log_stream_build_path (const char           *id,
                               const LadingLogQuery *query)
{
  g_autofree char *path = _lading_engine_dup_object_path ("/containers/", id,
                                                          "/logs?stdout=1&stderr=1");
  GString *string = g_string_new (path);

  if (query->follow)
    g_string_append (string, "&follow=1");
  if (query->timestamps)
    g_string_append (string, "&timestamps=1");
  if (query->tail >= 0)
    g_string_append_printf (string, "&tail=%d", query->tail);
  if (query->since_ns > 0)
    {
      g_autofree char *since = lading_log_line_format_api_time (query->since_ns);

      g_string_append_printf (string, "&since=%s", since);
    }
  if (query->until_ns > 0)
    {
      g_autofree char *until = lading_log_line_format_api_time (query->until_ns);

      g_string_append_printf (string, "&until=%s", until);
    }

  return g_string_free (string, FALSE);
}

/**
 * lading_engine_open_logs_async:
 * @self: a connected engine
 * @id: the container's id or name
 * @query: what to ask for; copied
 *
 * Opens `GET /containers/{id}/logs?stdout=1&stderr=1&…`.  The body is
 * multiplexed (#LadingLogDemuxer) unless the container has a TTY; with
 * @query's follow it stays open while the container runs.
 */
void
lading_engine_open_logs_async (LadingEngine         *self,
                               const char           *id,
                               const LadingLogQuery *query,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);
  g_return_if_fail (query != NULL);
  g_return_if_fail (query->since_ns >= 0 && query->until_ns >= 0);

  path = _lading_log_stream_build_path (id, query);
  _lading_engine_open_stream_async (self, "GET", path, lading_engine_open_logs_async,
                                    cancellable, callback, user_data);
}

/**
 * lading_engine_open_logs_finish:
 *
 * Returns: (transfer full): the raw (de-chunked) response body
 */
GInputStream *
lading_engine_open_logs_finish (LadingEngine  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_open_logs_async, error);
}

typedef struct
{
  guint8 *buffer;
  gsize   size;
} ReadData;

/* Fills the buffer with what the stream has ready.  Returns FALSE when it has
 * nothing yet, without completing the task. */
static gboolean
try_read (GTask *task)
{
  GPollableInputStream *stream = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GError) error = NULL;
  gsize filled = 0;

  while (filled < data->size)
    {
      gssize n = g_pollable_input_stream_read_nonblocking (stream, data->buffer + filled,
                                                           data->size - filled,
                                                           cancellable, &error);

      if (n > 0)
        filled += n;
      else if (n == 0)
        break;
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK) && filled == 0)
        return FALSE;
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        break;
      else
        {
          /* What came before the failure would be cut off anyway. */
          g_task_return_error (task, g_steal_pointer (&error));
          return TRUE;
        }
    }

  g_task_return_int (task, filled);
  return TRUE;
}

static gboolean
readable_cb (GObject  *pollable,
             gpointer  user_data)
{
  return try_read (user_data) ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, &error);

  if (n < 0)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, n);
}

void
_lading_log_stream_read_async (GInputStream        *stream,
                               guint8              *buffer,
                               gsize                size,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GSource) source = NULL;
  GMainContext *context;
  ReadData *data;

  g_return_if_fail (G_IS_INPUT_STREAM (stream));
  g_return_if_fail (buffer != NULL && size > 0);

  task = g_task_new (stream, cancellable, callback, user_data);
  g_task_set_source_tag (task, _lading_log_stream_read_async);
  data = g_new0 (ReadData, 1);
  data->buffer = buffer;
  data->size = size;
  g_task_set_task_data (task, data, g_free);

  /* libsoup's body streams are pollable; anything else is read the plain way. */
  if (!G_IS_POLLABLE_INPUT_STREAM (stream)
      || !g_pollable_input_stream_can_poll (G_POLLABLE_INPUT_STREAM (stream)))
    {
      g_input_stream_read_async (stream, buffer, size, G_PRIORITY_DEFAULT, cancellable,
                                 read_cb, g_steal_pointer (&task));
      return;
    }

  if (try_read (task))
    return;

  context = g_task_get_context (task);
  source = g_pollable_input_stream_create_source (G_POLLABLE_INPUT_STREAM (stream), cancellable);
  g_source_set_callback (source, G_SOURCE_FUNC (readable_cb), g_steal_pointer (&task),
                         g_object_unref);
  g_source_attach (source, context);
}

/* Returns: the number of bytes read, 0 at the end of the stream, or -1 */
gssize
_lading_log_stream_read_finish (GInputStream  *stream,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, stream), -1);

  return g_task_propagate_int (G_TASK (result), error);
}
