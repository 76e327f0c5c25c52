/* lading-registry-error.c
 *
 * The engine passes on a registry's refusal as text only: in an HTTP 404 or
 * 500 reply before a stream starts, or in the stream's "error" member after
 * HTTP 200.  The words are the distribution project's error codes and Go's
 * network errors, stable across engine versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-transfer-private.h"

typedef struct
{
  const char        *words;
  LadingEngineError  code;
} Meaning;

/* The first match wins: "pull access denied … repository does not exist"
 * is an unknown image, "server gave HTTP response" names a host it dialled. */
static const Meaning meanings[] = {
  { "repository does not exist", LADING_ENGINE_ERROR_NOT_FOUND },
  { "manifest unknown", LADING_ENGINE_ERROR_NOT_FOUND },
  { "name unknown", LADING_ENGINE_ERROR_NOT_FOUND },
  { "does not exist locally", LADING_ENGINE_ERROR_NOT_FOUND },
  { "no such image", LADING_ENGINE_ERROR_NOT_FOUND },
  /* What a registry without the v1 search endpoint gets for a search. */
  { "unexpected status code 404", LADING_ENGINE_ERROR_NOT_FOUND },
  { "no basic auth credentials", LADING_ENGINE_ERROR_UNAUTHORIZED },
  { "unauthorized", LADING_ENGINE_ERROR_UNAUTHORIZED },
  { "authentication required", LADING_ENGINE_ERROR_UNAUTHORIZED },
  { "incorrect username or password", LADING_ENGINE_ERROR_UNAUTHORIZED },
  { "denied", LADING_ENGINE_ERROR_DENIED },
  { "server gave http response to https client", LADING_ENGINE_ERROR_INSECURE_REGISTRY },
  { "connection refused", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "no such host", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "network is unreachable", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "connection reset", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "i/o timeout", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "tls handshake timeout", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
  { "dial tcp", LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE },
};

void
_lading_registry_error_refine (GError *error)
{
  g_autofree char *lower = NULL;

  g_return_if_fail (error != NULL);

  if (error->domain != LADING_ENGINE_ERROR ||
      (error->code != LADING_ENGINE_ERROR_FAILED && error->code != LADING_ENGINE_ERROR_NOT_FOUND))
    return;

  lower = g_ascii_strdown (error->message, -1);
  for (guint i = 0; i < G_N_ELEMENTS (meanings); i++)
    if (strstr (lower, meanings[i].words) != NULL)
      {
        error->code = meanings[i].code;
        return;
      }
}
