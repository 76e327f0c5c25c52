/* lading-endpoint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-endpoint"

#include "config.h"

#include <string.h>
#include <sys/un.h>

#include <gio/gunixsocketaddress.h>

#include "lading-api-enums.h"
#include "lading-endpoint.h"
#include "lading-engine-error.h"

/* The ports the docker CLI fills in when a tcp:// host names none. */
#define DEFAULT_TCP_PORT 2375
#define DEFAULT_TLS_PORT 2376

#define ENDPOINT_HINT "use unix:///path or tcp://host:port"

struct _LadingEndpoint
{
  GObject               parent_instance;

  /* Parsed from the construct-only URI by GInitable.init, then fixed. */
  char                 *uri;
  char                 *socket_path;
  char                 *host;
  LadingEndpointKind    kind;
  guint                 uri_port;   /* 0 when the URI names no port */

  LadingEndpointOrigin  origin;
  char                 *context_name;
  char                 *tls_ca_file;
  char                 *tls_cert_file;
  char                 *tls_key_file;
  guint                 tls : 1;
  guint                 tls_verify : 1;
};

static void lading_endpoint_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadingEndpoint, lading_endpoint, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      lading_endpoint_initable_iface_init))

enum {
  PROP_0,
  PROP_URI,
  PROP_KIND,
  PROP_SOCKET_PATH,
  PROP_HOST,
  PROP_PORT,
  PROP_ORIGIN,
  PROP_CONTEXT_NAME,
  PROP_TLS,
  PROP_TLS_VERIFY,
  PROP_TLS_CA_FILE,
  PROP_TLS_CERT_FILE,
  PROP_TLS_KEY_FILE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
parse_unix (LadingEndpoint  *self,
            GError         **error)
{
  const char *path = self->uri + strlen ("unix://");

  if (path[0] == '\0')
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” names no socket: use unix:///absolute/path", self->uri);
      return FALSE;
    }

  if (!g_path_is_absolute (path))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” names the relative socket path “%s”: use unix:///absolute/path",
                   self->uri, path);
      return FALSE;
    }

  /* The kernel would refuse the address at connect time with a vaguer message. */
  if (strlen (path) >= G_SIZEOF_MEMBER (struct sockaddr_un, sun_path))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "The socket path in “%s” is longer than a UNIX socket address allows",
                   self->uri);
      return FALSE;
    }

  self->kind = LADING_ENDPOINT_KIND_UNIX;
  self->socket_path = g_strdup (path);
  return TRUE;
}

static gboolean
parse_tcp (LadingEndpoint  *self,
           GError         **error)
{
  g_autoptr(GUri) guri = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path;

  if (!(guri = g_uri_parse (self->uri, G_URI_FLAGS_NONE, &local_error)))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” is not a valid tcp:// endpoint: %s", self->uri, local_error->message);
      return FALSE;
    }

  if (g_uri_get_host (guri) == NULL || g_uri_get_host (guri)[0] == '\0')
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” names no host: use tcp://host:port", self->uri);
      return FALSE;
    }

  if (g_uri_get_port (guri) == 0)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” names port 0: use a port from 1 to 65535", self->uri);
      return FALSE;
    }

  path = g_uri_get_path (guri);
  if (g_uri_get_userinfo (guri) != NULL || g_uri_get_query (guri) != NULL ||
      g_uri_get_fragment (guri) != NULL || (path[0] != '\0' && g_strcmp0 (path, "/") != 0))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "“%s” has a user, path or query: a tcp:// endpoint is only tcp://host:port",
                   self->uri);
      return FALSE;
    }

  self->kind = LADING_ENDPOINT_KIND_TCP;
  self->host = g_strdup (g_uri_get_host (guri));
  self->uri_port = MAX (g_uri_get_port (guri), 0);
  return TRUE;
}

static gboolean
lading_endpoint_initable_init (GInitable     *initable,
                               GCancellable  *cancellable,
                               GError       **error)
{
  LadingEndpoint *self = (LadingEndpoint *)initable;

  g_assert (LADING_IS_ENDPOINT (self));

  if (self->uri == NULL || self->uri[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                           "An empty string is not a Docker endpoint: " ENDPOINT_HINT);
      return FALSE;
    }

  if (g_str_has_prefix (self->uri, "unix://"))
    return parse_unix (self, error);

  if (g_str_has_prefix (self->uri, "tcp://"))
    return parse_tcp (self, error);

  /* The CLI reaches ssh:// hosts by running `docker system dial-stdio` remotely. */
  if (g_strcmp0 (g_uri_peek_scheme (self->uri), "ssh") == 0)
    g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                 "“%s”: ssh:// endpoints are not supported; forward the remote socket "
                 "(ssh -L) and " ENDPOINT_HINT, self->uri);
  else
    g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                 "“%s” is not a Docker endpoint: " ENDPOINT_HINT, self->uri);

  return FALSE;
}

static void
lading_endpoint_initable_iface_init (GInitableIface *iface)
{
  iface->init = lading_endpoint_initable_init;
}

static void
lading_endpoint_finalize (GObject *object)
{
  LadingEndpoint *self = (LadingEndpoint *)object;

  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->socket_path, g_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->context_name, g_free);
  g_clear_pointer (&self->tls_ca_file, g_free);
  g_clear_pointer (&self->tls_cert_file, g_free);
  g_clear_pointer (&self->tls_key_file, g_free);

  G_OBJECT_CLASS (lading_endpoint_parent_class)->finalize (object);
}

static void
lading_endpoint_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LadingEndpoint *self = LADING_ENDPOINT (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SOCKET_PATH:
      g_value_set_string (value, self->socket_path);
      break;

    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case PROP_PORT:
      g_value_set_uint (value, lading_endpoint_get_port (self));
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_CONTEXT_NAME:
      g_value_set_string (value, self->context_name);
      break;

    case PROP_TLS:
      g_value_set_boolean (value, self->tls);
      break;

    case PROP_TLS_VERIFY:
      g_value_set_boolean (value, self->tls_verify);
      break;

    case PROP_TLS_CA_FILE:
      g_value_set_string (value, self->tls_ca_file);
      break;

    case PROP_TLS_CERT_FILE:
      g_value_set_string (value, self->tls_cert_file);
      break;

    case PROP_TLS_KEY_FILE:
      g_value_set_string (value, self->tls_key_file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_endpoint_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadingEndpoint *self = LADING_ENDPOINT (object);

  switch (prop_id)
    {
    case PROP_URI:
      self->uri = g_value_dup_string (value);       /* construct-only */
      break;

    case PROP_ORIGIN:
      lading_endpoint_set_origin (self, g_value_get_enum (value));
      break;

    case PROP_CONTEXT_NAME:
      lading_endpoint_set_context_name (self, g_value_get_string (value));
      break;

    case PROP_TLS:
      lading_endpoint_set_tls (self, g_value_get_boolean (value));
      break;

    case PROP_TLS_VERIFY:
      lading_endpoint_set_tls_verify (self, g_value_get_boolean (value));
      break;

    case PROP_TLS_CA_FILE:
      lading_endpoint_set_tls_ca_file (self, g_value_get_string (value));
      break;

    case PROP_TLS_CERT_FILE:
      lading_endpoint_set_tls_cert_file (self, g_value_get_string (value));
      break;

    case PROP_TLS_KEY_FILE:
      lading_endpoint_set_tls_key_file (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_param (const char  *name,
              GParamFlags  flags)
{
  return g_param_spec_string (name, NULL, NULL, NULL, flags | G_PARAM_STATIC_STRINGS);
}

static void
lading_endpoint_class_init (LadingEndpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags settable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lading_endpoint_finalize;
  object_class->get_property = lading_endpoint_get_property;
  object_class->set_property = lading_endpoint_set_property;

  properties [PROP_URI] = string_param ("uri", G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY);
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LADING_TYPE_ENDPOINT_KIND,
                       LADING_ENDPOINT_KIND_UNIX,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SOCKET_PATH] = string_param ("socket-path", G_PARAM_READABLE);
  properties [PROP_HOST] = string_param ("host", G_PARAM_READABLE);
  properties [PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL,
                       0, G_MAXUINT16, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       LADING_TYPE_ENDPOINT_ORIGIN,
                       LADING_ENDPOINT_ORIGIN_EXPLICIT,
                       settable);
  properties [PROP_CONTEXT_NAME] = string_param ("context-name", settable);
  properties [PROP_TLS] = g_param_spec_boolean ("tls", NULL, NULL, FALSE, settable);
  properties [PROP_TLS_VERIFY] = g_param_spec_boolean ("tls-verify", NULL, NULL, TRUE, settable);
  properties [PROP_TLS_CA_FILE] = string_param ("tls-ca-file", settable);
  properties [PROP_TLS_CERT_FILE] = string_param ("tls-cert-file", settable);
  properties [PROP_TLS_KEY_FILE] = string_param ("tls-key-file", settable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lading_endpoint_init (LadingEndpoint *self)
{
  self->origin = LADING_ENDPOINT_ORIGIN_EXPLICIT;
  self->tls_verify = TRUE;
}

/**
 * lading_endpoint_new_for_uri:
 * @uri: `unix:///absolute/path` or `tcp://host[:port]`
 * @error: return location for a %LADING_ENGINE_ERROR_INVALID_ENDPOINT error
 *
 * Parses @uri.  A tcp:// URI without a port gets 2375, or 2376 once TLS is on.
 *
 * Returns: (transfer full) (nullable): the endpoint, or %NULL with @error set
 */
LadingEndpoint *
lading_endpoint_new_for_uri (const char  *uri,
                             GError     **error)
{
  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (LADING_TYPE_ENDPOINT, NULL, error,
                         "uri", uri,
                         NULL);
}

const char *
lading_endpoint_get_uri (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->uri;
}

LadingEndpointKind
lading_endpoint_get_kind (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), LADING_ENDPOINT_KIND_UNIX);

  return self->kind;
}

/**
 * lading_endpoint_get_socket_path:
 *
 * Returns: (nullable): the socket path of a unix:// endpoint, else %NULL
 */
const char *
lading_endpoint_get_socket_path (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->socket_path;
}

/**
 * lading_endpoint_get_host:
 *
 * Returns: (nullable): the host of a tcp:// endpoint, without IPv6 brackets, else %NULL
 */
const char *
lading_endpoint_get_host (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->host;
}

/**
 * lading_endpoint_get_port:
 *
 * Returns: the port of a tcp:// endpoint (the URI's, else the default for the
 *   current #LadingEndpoint:tls), or 0 for a unix:// endpoint
 */
guint
lading_endpoint_get_port (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), 0);

  if (self->kind != LADING_ENDPOINT_KIND_TCP)
    return 0;

  if (self->uri_port != 0)
    return self->uri_port;

  return self->tls ? DEFAULT_TLS_PORT : DEFAULT_TCP_PORT;
}

LadingEndpointOrigin
lading_endpoint_get_origin (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), LADING_ENDPOINT_ORIGIN_EXPLICIT);

  return self->origin;
}

void
lading_endpoint_set_origin (LadingEndpoint       *self,
                            LadingEndpointOrigin  origin)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  if (self->origin == origin)
    return;

  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORIGIN]);
}

/**
 * lading_endpoint_get_context_name:
 *
 * Returns: (nullable): the Docker context this endpoint came from
 */
const char *
lading_endpoint_get_context_name (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->context_name;
}

void
lading_endpoint_set_context_name (LadingEndpoint *self,
                                  const char     *context_name)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  if (set_string (&self->context_name, context_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT_NAME]);
}

gboolean
lading_endpoint_get_tls (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), FALSE);

  return self->tls;
}

/**
 * lading_endpoint_set_tls:
 * @tls: whether to speak HTTPS; only tcp:// endpoints use it
 */
void
lading_endpoint_set_tls (LadingEndpoint *self,
                         gboolean        tls)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  tls = !!tls;
  if (self->tls == tls)
    return;

  self->tls = tls;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS]);

  /* The default port follows TLS. */
  if (self->kind == LADING_ENDPOINT_KIND_TCP && self->uri_port == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORT]);
}

gboolean
lading_endpoint_get_tls_verify (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), TRUE);

  return self->tls_verify;
}

/**
 * lading_endpoint_set_tls_verify:
 * @tls_verify: whether to check the engine's certificate when #LadingEndpoint:tls is on
 */
void
lading_endpoint_set_tls_verify (LadingEndpoint *self,
                                gboolean        tls_verify)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  tls_verify = !!tls_verify;
  if (self->tls_verify == tls_verify)
    return;

  self->tls_verify = tls_verify;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS_VERIFY]);
}

/**
 * lading_endpoint_get_tls_ca_file:
 *
 * Returns: (nullable): the PEM file of CAs to trust instead of the system's
 */
const char *
lading_endpoint_get_tls_ca_file (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->tls_ca_file;
}

void
lading_endpoint_set_tls_ca_file (LadingEndpoint *self,
                                 const char     *tls_ca_file)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  if (set_string (&self->tls_ca_file, tls_ca_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS_CA_FILE]);
}

/**
 * lading_endpoint_get_tls_cert_file:
 *
 * Returns: (nullable): the PEM client certificate, used with #LadingEndpoint:tls-key-file
 */
const char *
lading_endpoint_get_tls_cert_file (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->tls_cert_file;
}

void
lading_endpoint_set_tls_cert_file (LadingEndpoint *self,
                                   const char     *tls_cert_file)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  if (set_string (&self->tls_cert_file, tls_cert_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS_CERT_FILE]);
}

/**
 * lading_endpoint_get_tls_key_file:
 *
 * Returns: (nullable): the PEM private key of the client certificate
 */
const char *
lading_endpoint_get_tls_key_file (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  return self->tls_key_file;
}

void
lading_endpoint_set_tls_key_file (LadingEndpoint *self,
                                  const char     *tls_key_file)
{
  g_return_if_fail (LADING_IS_ENDPOINT (self));

  if (set_string (&self->tls_key_file, tls_key_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TLS_KEY_FILE]);
}

/**
 * lading_endpoint_dup_base_uri:
 *
 * A unix:// endpoint is reached through the session's remote-connectable, so its
 * host only fills the `Host:` header, which engines ignore.
 *
 * Returns: (transfer full): `http://localhost` for unix://, `http[s]://host:port` for tcp://
 */
char *
lading_endpoint_dup_base_uri (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  if (self->kind == LADING_ENDPOINT_KIND_UNIX)
    return g_strdup ("http://localhost");

  /* g_uri_join() brackets IPv6 literals and escapes a zone's '%'. */
  return g_uri_join (G_URI_FLAGS_NONE, self->tls ? "https" : "http", NULL,
                     self->host, lading_endpoint_get_port (self), "", NULL, NULL);
}

/**
 * lading_endpoint_dup_connectable:
 *
 * Returns: (transfer full): a #GUnixSocketAddress for unix://, a #GNetworkAddress for tcp://
 */
GSocketConnectable *
lading_endpoint_dup_connectable (LadingEndpoint *self)
{
  g_return_val_if_fail (LADING_IS_ENDPOINT (self), NULL);

  if (self->kind == LADING_ENDPOINT_KIND_UNIX)
    return G_SOCKET_CONNECTABLE (g_unix_socket_address_new (self->socket_path));

  return g_network_address_new (self->host, lading_endpoint_get_port (self));
}

/**
 * lading_endpoint_validate_tls:
 * @error: return location for a %LADING_ENGINE_ERROR_INVALID_ENDPOINT error
 *
 * Loads every TLS file the endpoint names, so a typo is reported before the
 * first request rather than as a handshake failure.  Endpoints without TLS
 * have nothing to check.
 *
 * Returns: %TRUE if the files load
 */
gboolean
lading_endpoint_validate_tls (LadingEndpoint  *self,
                              GError         **error)
{
  g_autoptr(GTlsDatabase) database = NULL;
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LADING_IS_ENDPOINT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->kind != LADING_ENDPOINT_KIND_TCP || !self->tls)
    return TRUE;

  if ((self->tls_cert_file == NULL) != (self->tls_key_file == NULL))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "A TLS client certificate needs both a certificate and a key file, "
                   "but only “%s” is given",
                   self->tls_cert_file != NULL ? self->tls_cert_file : self->tls_key_file);
      return FALSE;
    }

  if (self->tls_ca_file != NULL &&
      !(database = g_tls_file_database_new (self->tls_ca_file, &local_error)))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Cannot load the TLS CA file “%s”: %s",
                   self->tls_ca_file, local_error->message);
      return FALSE;
    }

  if (self->tls_cert_file != NULL &&
      !(certificate = g_tls_certificate_new_from_files (self->tls_cert_file,
                                                        self->tls_key_file,
                                                        &local_error)))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Cannot load the TLS client certificate “%s” with key “%s”: %s",
                   self->tls_cert_file, self->tls_key_file, local_error->message);
      return FALSE;
    }

  return TRUE;
}
