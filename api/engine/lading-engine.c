/* lading-engine.c
 *
 * One LadingEngine per endpoint: its SoupSession, the negotiated API version,
 * what the engine says about itself, and typed async calls.
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

/* Every open stream (/events, stats, logs) holds a connection until it ends;
 * libsoup's defaults (2 per host, 10 in all) would starve the short calls. */
#define MAX_CONNECTIONS 64

struct _LadingEngine
{
  GObject          parent_instance;

  /* Owned */
  LadingEndpoint  *endpoint;
  SoupSession     *session;
  GTlsCertificate *client_certificate;
  char            *base_uri;
  char            *api_version;
  char            *server_version;
  char            *product_name;
  char            *host_name;
  gint64           memory_total;
  int              n_cpus;
  GDateTime       *connected_at;

  guint            is_podman : 1;
};

G_DEFINE_FINAL_TYPE (LadingEngine, lading_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENDPOINT,
  PROP_API_VERSION,
  PROP_SERVER_VERSION,
  PROP_PRODUCT_NAME,
  PROP_HOST_NAME,
  PROP_IS_PODMAN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef struct
{
  LadingParseFunc parse;
  GDestroyNotify free_func;
} Request;

static gboolean
accept_any_certificate_cb (SoupMessage          *message,
                           GTlsCertificate      *certificate,
                           GTlsCertificateFlags  errors,
                           gpointer              user_data)
{
  /* Only connected when the user turned verification off for this endpoint. */
  return TRUE;
}

static SoupMessage *
new_message_for_uri (LadingEngine *self,
                     const char   *method,
                     const char   *uri)
{
  SoupMessage *message = soup_message_new (method, uri);

  if (message == NULL)
    return NULL;

  if (self->client_certificate != NULL)
    soup_message_set_tls_client_certificate (message, self->client_certificate);

  if (lading_endpoint_get_tls (self->endpoint) && !lading_endpoint_get_tls_verify (self->endpoint))
    g_signal_connect (message, "accept-certificate", G_CALLBACK (accept_any_certificate_cb), NULL);

  return message;
}

/* @path starts with "/" and holds the query; the negotiated version goes first. */
SoupMessage *
_lading_engine_new_message (LadingEngine *self,
                 const char   *method,
                 const char   *path)
{
  g_autofree char *uri = g_strdup_printf ("%s/v%s%s", self->base_uri, self->api_version, path);

  return new_message_for_uri (self, method, uri);
}

/* For the calls that come before a version is negotiated: /_ping. */
SoupMessage *
_lading_engine_new_unversioned_message (LadingEngine *self,
                                        const char   *method,
                                        const char   *path)
{
  g_autofree char *uri = g_strconcat (self->base_uri, path, NULL);

  return new_message_for_uri (self, method, uri);
}

SoupSession *
_lading_engine_get_session (LadingEngine *self)
{
  return self->session;
}

GError *
_lading_engine_error_from_message (SoupMessage *message,
                                   GBytes      *body)
{
  SoupMessageHeaders *headers = soup_message_get_response_headers (message);

  return _lading_engine_error_from_reply (soup_message_get_status (message),
                                          soup_message_get_reason_phrase (message),
                                          soup_message_headers_get_content_type (headers, NULL),
                                          body);
}

char *
_lading_engine_dup_object_path (const char *prefix,
                                const char *name,
                                const char *suffix)
{
  g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);

  return g_strconcat (prefix, escaped, suffix, NULL);
}

gboolean
_lading_engine_check_connected (LadingEngine  *self,
                                GError       **error)
{
  if (self->api_version != NULL)
    return TRUE;

  g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE,
               "%s: not connected yet", lading_endpoint_get_uri (self->endpoint));
  return FALSE;
}

gpointer
_lading_engine_parse_nothing (GBytes  *bytes,
                              GError **error)
{
  return GINT_TO_POINTER (TRUE);
}

/* {"Id": "…", "Warnings": […]}, the reply of a create: the new id, a string. */
gpointer
_lading_engine_parse_created (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(JsonNode) root = _lading_json_parse_object_bytes (bytes, "a create reply", error);
  const char *id;

  if (root == NULL)
    return NULL;

  id = _lading_json_get_string (json_node_get_object (root), "Id");
  if (id == NULL || id[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "The engine created something without an Id");
      return NULL;
    }

  return g_strdup (id);
}

static void
request_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SoupSession *session = (SoupSession *)object;
  g_autoptr(GTask) task = user_data;
  LadingEngine *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SoupMessage *message;
  gpointer parsed;
  guint status;

  if (!(bytes = soup_session_send_and_read_finish (session, result, &error)))
    {
      g_task_return_error (task, _lading_engine_error_from_io (error, self->endpoint));
      return;
    }

  /* The engine answers 304 when a container already is in the wanted state
   * (start a running one, stop a stopped one): nothing to do is no failure. */
  message = soup_session_get_async_result_message (session, result);
  status = soup_message_get_status (message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status) && status != SOUP_STATUS_NOT_MODIFIED)
    {
      g_task_return_error (task, _lading_engine_error_from_message (message, bytes));
      return;
    }

  if (!(parsed = request->parse (bytes, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, parsed, request->free_func);
}

/* Sends @method @path and hands the body of a successful reply to @parse;
 * the task's result is what @parse returns, freed with @free_func. */
void
_lading_engine_request_async (LadingEngine        *self,
                              const char          *method,
                              const char          *path,
                              LadingParseFunc      parse,
                              GDestroyNotify       free_func,
                              gpointer             source_tag,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  _lading_engine_request_json_async (self, method, path, NULL, parse, free_func, source_tag,
                                     cancellable, callback, user_data);
}

static void
send_request (LadingEngine        *self,
              const char          *method,
              const char          *path,
              GBytes              *json_body,
              const char          *registry_auth,
              LadingParseFunc      parse,
              GDestroyNotify       free_func,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Request *request;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  request = g_new0 (Request, 1);
  request->parse = parse;
  request->free_func = free_func;
  g_task_set_task_data (task, request, g_free);

  if (!_lading_engine_check_connected (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  message = _lading_engine_new_message (self, method, path);
  if (json_body != NULL)
    soup_message_set_request_body_from_bytes (message, "application/json", json_body);
  if (registry_auth != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "X-Registry-Auth",
                                  registry_auth);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT, cancellable,
                                    request_cb, g_steal_pointer (&task));
}

/* As _lading_engine_request_async(), with @json_body (if not %NULL) sent as
 * the request's application/json body. */
void
_lading_engine_request_json_async (LadingEngine        *self,
                                   const char          *method,
                                   const char          *path,
                                   GBytes              *json_body,
                                   LadingParseFunc      parse,
                                   GDestroyNotify       free_func,
                                   gpointer             source_tag,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  send_request (self, method, path, json_body, NULL, parse, free_func, source_tag, cancellable,
                callback, user_data);
}

/* As _lading_engine_request_async(), for a call the engine passes on to a
 * registry: @registry_auth (nullable) is the X-Registry-Auth header. */
void
_lading_engine_request_registry_async (LadingEngine        *self,
                                       const char          *method,
                                       const char          *path,
                                       const char          *registry_auth,
                                       LadingParseFunc      parse,
                                       GDestroyNotify       free_func,
                                       gpointer             source_tag,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  send_request (self, method, path, NULL, registry_auth, parse, free_func, source_tag,
                cancellable, callback, user_data);
}

void
_lading_engine_get_object_async (LadingEngine        *self,
                                 const char          *prefix,
                                 const char          *key,
                                 const char          *suffix,
                                 LadingParseFunc      parse,
                                 GDestroyNotify       free_func,
                                 gpointer             source_tag,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *path = _lading_engine_dup_object_path (prefix, key, suffix);

  _lading_engine_request_async (self, "GET", path, parse, free_func, source_tag,
                                cancellable, callback, user_data);
}

/* The TLS settings of the session, for the connections libsoup cannot make
 * (see lading-hijack-request.c).  Both are %NULL for the defaults. */
GTlsDatabase *
_lading_engine_get_tls_database (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return soup_session_get_tls_database (self->session);
}

GTlsCertificate *
_lading_engine_get_client_certificate (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->client_certificate;
}

static void
set_string_property (LadingEngine  *self,
                     char         **field,
                     const char    *value,
                     GParamSpec    *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* What connecting learnt (lading-engine-connect.c), told once it is known. */
void
_lading_engine_set_api_version (LadingEngine *self,
                                const char   *api_version)
{
  set_string_property (self, &self->api_version, api_version, properties [PROP_API_VERSION]);
}

void
_lading_engine_set_identity (LadingEngine *self,
                             const char   *server_version,
                             const char   *product_name,
                             gboolean      is_podman)
{
  set_string_property (self, &self->server_version, server_version,
                       properties [PROP_SERVER_VERSION]);
  set_string_property (self, &self->product_name, product_name, properties [PROP_PRODUCT_NAME]);

  if (self->is_podman != !!is_podman)
    {
      self->is_podman = !!is_podman;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IS_PODMAN]);
    }
}

void
_lading_engine_set_host (LadingEngine *self,
                         const char   *host_name,
                         gint64        memory_total,
                         int           n_cpus)
{
  set_string_property (self, &self->host_name, host_name, properties [PROP_HOST_NAME]);
  self->memory_total = memory_total;
  self->n_cpus = n_cpus;
}

void
_lading_engine_set_connected_at (LadingEngine *self,
                                 GDateTime    *connected_at)
{
  g_clear_pointer (&self->connected_at, g_date_time_unref);
  self->connected_at = connected_at != NULL ? g_date_time_ref (connected_at) : NULL;
}

/* @database and @certificate are %NULL for the defaults. */
void
_lading_engine_set_tls (LadingEngine    *self,
                        GTlsDatabase    *database,
                        GTlsCertificate *certificate)
{
  if (database != NULL)
    soup_session_set_tls_database (self->session, database);
  g_set_object (&self->client_certificate, certificate);
}


static void
lading_engine_constructed (GObject *object)
{
  LadingEngine *self = (LadingEngine *)object;
  g_autoptr(GSocketConnectable) connectable = NULL;

  G_OBJECT_CLASS (lading_engine_parent_class)->constructed (object);

  g_assert (LADING_IS_ENDPOINT (self->endpoint));

  self->base_uri = lading_endpoint_dup_base_uri (self->endpoint);

  /* On a unix endpoint every connection goes to the socket, whatever host the
   * URI names; on tcp the URI itself says where to go. */
  if (lading_endpoint_get_kind (self->endpoint) == LADING_ENDPOINT_KIND_UNIX)
    connectable = lading_endpoint_dup_connectable (self->endpoint);

  self->session = g_object_new (SOUP_TYPE_SESSION,
                                "remote-connectable", connectable,
                                "max-conns", MAX_CONNECTIONS,
                                "max-conns-per-host", MAX_CONNECTIONS,
                                "user-agent", "Lading/" PACKAGE_VERSION,
                                NULL);
}

static void
lading_engine_finalize (GObject *object)
{
  LadingEngine *self = (LadingEngine *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->client_certificate);
  g_clear_object (&self->endpoint);
  g_clear_pointer (&self->base_uri, g_free);
  g_clear_pointer (&self->api_version, g_free);
  g_clear_pointer (&self->server_version, g_free);
  g_clear_pointer (&self->product_name, g_free);
  g_clear_pointer (&self->host_name, g_free);
  g_clear_pointer (&self->connected_at, g_date_time_unref);

  G_OBJECT_CLASS (lading_engine_parent_class)->finalize (object);
}

static void
lading_engine_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LadingEngine *self = LADING_ENGINE (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      g_value_set_object (value, self->endpoint);
      break;

    case PROP_API_VERSION:
      g_value_set_string (value, self->api_version);
      break;

    case PROP_SERVER_VERSION:
      g_value_set_string (value, self->server_version);
      break;

    case PROP_PRODUCT_NAME:
      g_value_set_string (value, self->product_name);
      break;

    case PROP_HOST_NAME:
      g_value_set_string (value, self->host_name);
      break;

    case PROP_IS_PODMAN:
      g_value_set_boolean (value, self->is_podman);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_engine_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LadingEngine *self = LADING_ENGINE (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      self->endpoint = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_engine_class_init (LadingEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lading_engine_constructed;
  object_class->finalize = lading_engine_finalize;
  object_class->get_property = lading_engine_get_property;
  object_class->set_property = lading_engine_set_property;

  properties [PROP_ENDPOINT] =
    g_param_spec_object ("endpoint", NULL, NULL,
                         LADING_TYPE_ENDPOINT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_API_VERSION] =
    g_param_spec_string ("api-version", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SERVER_VERSION] =
    g_param_spec_string ("server-version", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PRODUCT_NAME] =
    g_param_spec_string ("product-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HOST_NAME] =
    g_param_spec_string ("host-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_IS_PODMAN] =
    g_param_spec_boolean ("is-podman", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_engine_init (LadingEngine *self)
{
}

/**
 * lading_engine_new:
 * @endpoint: where the engine listens
 *
 * Returns: (transfer full): an engine that is not connected yet; call
 *   lading_engine_connect_async() before anything else.
 */
LadingEngine *
lading_engine_new (LadingEndpoint *endpoint)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (endpoint), NULL);

  return g_object_new (LADING_TYPE_ENGINE, "endpoint", endpoint, NULL);
}

LadingEndpoint *
lading_engine_get_endpoint (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->endpoint;
}

/**
 * lading_engine_get_api_version:
 *
 * Returns: (nullable): the negotiated version ("1.41"), or %NULL before the
 *   first successful connect.
 */
const char *
lading_engine_get_api_version (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->api_version;
}

const char *
lading_engine_get_server_version (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->server_version;
}

const char *
lading_engine_get_product_name (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->product_name;
}

const char *
lading_engine_get_host_name (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->host_name;
}

/**
 * lading_engine_get_memory_total:
 *
 * Returns: the engine host's memory in bytes, as `/info` said when it was
 *   last connected; 0 if unknown.  A container without a memory limit
 *   reports this as its limit.
 */
gint64
lading_engine_get_memory_total (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), 0);

  return self->memory_total;
}

/**
 * lading_engine_get_n_cpus:
 *
 * Returns: the engine host's number of CPUs, as `/info` said when it was
 *   last connected; 0 if unknown
 */
int
lading_engine_get_n_cpus (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), 0);

  return self->n_cpus;
}

/**
 * lading_engine_get_connected_at:
 *
 * The engine's own clock, to the second, when it answered the ping of the
 * last connect: what it did from then on is still in its event history.
 *
 * Returns: (transfer none) (nullable): that time, or %NULL before connecting
 *   or when the engine did not say
 */
GDateTime *
lading_engine_get_connected_at (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);

  return self->connected_at;
}

gboolean
lading_engine_get_is_podman (LadingEngine *self)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), FALSE);

  return self->is_podman;
}

gpointer
_lading_engine_propagate (LadingEngine  *self,
                          GAsyncResult  *result,
                          gpointer       source_tag,
                          GError       **error)
{
  g_return_val_if_fail (LADING_IS_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Finishes a call made with _lading_engine_parse_nothing(). */
gboolean
_lading_engine_propagate_done (LadingEngine  *self,
                               GAsyncResult  *result,
                               gpointer       source_tag,
                               GError       **error)
{
  return _lading_engine_propagate (self, result, source_tag, error) != NULL;
}

/**
 * lading_engine_open_events_async:
 * @since: (nullable): replay what happened from then on first
 *
 * Opens `GET /events` for containers, images, volumes and networks.  It
 * completes once the engine has answered, so nothing that happens after that
 * is missed, nor, with @since (on the engine's clock), what happened between
 * @since and then; read the stream with lading_event_parse() one line at a
 * time.  The stream ends when the engine stops.
 */
void
lading_engine_open_events_async (LadingEngine        *self,
                                 GDateTime           *since,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autofree char *filters = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  filters = g_uri_escape_string ("{\"type\":[\"container\",\"image\",\"volume\",\"network\"]}",
                                 NULL, FALSE);
  if (since != NULL)
    path = g_strdup_printf ("/events?since=%" G_GINT64_FORMAT "&filters=%s",
                            g_date_time_to_unix (since), filters);
  else
    path = g_strconcat ("/events?filters=", filters, NULL);
  _lading_engine_open_stream_async (self, "GET", path, lading_engine_open_events_async,
                                    cancellable, callback, user_data);
}

/**
 * lading_engine_open_events_finish:
 *
 * Returns: (transfer full): the de-chunked event stream
 */
GInputStream *
lading_engine_open_events_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_open_events_async, error);
}
