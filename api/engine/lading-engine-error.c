/* lading-engine-error.c
 *
 * Turns what went wrong on the wire into one LADING_ENGINE_ERROR, keeping the
 * engine's own words so the UI can show them under "Details".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine-error"

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-json-private.h"

G_DEFINE_QUARK (lading-engine-error-quark, lading_engine_error)

static LadingEngineError
code_for_status (guint status)
{
  switch (status)
    {
    case SOUP_STATUS_NOT_FOUND:
      return LADING_ENGINE_ERROR_NOT_FOUND;

    case SOUP_STATUS_CONFLICT:
      return LADING_ENGINE_ERROR_CONFLICT;

    case SOUP_STATUS_BAD_REQUEST:
      return LADING_ENGINE_ERROR_BAD_REQUEST;

    case SOUP_STATUS_UNAUTHORIZED:
    case SOUP_STATUS_FORBIDDEN:
      return LADING_ENGINE_ERROR_PERMISSION_DENIED;

    default:
      return LADING_ENGINE_ERROR_FAILED;
    }
}

/* Docker sends {"message": …}; Podman adds "cause" and "response".  Anything
 * else (hijack errors, old API versions) is plain text. */
static char *
dup_engine_message (const char *content_type,
                    GBytes     *body)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  const char *message;
  const char *data;
  gsize len;

  if (body == NULL || g_bytes_get_size (body) == 0)
    return NULL;

  /* A body that does not parse is shown as text below: no error needed. */
  if (content_type != NULL && g_str_has_prefix (content_type, "application/json") &&
      (root = _lading_json_parse_bytes (body, NULL)) != NULL &&
      JSON_NODE_HOLDS_OBJECT (root) &&
      (message = _lading_json_get_string (json_node_get_object (root), "message")) != NULL &&
      *message != '\0')
    return g_strdup (message);

  data = g_bytes_get_data (body, &len);
  text = g_utf8_make_valid (data, MIN (len, 4096));
  g_strstrip (text);

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

/**
 * _lading_engine_error_from_reply:
 * @status: the HTTP status of a reply that was not successful
 * @reason: (nullable): its reason phrase
 * @content_type: (nullable): its Content-Type
 * @body: (nullable): its body
 *
 * Returns: (transfer full): an error whose message is the engine's own
 *   `message` when it sent one, or the status line otherwise.
 */
GError *
_lading_engine_error_from_reply (guint       status,
                                 const char *reason,
                                 const char *content_type,
                                 GBytes     *body)
{
  g_autofree char *message = dup_engine_message (content_type, body);

  if (message == NULL)
    message = g_strdup_printf ("The engine answered %u %s", status,
                               reason != NULL ? reason : soup_status_get_phrase (status));

  return g_error_new_literal (LADING_ENGINE_ERROR, code_for_status (status), message);
}

/**
 * _lading_engine_error_from_io:
 * @io_error: what GIO or libsoup reported while talking to @endpoint
 * @endpoint: the endpoint that was tried
 *
 * Returns: (transfer full): @io_error in the engine domain: a missing socket or a
 *   refused connection means nothing answers; a permission error on a unix
 *   socket usually means the user is not in the `docker` group.
 */
GError *
_lading_engine_error_from_io (const GError   *io_error,
                              LadingEndpoint *endpoint)
{
  const char *uri = lading_endpoint_get_uri (endpoint);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (io_error);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_error_new (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_PERMISSION_DENIED,
                        "%s: %s", uri, io_error->message);

  if (io_error->domain == G_IO_ERROR || io_error->domain == G_RESOLVER_ERROR ||
      io_error->domain == G_TLS_ERROR)
    return g_error_new (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE,
                        "%s: %s", uri, io_error->message);

  return g_error_new (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                      "%s: %s", uri, io_error->message);
}
