/* test-hijack-faults.c
 *
 * The hijacking client against a fake engine that writes its replies by
 * hand on a temporary unix socket: what a real engine will not do on demand
 * (a reply that is not HTTP, a head cut short, stream bytes in the same
 * packet as the head), the exact half-close it must see, and TLS with a
 * client certificate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-exec.h"
#include "lading-test-util.h"

#define UPGRADED "HTTP/1.1 101 UPGRADED\r\n" \
                 "Content-Type: application/vnd.docker.raw-stream\r\n" \
                 "Connection: Upgrade\r\n" \
                 "Upgrade: tcp\r\n" \
                 "Api-Version: 1.41\r\n" \
                 "Server: Fake\r\n\r\n"

typedef struct
{
  char            *dir;
  char            *uri;
  GSocketService  *service;
  GTlsCertificate *certificate;   /* with TLS: the fake's own */
  LadingEngine    *engine;
  int              client_certificates;  /* atomic: presented by the client */
} Fake;

typedef struct
{
  GByteArray *data;
  GError     *error;
  guint       closed;
} Received;

static void
write_text (GOutputStream *output,
            const char    *text)
{
  g_output_stream_write_all (output, text, strlen (text), NULL, NULL, NULL);
}

static void
reply_json (GOutputStream *output,
            const char    *status,
            const char    *json)
{
  g_autofree char *reply = g_strdup_printf ("HTTP/1.1 %s\r\n"
                                            "Api-Version: 1.41\r\n"
                                            "Content-Type: application/json\r\n"
                                            "Content-Length: %zu\r\n\r\n%s",
                                            status, strlen (json), json);

  write_text (output, reply);
}

/* After the upgrade: greets in the same write as the head, echoes one line,
 * and says goodbye only once our side has shut its writing down. */
static void
serve_stream (GDataInputStream *input,
              GOutputStream    *output)
{
  g_autofree char *line = NULL;
  g_autofree char *echo = NULL;
  char rest[16];

  write_text (output, UPGRADED "hello ");
  line = g_data_input_stream_read_line (input, NULL, NULL, NULL);
  echo = g_strdup_printf ("echo:%s ", line != NULL ? line : "(none)");
  write_text (output, echo);

  if (g_input_stream_read (G_INPUT_STREAM (input), rest, sizeof rest, NULL, NULL) == 0)
    write_text (output, "bye");
}

/* Answers one request; FALSE when the connection is to end afterwards. */
static gboolean
answer (const char       *path,
        GDataInputStream *input,
        GOutputStream    *output)
{
  if (g_str_equal (path, "/_ping"))
    write_text (output, "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\n"
                        "Content-Length: 2\r\n\r\nOK");
  else if (g_str_equal (path, "/v1.41/version"))
    reply_json (output, "200 OK",
                "{\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\",\"Version\":\"20.10.99\"}");
  else if (g_str_equal (path, "/v1.41/info"))
    reply_json (output, "200 OK", "{\"Name\":\"fake\"}");
  else if (g_str_equal (path, "/v1.41/exec/garbage/start"))
    {
      write_text (output, "garbage\r\n\r\n");
      return FALSE;
    }
  else if (g_str_equal (path, "/v1.41/exec/truncated/start"))
    {
      write_text (output, "HTTP/1.1 101 UPGRADED\r\nContent-Type: appl");
      return FALSE;
    }
  else if (g_str_equal (path, "/v1.41/exec/eager/start"))
    {
      serve_stream (input, output);
      return FALSE;
    }
  else if (g_str_equal (path, "/v1.41/containers/stopped/attach"))
    {
      /* As the engine does after a hijack: plain text, no length, then EOF. */
      write_text (output, "HTTP/1.1 409 Conflict\r\n"
                          "Content-Type: application/vnd.docker.raw-stream\r\n\r\n"
                          "You cannot attach to a stopped container\r\n");
      return FALSE;
    }
  else
    {
      /* As for a bad exec id: a sized error, and the connection stays open. */
      reply_json (output, "404 Not Found", "{\"message\":\"No such exec instance: gone\"}");
    }

  return TRUE;
}

/* Serves one connection's requests until one of them ends it. */
static void
serve (GIOStream *connection)
{
  g_autoptr(GDataInputStream) input = NULL;
  GOutputStream *output = g_io_stream_get_output_stream (connection);

  input = g_data_input_stream_new (g_io_stream_get_input_stream (connection));
  g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);

  for (;;)
    {
      g_autofree char *request_line = g_data_input_stream_read_line (input, NULL, NULL, NULL);
      g_auto(GStrv) words = NULL;
      gsize content_length = 0;
      char *query;

      if (request_line == NULL)
        break;

      for (;;)
        {
          g_autofree char *header = g_data_input_stream_read_line (input, NULL, NULL, NULL);

          if (header == NULL || *header == '\0')
            break;
          if (g_ascii_strncasecmp (header, "Content-Length:", 15) == 0)
            content_length = g_ascii_strtoull (header + 15, NULL, 10);
        }
      g_input_stream_skip (G_INPUT_STREAM (input), content_length, NULL, NULL);

      words = g_strsplit (request_line, " ", 3);
      g_assert_cmpuint (g_strv_length (words), ==, 3);
      if ((query = strchr (words[1], '?')) != NULL)
        *query = '\0';

      g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_LF);
      if (!answer (words[1], input, output))
        break;
      g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
    }

  g_io_stream_close (connection, NULL, NULL);
}

static gboolean
accept_client_certificate_cb (GTlsConnection       *connection,
                              GTlsCertificate      *certificate,
                              GTlsCertificateFlags  errors,
                              Fake                 *fake)
{
  /* Signed by the throwaway test CA, which the fake does not know. */
  g_atomic_int_inc (&fake->client_certificates);
  return TRUE;
}

static gboolean
run_cb (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source_object,
        Fake                   *fake)
{
  g_autoptr(GIOStream) tls = NULL;

  if (fake->certificate == NULL)
    {
      serve (G_IO_STREAM (connection));
      return TRUE;
    }

  /* Asking for a client certificate shows whether the client sends one. */
  tls = g_tls_server_connection_new (G_IO_STREAM (connection), fake->certificate, NULL);
  g_object_set (tls, "authentication-mode", G_TLS_AUTHENTICATION_REQUIRED, NULL);
  g_signal_connect (tls, "accept-certificate", G_CALLBACK (accept_client_certificate_cb), fake);
  if (g_tls_connection_handshake (G_TLS_CONNECTION (tls), NULL, NULL))
    serve (tls);

  return TRUE;
}

static char *
dup_tls_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "docker-config", "contexts", "tls",
                                "2a97516c354b68848cdbd8f54a226a0a55b21ed138e207ad6c5cbb9c00aa5aea",
                                "docker", name, NULL);
}

/* Listens on a unix socket, or on loopback tcp with TLS. */
static void
fake_listen (Fake     *fake,
             gboolean  tls)
{
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GInetAddress) loopback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fake->dir, "docker.sock", NULL);

  if (tls)
    {
      g_autofree char *cert_file = dup_tls_file ("cert.pem");
      g_autofree char *key_file = dup_tls_file ("key.pem");

      /* The fixture's client certificate serves as the fake's own too: the
       * client is told not to verify it. */
      fake->certificate = g_tls_certificate_new_from_files (cert_file, key_file, &error);
      g_assert_no_error (error);
      loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
      address = g_inet_socket_address_new (loopback, 0);
    }
  else
    address = g_unix_socket_address_new (path);

  g_socket_listener_add_address (G_SOCKET_LISTENER (fake->service), address,
                                 G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT,
                                 NULL, &effective, &error);
  g_assert_no_error (error);

  if (tls)
    {
      guint16 port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));

      fake->uri = g_strdup_printf ("tcp://127.0.0.1:%u", port);
    }
  else
    fake->uri = g_strconcat ("unix://", path, NULL);
}

static LadingEndpoint *
fake_endpoint (Fake     *fake,
               gboolean  tls)
{
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GError) error = NULL;

  endpoint = lading_endpoint_new_for_uri (fake->uri, &error);
  g_assert_no_error (error);

  if (tls)
    {
      g_autofree char *ca_file = dup_tls_file ("ca.pem");
      g_autofree char *cert_file = dup_tls_file ("cert.pem");
      g_autofree char *key_file = dup_tls_file ("key.pem");

      lading_endpoint_set_tls (endpoint, TRUE);
      lading_endpoint_set_tls_verify (endpoint, FALSE);
      lading_endpoint_set_tls_ca_file (endpoint, ca_file);
      lading_endpoint_set_tls_cert_file (endpoint, cert_file);
      lading_endpoint_set_tls_key_file (endpoint, key_file);
    }

  return g_steal_pointer (&endpoint);
}

/* @user_data: TRUE for a fake that speaks TLS on loopback tcp */
static void
fake_set_up (Fake          *fake,
             gconstpointer  user_data)
{
  gboolean tls = GPOINTER_TO_INT (user_data);
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fake->dir = g_dir_make_tmp ("lading-hijack-XXXXXX", &error);
  g_assert_no_error (error);

  fake->service = g_threaded_socket_service_new (4);
  fake_listen (fake, tls);
  g_signal_connect (fake->service, "run", G_CALLBACK (run_cb), fake);
  g_socket_service_start (fake->service);

  endpoint = fake_endpoint (fake, tls);
  fake->engine = lading_engine_new (endpoint);
  lading_engine_connect_async (fake->engine, NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "connect");
  g_assert_true (lading_engine_connect_finish (fake->engine, result, &error));
  g_assert_no_error (error);
}

static void
fake_tear_down (Fake          *fake,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fake->dir, "docker.sock", NULL);

  g_clear_object (&fake->engine);
  g_socket_service_stop (fake->service);
  g_socket_listener_close (G_SOCKET_LISTENER (fake->service));
  g_clear_object (&fake->service);
  g_clear_object (&fake->certificate);
  g_unlink (path);
  g_rmdir (fake->dir);
  g_clear_pointer (&fake->dir, g_free);
  g_clear_pointer (&fake->uri, g_free);
}

static GError *
start_exec_error (Fake       *fake,
                  const char *exec_id)
{
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  GError *error = NULL;

  lading_engine_start_exec_async (fake->engine, exec_id, TRUE, NULL,
                                  lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, exec_id);
  stream = lading_engine_start_exec_finish (fake->engine, result, &error);
  g_assert_null (stream);

  return error;
}

static void
test_hijack_garbage_status (Fake          *fake,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = start_exec_error (fake, "garbage");

  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
}

static void
test_hijack_truncated_head (Fake          *fake,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = start_exec_error (fake, "truncated");

  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
}

static void
test_hijack_sized_error (Fake          *fake,
                         gconstpointer  user_data)
{
  /* The fake keeps the connection open: reading to EOF would never end. */
  g_autoptr(GError) error = start_exec_error (fake, "gone");

  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No such exec instance: gone");
}

static void
test_hijack_error_to_eof (Fake          *fake,
                          gconstpointer  user_data)
{
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_attach_container_async (fake->engine, "stopped", FALSE, TRUE, NULL,
                                        NULL, lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "attach");
  stream = lading_engine_attach_container_finish (fake->engine, result, &error);
  g_assert_null (stream);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==, "You cannot attach to a stopped container");
}

static void
data_cb (LadingHijackedStream *stream,
         GBytes               *bytes,
         Received             *received)
{
  g_byte_array_append (received->data, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
closed_cb (LadingHijackedStream *stream,
           const GError         *error,
           Received             *received)
{
  received->closed++;
  received->error = error != NULL ? g_error_copy (error) : NULL;
}

static gboolean
is_closed (gpointer data)
{
  return ((Received *)data)->closed > 0;
}

static void
test_hijack_eager_bytes (Fake          *fake,
                         gconstpointer  user_data)
{
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Received received = { g_byte_array_new (), NULL, 0 };

  lading_engine_start_exec_async (fake->engine, "eager", TRUE, NULL,
                                  lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "start");
  stream = lading_engine_start_exec_finish (fake->engine, result, &error);
  g_assert_no_error (error);

  g_signal_connect (stream, "data", G_CALLBACK (data_cb), &received);
  g_signal_connect (stream, "closed", G_CALLBACK (closed_cb), &received);
  lading_hijacked_stream_start (stream);

  /* "bye" only comes once the fake saw our write side shut. */
  lading_hijacked_stream_write (stream, (const guint8 *)"ping\n", 5);
  lading_hijacked_stream_close_write (stream);
  lading_test_await (is_closed, &received, "the fake's goodbye");

  g_assert_no_error (received.error);
  g_assert_cmpuint (received.closed, ==, 1);
  g_byte_array_append (received.data, (const guint8 *)"", 1);
  g_assert_cmpstr ((const char *)received.data->data, ==, "hello echo:ping bye");

  g_byte_array_unref (received.data);
}

static gboolean
has_echo (gpointer data)
{
  GByteArray *array = ((Received *)data)->data;

  return array->len > 0 && g_strstr_len ((const char *)array->data, array->len, "echo:ping ");
}

static void
test_hijack_tls (Fake          *fake,
                 gconstpointer  user_data)
{
  g_autoptr(LadingHijackedStream) stream = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  Received received = { g_byte_array_new (), NULL, 0 };
  int certificates_before = g_atomic_int_get (&fake->client_certificates);

  /* The hijack's own connection presents the client certificate too. */
  lading_engine_start_exec_async (fake->engine, "eager", TRUE, NULL,
                                  lading_test_keep_result_cb, &result);
  lading_test_await_result (&result, "start");
  stream = lading_engine_start_exec_finish (fake->engine, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_atomic_int_get (&fake->client_certificates), >, certificates_before);

  g_signal_connect (stream, "data", G_CALLBACK (data_cb), &received);
  g_signal_connect (stream, "closed", G_CALLBACK (closed_cb), &received);
  lading_hijacked_stream_start (stream);
  lading_hijacked_stream_write (stream, (const guint8 *)"ping\n", 5);
  lading_test_await (has_echo, &received, "the fake's echo over TLS");

  /* GIO cannot half-close TLS: stdin EOF ends the whole stream. */
  lading_hijacked_stream_close_write (stream);
  lading_test_await (is_closed, &received, "the TLS stream to close");
  g_assert_no_error (received.error);
  g_byte_array_append (received.data, (const guint8 *)"", 1);
  g_assert_cmpstr ((const char *)received.data->data, ==, "hello echo:ping ");

  g_byte_array_unref (received.data);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/api/hijack-faults/garbage-status", Fake, NULL,
              fake_set_up, test_hijack_garbage_status, fake_tear_down);
  g_test_add ("/api/hijack-faults/truncated-head", Fake, NULL,
              fake_set_up, test_hijack_truncated_head, fake_tear_down);
  g_test_add ("/api/hijack-faults/sized-error", Fake, NULL,
              fake_set_up, test_hijack_sized_error, fake_tear_down);
  g_test_add ("/api/hijack-faults/error-to-eof", Fake, NULL,
              fake_set_up, test_hijack_error_to_eof, fake_tear_down);
  g_test_add ("/api/hijack-faults/eager-bytes", Fake, NULL,
              fake_set_up, test_hijack_eager_bytes, fake_tear_down);
  g_test_add ("/api/hijack-faults/tls", Fake, GINT_TO_POINTER (TRUE),
              fake_set_up, test_hijack_tls, fake_tear_down);

  return g_test_run ();
}
