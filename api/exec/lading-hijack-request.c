/* lading-hijack-request.c
 *
 * `POST /containers/{id}/attach` and `POST /exec/{id}/start` answer
 * `101 UPGRADED` and then carry raw two-way data on the same connection.
 * libsoup 3 keeps parsing HTTP after a 101 that is not a WebSocket and has no
 * public way to hand the connection over (ENGINE-API.md §5.4), so these two
 * requests are made here by hand on a GSocketClient connection: the request
 * head is written in one piece, and the reply's status line and headers are
 * read through one GDataInputStream whose buffer may already hold the first
 * bytes of the stream, so the caller goes on reading from that same stream.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-hijack-request"

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-hijack-request-private.h"

/* Far more than any engine sends; a peer that sends more is not an engine. */
#define MAX_HEAD_SIZE (64 * 1024)
/* An error body is shown to the user as details: its start is enough. */
#define MAX_ERROR_BODY_SIZE (64 * 1024)

typedef struct
{
  LadingEndpoint     *endpoint;
  GTlsDatabase       *database;
  GTlsCertificate    *certificate;
  GSocketClient      *client;
  GBytes             *request;
  GIOStream          *connection;
  GDataInputStream   *input;
  GString            *head;
  SoupMessageHeaders *headers;
  char               *reason;
  GByteArray         *body;
  gsize               body_wanted;
  guint               status;
  guint               verify : 1;
} Request;

static void read_head_line (GTask *task);
static void read_error_body (GTask *task);

static void
request_free (Request *request)
{
  /* Dropping the last reference to a connection closes its socket. */
  g_clear_object (&request->endpoint);
  g_clear_object (&request->database);
  g_clear_object (&request->certificate);
  g_clear_object (&request->client);
  g_clear_pointer (&request->request, g_bytes_unref);
  g_clear_object (&request->input);
  g_clear_object (&request->connection);
  g_string_free (request->head, TRUE);
  g_clear_pointer (&request->headers, soup_message_headers_unref);
  g_clear_pointer (&request->reason, g_free);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_free (request);
}

static void
return_io_error (GTask  *task,
                 GError *io_error)
{
  Request *request = g_task_get_task_data (task);

  g_task_return_error (task, _lading_engine_error_from_io (io_error, request->endpoint));
}

static void
return_bad_response (GTask      *task,
                     const char *what)
{
  Request *request = g_task_get_task_data (task);

  g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "%s: %s", lading_endpoint_get_uri (request->endpoint), what);
}

static gboolean
accept_any_certificate_cb (GTlsConnection       *connection,
                           GTlsCertificate      *certificate,
                           GTlsCertificateFlags  errors,
                           gpointer              user_data)
{
  /* Only connected when the user turned verification off for this endpoint. */
  return TRUE;
}

/* The TLS settings of the engine's SoupSession, applied to our connection
 * before its handshake. */
static void
client_event_cb (GSocketClient      *client,
                 GSocketClientEvent  event,
                 GSocketConnectable *connectable,
                 GIOStream          *connection,
                 gpointer            user_data)
{
  Request *request = user_data;

  if (event != G_SOCKET_CLIENT_TLS_HANDSHAKING)
    return;

  /* As libsoup does: an engine that just drops the connection has ended it. */
  g_tls_connection_set_require_close_notify (G_TLS_CONNECTION (connection), FALSE);
  if (request->database != NULL)
    g_tls_connection_set_database (G_TLS_CONNECTION (connection), request->database);
  if (request->certificate != NULL)
    g_tls_connection_set_certificate (G_TLS_CONNECTION (connection), request->certificate);
  if (!request->verify)
    g_signal_connect (connection, "accept-certificate",
                      G_CALLBACK (accept_any_certificate_cb), NULL);
}

/* The reply's status, headers and what came of its body, as an engine error. */
static void
return_reply_error (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  const char *content_type = soup_message_headers_get_content_type (request->headers, NULL);
  g_autoptr(GBytes) body = g_bytes_new (request->body->data, request->body->len);

  g_task_return_error (task, _lading_engine_error_from_reply (request->status, request->reason,
                                                              content_type, body));
}

static void
error_body_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GInputStream *input = (GInputStream *)object;
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  /* A body cut short still tells what went wrong: show what came. */
  bytes = g_input_stream_read_bytes_finish (input, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  size = bytes != NULL ? g_bytes_get_size (bytes) : 0;
  if (size > 0)
    g_byte_array_append (request->body, g_bytes_get_data (bytes, NULL), size);

  if (size > 0 && request->body->len < request->body_wanted)
    {
      read_error_body (g_steal_pointer (&task));
      return;
    }

  return_reply_error (task);
}

/* Takes @task. */
static void
read_error_body (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (G_INPUT_STREAM (request->input),
                                   request->body_wanted - request->body->len,
                                   G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                   error_body_cb, task);
}

/* The whole head is in: take over the connection on 101 (or the 200 an
 * engine sends when it hijacks without the upgrade), else read the error. */
static void
parse_head (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  SoupHTTPVersion version;

  request->headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  if (!soup_headers_parse_response (request->head->str, request->head->len, request->headers,
                                    &version, &request->status, &request->reason))
    {
      return_bad_response (task, "the engine's reply is not HTTP");
      return;
    }

  g_debug ("%u %s", request->status, request->reason);

  if (request->status == SOUP_STATUS_SWITCHING_PROTOCOLS || request->status == SOUP_STATUS_OK)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A bad exec id is answered before any hijack, with a Content-Length and
   * the connection kept open: the length must be honoured. */
  request->body = g_byte_array_new ();
  if (soup_message_headers_get_encoding (request->headers) == SOUP_ENCODING_CONTENT_LENGTH)
    request->body_wanted = MIN (soup_message_headers_get_content_length (request->headers),
                                MAX_ERROR_BODY_SIZE);
  else
    request->body_wanted = MAX_ERROR_BODY_SIZE;

  if (request->body_wanted == 0)
    {
      return_reply_error (task);
      return;
    }

  read_error_body (g_object_ref (task));
}

static void
head_line_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GDataInputStream *input = (GDataInputStream *)object;
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  gsize length = 0;

  if (!(line = g_data_input_stream_read_line_finish (input, result, &length, &error)))
    {
      if (error != NULL)
        return_io_error (task, error);
      else
        return_bad_response (task, "the connection closed before the reply's head ended");
      return;
    }

  if (length > 0 && line[length - 1] == '\r')
    line[--length] = '\0';

  /* The blank line ends the head; whatever follows is the stream's. */
  if (length == 0 && request->head->len > 0)
    {
      parse_head (task);
      return;
    }

  g_string_append_len (request->head, line, length);
  g_string_append (request->head, "\r\n");
  if (request->head->len > MAX_HEAD_SIZE)
    {
      return_bad_response (task, "the reply's head is too long");
      return;
    }

  read_head_line (g_steal_pointer (&task));
}

/* Takes @task. */
static void
read_head_line (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_data_input_stream_read_line_async (request->input, G_PRIORITY_DEFAULT,
                                       g_task_get_cancellable (task), head_line_cb, task);
}

static void
write_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GOutputStream *output = (GOutputStream *)object;
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (output, result, NULL, &error))
    {
      return_io_error (task, error);
      return;
    }

  request->input = g_data_input_stream_new (g_io_stream_get_input_stream (request->connection));
  g_data_input_stream_set_newline_type (request->input, G_DATA_STREAM_NEWLINE_TYPE_LF);
  read_head_line (g_steal_pointer (&task));
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GSocketClient *client = (GSocketClient *)object;
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;
  GOutputStream *output;

  request->connection = G_IO_STREAM (g_socket_client_connect_finish (client, result, &error));
  if (request->connection == NULL)
    {
      return_io_error (task, error);
      return;
    }

  /* The cancellable is read first: the task is stolen in the same call. */
  cancellable = g_task_get_cancellable (task);
  output = g_io_stream_get_output_stream (request->connection);
  g_output_stream_write_all_async (output,
                                   g_bytes_get_data (request->request, NULL),
                                   g_bytes_get_size (request->request),
                                   G_PRIORITY_DEFAULT, cancellable,
                                   write_cb, g_steal_pointer (&task));
}

/* The request head and body in one piece.  The Host header only has to be
 * there; engines ignore it. */
static GBytes *
build_request (LadingEngine *engine,
               const char   *path,
               GBytes       *json_body)
{
  g_autofree char *base_uri = lading_endpoint_dup_base_uri (lading_engine_get_endpoint (engine));
  const char *host = strstr (base_uri, "://") + strlen ("://");
  gsize body_size = json_body != NULL ? g_bytes_get_size (json_body) : 0;
  GString *request = g_string_new (NULL);

  g_string_append_printf (request,
                          "POST /v%s%s HTTP/1.1\r\n"
                          "Host: %s\r\n"
                          "User-Agent: Lading/" PACKAGE_VERSION "\r\n"
                          "Connection: Upgrade\r\n"
                          "Upgrade: tcp\r\n"
                          "Content-Length: %" G_GSIZE_FORMAT "\r\n",
                          lading_engine_get_api_version (engine), path, host, body_size);
  if (json_body != NULL)
    g_string_append (request, "Content-Type: application/json\r\n");
  g_string_append (request, "\r\n");
  if (json_body != NULL)
    g_string_append_len (request, g_bytes_get_data (json_body, NULL), body_size);

  return g_string_free_to_bytes (request);
}

/**
 * _lading_hijack_request_async:
 * @engine: a connected engine
 * @path: the path after the version prefix, with its query
 * @json_body: (nullable): the request's body
 *
 * Sends `POST /v<api version>@path` with `Upgrade: tcp` on a new connection
 * to @engine's endpoint, TLS included, and reads the reply's head.  Statuses
 * other than 101 and 200 fail like any other call of the api.
 */
void
_lading_hijack_request_async (LadingEngine        *engine,
                              const char          *path,
                              GBytes              *json_body,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GSocketConnectable) connectable = NULL;
  g_autoptr(GTask) task = NULL;
  LadingEndpoint *endpoint;
  GTlsDatabase *database;
  GTlsCertificate *certificate;
  Request *request;

  g_return_if_fail (LADING_IS_ENGINE (engine));
  g_return_if_fail (path != NULL && path[0] == '/');

  task = g_task_new (engine, cancellable, callback, user_data);
  g_task_set_source_tag (task, _lading_hijack_request_async);

  if (lading_engine_get_api_version (engine) == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE,
                               "%s: not connected yet",
                               lading_endpoint_get_uri (lading_engine_get_endpoint (engine)));
      return;
    }

  endpoint = lading_engine_get_endpoint (engine);
  database = _lading_engine_get_tls_database (engine);
  certificate = _lading_engine_get_client_certificate (engine);

  request = g_new0 (Request, 1);
  request->endpoint = g_object_ref (endpoint);
  request->database = database != NULL ? g_object_ref (database) : NULL;
  request->certificate = certificate != NULL ? g_object_ref (certificate) : NULL;
  request->verify = lading_endpoint_get_tls_verify (endpoint);
  request->request = build_request (engine, path, json_body);
  request->head = g_string_new (NULL);
  request->client = g_socket_client_new ();
  g_task_set_task_data (task, request, (GDestroyNotify)request_free);

  if (lading_endpoint_get_tls (endpoint))
    {
      g_socket_client_set_tls (request->client, TRUE);
      g_signal_connect (request->client, "event", G_CALLBACK (client_event_cb), request);
    }

  connectable = lading_endpoint_dup_connectable (endpoint);
  g_socket_client_connect_async (request->client, connectable, cancellable,
                                 connect_cb, g_steal_pointer (&task));
}

/**
 * _lading_hijack_request_finish:
 * @input: (out) (transfer full): where to read the stream from: it may
 *   already hold bytes that came with the reply's head
 *
 * Returns: (transfer full): the connection, to write to and to close
 */
GIOStream *
_lading_hijack_request_finish (LadingEngine  *engine,
                               GAsyncResult  *result,
                               GInputStream **input,
                               GError       **error)
{
  Request *request;

  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (g_task_is_valid (result, engine), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  request = g_task_get_task_data (G_TASK (result));
  *input = G_INPUT_STREAM (g_steal_pointer (&request->input));

  return g_steal_pointer (&request->connection);
}
