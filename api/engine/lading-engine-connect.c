/* lading-engine-connect.c
 *
 * Connecting a LadingEngine: the TLS files read off the main thread, the
 * unversioned /_ping that tells which API version to speak, then /version
 * and /info side by side.  What they say is kept by lading-engine.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"

/* The two calls after the ping run at once; the connection is made when both
 * have answered. */
typedef struct
{
  guint   pending;
  GError *version_error;
  GError *info_error;
} Connecting;

static void
connecting_free (Connecting *connecting)
{
  g_clear_error (&connecting->version_error);
  g_clear_error (&connecting->info_error);
  g_free (connecting);
}

/* Takes @task.  A version the engine refuses explains more than the refused
 * /info that follows from it, so that error is the one returned. */
static void
connecting_answered (GTask *task)
{
  g_autoptr(GTask) owned = task;
  Connecting *connecting = g_task_get_task_data (task);

  if (--connecting->pending > 0)
    return;

  if (connecting->version_error != NULL)
    g_task_return_error (task, g_steal_pointer (&connecting->version_error));
  else if (connecting->info_error != NULL)
    g_task_return_error (task, g_steal_pointer (&connecting->info_error));
  else
    g_task_return_boolean (task, TRUE);
}

static gpointer
parse_json_object (GBytes  *bytes,
                   GError **error)
{
  return _lading_json_parse_object_bytes (bytes, "something", error);
}

static void
connect_info_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LadingEngine *self = (LadingEngine *)object;
  GTask *task = user_data;
  Connecting *connecting = g_task_get_task_data (task);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *info;

  if ((root = g_task_propagate_pointer (G_TASK (result), &connecting->info_error)) != NULL)
    {
      info = json_node_get_object (root);
      _lading_engine_set_host (self,
                               _lading_json_get_string (info, "Name"),
                               _lading_json_get_int (info, "MemTotal", 0),
                               (int)_lading_json_get_int (info, "NCPU", 0));
    }

  connecting_answered (task);
}

/* Docker names its product in Platform.Name (sometimes empty); Podman in its
 * first component, "Podman Engine". */
static const char *
find_product_name (JsonObject *version)
{
  JsonArray *components = _lading_json_get_array (version, "Components");
  JsonObject *platform = _lading_json_get_object (version, "Platform");
  const char *name = NULL;

  if (components != NULL && json_array_get_length (components) > 0 &&
      JSON_NODE_HOLDS_OBJECT (json_array_get_element (components, 0)))
    name = _lading_json_get_string (json_array_get_object_element (components, 0), "Name");

  if (name != NULL && strstr (name, "Podman") != NULL)
    return name;

  name = platform != NULL ? _lading_json_get_string (platform, "Name") : NULL;

  return name != NULL && *name != '\0' ? name : "Docker Engine";
}

static void
connect_version_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  LadingEngine *self = (LadingEngine *)object;
  GTask *task = user_data;
  Connecting *connecting = g_task_get_task_data (task);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *api_version = NULL;
  const char *product;
  JsonObject *version;

  if (!(root = g_task_propagate_pointer (G_TASK (result), &connecting->version_error)))
    {
      connecting_answered (task);
      return;
    }

  version = json_node_get_object (root);

  /* Docker 29.0–29.2 refuse anything below 1.44: only /version says so. */
  api_version = _lading_api_version_negotiate (_lading_json_get_string (version, "ApiVersion"),
                                               _lading_json_get_string (version, "MinAPIVersion"),
                                               &connecting->version_error);
  if (api_version != NULL)
    {
      product = find_product_name (version);
      _lading_engine_set_api_version (self, api_version);
      _lading_engine_set_identity (self, _lading_json_get_string (version, "Version"), product,
                                   strstr (product, "Podman") != NULL);
    }

  connecting_answered (task);
}

static void
connect_ping_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  SoupSession *session = (SoupSession *)object;
  g_autoptr(GTask) task = user_data;
  LadingEngine *self = g_task_get_source_object (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *api_version = NULL;
  g_autoptr(GDateTime) connected_at = NULL;
  SoupMessageHeaders *headers;
  const char *date;
  GCancellable *cancellable;
  SoupMessage *message;
  Connecting *connecting;

  if (!(bytes = soup_session_send_and_read_finish (session, result, &error)))
    {
      g_task_return_error (task, _lading_engine_error_from_io (error,
                                                               lading_engine_get_endpoint (self)));
      return;
    }

  message = soup_session_get_async_result_message (session, result);
  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (message)))
    {
      g_task_return_error (task, _lading_engine_error_from_message (message, bytes));
      return;
    }

  headers = soup_message_get_response_headers (message);
  api_version = _lading_api_version_negotiate (soup_message_headers_get_one (headers,
                                                                             "Api-Version"),
                                               NULL, &error);
  if (api_version == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  _lading_engine_set_api_version (self, api_version);
  if ((date = soup_message_headers_get_one (headers, "Date")) != NULL)
    connected_at = soup_date_time_new_from_http_string (date);
  _lading_engine_set_connected_at (self, connected_at);

  /* Neither call needs the other's answer: waiting for one before sending
   * the other would only add a round trip to every start. */
  connecting = g_new0 (Connecting, 1);
  connecting->pending = 2;
  g_task_set_task_data (task, connecting, (GDestroyNotify)connecting_free);
  cancellable = g_task_get_cancellable (task);
  _lading_engine_request_async (self, "GET", "/version",
                                parse_json_object, (GDestroyNotify)json_node_unref,
                                lading_engine_connect_async, cancellable,
                                connect_version_cb, g_object_ref (task));
  _lading_engine_request_async (self, "GET", "/info",
                                parse_json_object, (GDestroyNotify)json_node_unref,
                                lading_engine_connect_async, cancellable,
                                connect_info_cb, g_steal_pointer (&task));
}

/* What the TLS files of an endpoint hold, read off the main thread. */
typedef struct
{
  GTlsDatabase    *database;
  GTlsCertificate *certificate;
} TlsFiles;

static void
tls_files_free (TlsFiles *files)
{
  g_clear_object (&files->database);
  g_clear_object (&files->certificate);
  g_free (files);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TlsFiles, tls_files_free)

static void
load_tls_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  LadingEndpoint *endpoint = task_data;
  const char *ca_file = lading_endpoint_get_tls_ca_file (endpoint);
  const char *cert_file = lading_endpoint_get_tls_cert_file (endpoint);
  const char *key_file = lading_endpoint_get_tls_key_file (endpoint);
  g_autoptr(TlsFiles) files = g_new0 (TlsFiles, 1);
  GError *error = NULL;

  if (!lading_endpoint_validate_tls (endpoint, &error) ||
      (ca_file != NULL && !(files->database = g_tls_file_database_new (ca_file, &error))) ||
      (cert_file != NULL && key_file != NULL &&
       !(files->certificate = g_tls_certificate_new_from_files (cert_file, key_file, &error))))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&files), (GDestroyNotify)tls_files_free);
}

/* Takes @task. */
static void
send_ping (LadingEngine *self,
           GTask        *task)
{
  g_autoptr(SoupMessage) message = NULL;

  /* /_ping is the one unversioned call: it tells which version to use. */
  message = _lading_engine_new_unversioned_message (self, "GET", "/_ping");
  soup_session_send_and_read_async (_lading_engine_get_session (self), message,
                                    G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                    connect_ping_cb, task);
}

static void
load_tls_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  LadingEngine *self = (LadingEngine *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(TlsFiles) files = NULL;
  g_autoptr(GError) error = NULL;

  if (!(files = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      g_prefix_error (&error, "%s: ", lading_endpoint_get_uri (lading_engine_get_endpoint (self)));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  _lading_engine_set_tls (self, files->database, files->certificate);
  send_ping (self, g_steal_pointer (&task));
}

/**
 * lading_engine_connect_async:
 *
 * Pings the engine, negotiates the API version and reads `/version` and
 * `/info`.  Call it again after the engine went away: it renegotiates.
 */
void
lading_engine_connect_async (LadingEngine        *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  LadingEndpoint *endpoint;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) load = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  endpoint = lading_engine_get_endpoint (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_engine_connect_async);

  if (!lading_endpoint_get_tls (endpoint))
    {
      send_ping (self, g_steal_pointer (&task));
      return;
    }

  /* The certificate files are read in a thread, not on the main loop. */
  load = g_task_new (self, cancellable, load_tls_cb, g_steal_pointer (&task));
  g_task_set_source_tag (load, load_tls_thread);
  g_task_set_task_data (load, g_object_ref (endpoint), g_object_unref);
  g_task_run_in_thread (load, load_tls_thread);
}

gboolean
lading_engine_connect_finish (LadingEngine  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

struct _LadingEngineConnection
{
  char            *api_version;
  char            *server_version;
  char            *product_name;
  char            *host_name;
  gint64           memory_total;
  int              n_cpus;
  gboolean         is_podman;
  GDateTime       *connected_at;
  GTlsDatabase    *tls_database;
  GTlsCertificate *client_certificate;
};

/**
 * lading_engine_dup_connection:
 *
 * Copies what the last connect learned, to give to another engine of the
 * same endpoint with lading_engine_adopt_connection().  The copy may go to
 * another thread: it holds no session.
 *
 * Returns: (transfer full) (nullable): the connection, or %NULL if @self
 *   never connected
 */
LadingEngineConnection *
lading_engine_dup_connection (LadingEngine *self)
{
  LadingEngineConnection *connection;

  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  if (lading_engine_get_api_version (self) == NULL)
    return NULL;

  connection = g_new0 (LadingEngineConnection, 1);
  connection->api_version = g_strdup (lading_engine_get_api_version (self));
  connection->server_version = g_strdup (lading_engine_get_server_version (self));
  connection->product_name = g_strdup (lading_engine_get_product_name (self));
  connection->host_name = g_strdup (lading_engine_get_host_name (self));
  connection->memory_total = lading_engine_get_memory_total (self);
  connection->n_cpus = lading_engine_get_n_cpus (self);
  connection->is_podman = lading_engine_get_is_podman (self);
  if (lading_engine_get_connected_at (self) != NULL)
    connection->connected_at = g_date_time_ref (lading_engine_get_connected_at (self));
  /* Asked of a plain endpoint, the session would load the system's CAs. */
  if (lading_endpoint_get_tls (lading_engine_get_endpoint (self)))
    {
      g_set_object (&connection->tls_database, _lading_engine_get_tls_database (self));
      g_set_object (&connection->client_certificate, _lading_engine_get_client_certificate (self));
    }

  return connection;
}

/**
 * lading_engine_adopt_connection:
 * @connection: what another engine of the same endpoint learned
 *
 * Makes @self connected as that engine was, without asking the engine again.
 */
void
lading_engine_adopt_connection (LadingEngine                 *self,
                                const LadingEngineConnection *connection)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (connection != NULL);

  g_object_freeze_notify (G_OBJECT (self));
  _lading_engine_set_tls (self, connection->tls_database, connection->client_certificate);
  _lading_engine_set_api_version (self, connection->api_version);
  _lading_engine_set_identity (self, connection->server_version, connection->product_name,
                               connection->is_podman);
  _lading_engine_set_host (self, connection->host_name, connection->memory_total,
                           connection->n_cpus);
  _lading_engine_set_connected_at (self, connection->connected_at);
  g_object_thaw_notify (G_OBJECT (self));
}

void
lading_engine_connection_free (LadingEngineConnection *connection)
{
  g_clear_pointer (&connection->api_version, g_free);
  g_clear_pointer (&connection->server_version, g_free);
  g_clear_pointer (&connection->product_name, g_free);
  g_clear_pointer (&connection->host_name, g_free);
  g_clear_pointer (&connection->connected_at, g_date_time_unref);
  g_clear_object (&connection->tls_database);
  g_clear_object (&connection->client_certificate);
  g_free (connection);
}
