/* test-faults.c
 *
 * What a real engine will not do on demand, injected by a fake one on a
 * temporary unix socket: no version header, a truncated list, an event
 * stream that ends, logs with the engine's in-band error or cut inside a
 * frame.  The real engine is tested elsewhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixsocketaddress.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "lading-engine-error.h"
#include "lading-log-reader.h"
#include "lading-store.h"

typedef struct
{
  char       *dir;
  char       *uri;
  SoupServer *server;
  gboolean    send_version_header;
  guint       events_opened;
} Fake;

static void
reply (SoupServerMessage *message,
       const char        *content_type,
       const char        *body)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

/* A stdout frame, then the engine's own error (frame type 3) or the start of a
 * frame that never ends. */
static const char failed_log[] = "\1\0\0\0\0\0\0\3ok\n\3\0\0\0\0\0\0\5boom\n";
static const char cut_log[] = "\1\0\0\0\0\0\0\3ok\n\2\0\0\0\0\0\0\11cut";

static void
reply_log (SoupServerMessage *message,
           const char        *body,
           gsize              length)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/vnd.docker.multiplexed-stream",
                                    SOUP_MEMORY_STATIC, body, length);
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fake *fake = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);

  if (g_str_equal (path, "/_ping"))
    {
      if (fake->send_version_header)
        soup_message_headers_append (headers, "Api-Version", "1.41");
      reply (message, "text/plain", "OK");
    }
  else if (g_str_equal (path, "/v1.41/version"))
    reply (message, "application/json", "{\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\",\"Version\":\"20.10.99\"}");
  else if (g_str_equal (path, "/v1.41/info"))
    reply (message, "application/json", "{\"Name\":\"fake\"}");
  else if (g_str_equal (path, "/v1.41/containers/failed/logs"))
    reply_log (message, failed_log, sizeof failed_log - 1);
  else if (g_str_equal (path, "/v1.41/containers/cut/logs"))
    reply_log (message, cut_log, sizeof cut_log - 1);
  else if (g_str_equal (path, "/v1.41/containers/json"))
    reply (message, "application/json", "[{\"Id\":\"abc\",\"Names\":[\"/x\"]");   /* cut short */
  else if (g_str_equal (path, "/v1.41/events"))
    {
      /* One event, then the end of the stream, as when an engine stops. */
      fake->events_opened++;
      reply (message, "application/json",
             "{\"Type\":\"daemon\",\"Action\":\"reload\",\"Actor\":{\"ID\":\"d\"},\"timeNano\":1}\n");
    }
  else
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC,
                                        "{\"message\":\"page not found\"}", 28);
    }
}

static void
fake_set_up (Fake          *fake,
             gconstpointer  user_data)
{
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fake->dir = g_dir_make_tmp ("lading-fake-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fake->dir, "docker.sock", NULL);
  fake->uri = g_strconcat ("unix://", path, NULL);
  fake->send_version_header = TRUE;

  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (path);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  g_assert_no_error (error);

  fake->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fake->server, NULL, handle_cb, fake, NULL);
  g_assert_true (soup_server_listen_socket (fake->server, socket, 0, &error));
  g_assert_no_error (error);
}

static void
fake_tear_down (Fake          *fake,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fake->dir, "docker.sock", NULL);

  g_clear_object (&fake->server);
  g_unlink (path);
  g_rmdir (fake->dir);
  g_clear_pointer (&fake->dir, g_free);
  g_clear_pointer (&fake->uri, g_free);
}

static LadingEngine *
fake_engine (Fake *fake)
{
  g_autoptr(LadingEndpoint) endpoint = lading_endpoint_new_for_uri (fake->uri, NULL);

  return lading_engine_new (endpoint);
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static GAsyncResult *
await_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
test_faults_no_version_header (Fake          *fake,
                               gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = fake_engine (fake);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* No Api-Version means an engine older than 1.25: too old for Lading. */
  fake->send_version_header = FALSE;
  lading_engine_connect_async (engine, NULL, done_cb, &result);
  g_assert_false (lading_engine_connect_finish (engine, await_result (&result), &error));
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION);
  g_assert_nonnull (strstr (error->message, "1.24"));
}

static void
test_faults_truncated_list (Fake          *fake,
                            gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = fake_engine (fake);
  g_autoptr(GAsyncResult) connected = NULL;
  g_autoptr(GAsyncResult) listed = NULL;
  g_autoptr(GPtrArray) containers = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_connect_async (engine, NULL, done_cb, &connected);
  g_assert_true (lading_engine_connect_finish (engine, await_result (&connected), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lading_engine_get_server_version (engine), ==, "20.10.99");
  g_assert_cmpstr (lading_engine_get_host_name (engine), ==, "fake");

  lading_engine_list_containers_async (engine, NULL, done_cb, &listed);
  containers = lading_engine_list_containers_finish (engine, await_result (&listed), &error);
  g_assert_null (containers);
  g_assert_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
}

static void
test_faults_event_stream_ends (Fake          *fake,
                               gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = fake_engine (fake);
  g_autoptr(LadingStore) store = lading_store_new (engine);

  lading_store_start (store);

  /* The truncated list fails the sync and the stream ends: the store says
   * it is disconnected and why, then tries again by itself. */
  while (lading_store_get_state (store) != LADING_STORE_STATE_DISCONNECTED)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (lading_store_get_error (store));
  g_assert_true (lading_store_get_error (store)->domain == LADING_ENGINE_ERROR);
  g_assert_false (lading_store_get_loaded (store));

  while (fake->events_opened < 2)
    g_main_context_iteration (NULL, TRUE);
}

static LadingEngine *
connected_fake_engine (Fake *fake)
{
  g_autoptr(LadingEngine) engine = fake_engine (fake);
  g_autoptr(GAsyncResult) connected = NULL;
  g_autoptr(GError) error = NULL;

  lading_engine_connect_async (engine, NULL, done_cb, &connected);
  g_assert_true (lading_engine_connect_finish (engine, await_result (&connected), &error));
  g_assert_no_error (error);

  return g_steal_pointer (&engine);
}

typedef struct
{
  GString *text;      /* "<stream digit>:<text>|" per line */
  gboolean finished;
  GError  *error;
} LogResult;

static void
log_lines_cb (LadingLogReader *reader,
              GPtrArray       *lines,
              LogResult       *result)
{
  for (guint i = 0; i < lines->len; i++)
    {
      LadingLogLine *line = lines->pdata[i];

      g_string_append_printf (result->text, "%d:%s|", line->stream, line->text);
    }
}

static void
log_finished_cb (LadingLogReader *reader,
                 const GError    *error,
                 LogResult       *result)
{
  result->finished = TRUE;
  result->error = error != NULL ? g_error_copy (error) : NULL;
}

/* Reads the fake container @id's log; returns its lines and sets @error. */
static char *
read_fake_log (LadingEngine  *engine,
               const char    *id,
               GError       **error)
{
  LadingLogQuery query = { .tail = -1 };
  g_autoptr(LadingLogReader) reader = lading_log_reader_new (engine, id, FALSE, &query);
  LogResult result = { g_string_new (NULL), FALSE, NULL };

  g_signal_connect (reader, "lines", G_CALLBACK (log_lines_cb), &result);
  g_signal_connect (reader, "finished", G_CALLBACK (log_finished_cb), &result);
  lading_log_reader_start (reader);
  while (!result.finished)
    g_main_context_iteration (NULL, TRUE);

  if (result.error != NULL)
    g_propagate_error (error, result.error);
  return g_string_free (result.text, FALSE);
}

static goffset
export_fake_log (LadingEngine  *engine,
                 const char    *id,
                 GOutputStream *output,
                 GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  lading_engine_export_logs_async (engine, id, FALSE, FALSE, output, NULL, NULL, NULL,
                                   done_cb, &result);
  return lading_engine_export_logs_finish (engine, await_result (&result), error);
}

static void
test_faults_log_system_error (Fake          *fake,
                              gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = connected_fake_engine (fake);
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (output);
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GError) export_error = NULL;
  g_autofree char *lines = NULL;

  /* The reader shows the engine's error as a line of its own... */
  lines = read_fake_log (engine, "failed", &read_error);
  g_assert_no_error (read_error);
  g_assert_cmpstr (lines, ==, "1:ok|3:boom|");

  /* ...the export keeps it out of the file and fails. */
  g_assert_cmpint (export_fake_log (engine, "failed", output, &export_error), ==, -1);
  g_assert_error (export_error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_FAILED);
  g_assert_cmpstr (export_error->message, ==, "boom");
  g_assert_cmpmem (g_memory_output_stream_get_data (memory),
                   g_memory_output_stream_get_data_size (memory), "ok\n", 3);
}

static void
test_faults_log_cut (Fake          *fake,
                     gconstpointer  user_data)
{
  g_autoptr(LadingEngine) engine = connected_fake_engine (fake);
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GError) export_error = NULL;
  g_autofree char *lines = NULL;

  /* The lines before the cut arrive, then the error. */
  lines = read_fake_log (engine, "cut", &read_error);
  g_assert_error (read_error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
  g_assert_cmpstr (lines, ==, "1:ok|2:cut|");

  g_assert_cmpint (export_fake_log (engine, "cut", output, &export_error), ==, -1);
  g_assert_error (export_error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/api/faults/no-version-header", Fake, NULL,
              fake_set_up, test_faults_no_version_header, fake_tear_down);
  g_test_add ("/api/faults/truncated-list", Fake, NULL,
              fake_set_up, test_faults_truncated_list, fake_tear_down);
  g_test_add ("/api/faults/event-stream-ends", Fake, NULL,
              fake_set_up, test_faults_event_stream_ends, fake_tear_down);
  g_test_add ("/api/faults/log-system-error", Fake, NULL,
              fake_set_up, test_faults_log_system_error, fake_tear_down);
  g_test_add ("/api/faults/log-cut", Fake, NULL,
              fake_set_up, test_faults_log_cut, fake_tear_down);

  return g_test_run ();
}
