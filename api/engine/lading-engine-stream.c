/* lading-engine-stream.c
 *
 * Replies read as they come rather than whole: /events, logs, stats, and
 * the progress of pulls and pushes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <libsoup/soup.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"

/* The engine explains a refused stream in a small JSON body; the error keeps
 * its message.  A body that cannot be read only loses that explanation, so the
 * read's own error is not reported (NULL). */
static void
open_stream_error_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GInputStream *stream = (GInputStream *)object;
  g_autoptr(GTask) task = user_data;
  SoupMessage *message = g_task_get_task_data (task);
  g_autoptr(GBytes) body = g_input_stream_read_bytes_finish (stream, result, NULL);

  g_task_return_error (task, _lading_engine_error_from_message (message, body));
}

static void
open_stream_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  SoupSession *session = (SoupSession *)object;
  g_autoptr(GTask) task = user_data;
  LadingEngine *self = g_task_get_source_object (task);
  g_autoptr(GInputStream) stream = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(GError) error = NULL;
  SoupMessage *message;

  if (!(stream = soup_session_send_finish (session, result, &error)))
    {
      g_task_return_error (task, _lading_engine_error_from_io (error,
                                                               lading_engine_get_endpoint (self)));
      return;
    }

  message = soup_session_get_async_result_message (session, result);
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message)))
    {
      g_task_set_task_data (task, g_object_ref (message), g_object_unref);
      g_input_stream_read_bytes_async (stream, 64 * 1024, G_PRIORITY_DEFAULT, cancellable,
                                       open_stream_error_cb, g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stream), g_object_unref);
}

/* libsoup's close reads the rest of the body so that the connection can
 * serve another request; with a cancelled cancellable it drops the
 * connection at once instead.  Closing an already closed stream is a no-op;
 * one with a read still pending refuses, and is closed from that read's
 * callback. */
void
_lading_engine_abandon_stream (GInputStream *stream)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_return_if_fail (G_IS_INPUT_STREAM (stream));

  g_cancellable_cancel (cancelled);
  g_input_stream_close (stream, cancelled, NULL);
}

void
_lading_engine_send_stream_async (LadingEngine        *self,
                                  SoupMessage         *message,
                                  gpointer             source_tag,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (SOUP_IS_MESSAGE (message));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  if (!_lading_engine_check_connected (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  soup_session_send_async (_lading_engine_get_session (self), message, G_PRIORITY_DEFAULT,
                           cancellable, open_stream_cb, g_steal_pointer (&task));
}

void
_lading_engine_open_stream_async (LadingEngine        *self,
                                  const char          *method,
                                  const char          *path,
                                  gpointer             source_tag,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(SoupMessage) message = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));

  message = _lading_engine_new_message (self, method, path);
  _lading_engine_send_stream_async (self, message, source_tag, cancellable, callback, user_data);
}
