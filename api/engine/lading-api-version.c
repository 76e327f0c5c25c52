/* lading-api-version.c
 *
 * API version negotiation, as the docker client does it: use the highest
 * version both sides speak, and say clearly when there is none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-api-version"

#include "config.h"

#include "lading-engine-error.h"
#include "lading-engine-private.h"

static gboolean
parse_version (const char *text,
               guint64    *major,
               guint64    *minor)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ".", -1);
  return g_strv_length (parts) == 2 &&
         g_ascii_string_to_unsigned (parts[0], 10, 0, 1000, major, NULL) &&
         g_ascii_string_to_unsigned (parts[1], 10, 0, 1000, minor, NULL);
}

/**
 * _lading_api_version_compare:
 *
 * Compares two "MAJOR.MINOR" versions numerically ("1.9" < "1.41").  Text
 * that is not a version sorts first.
 */
int
_lading_api_version_compare (const char *a,
                             const char *b)
{
  guint64 a_major = 0, a_minor = 0, b_major = 0, b_minor = 0;
  gboolean a_ok = parse_version (a, &a_major, &a_minor);
  gboolean b_ok = parse_version (b, &b_major, &b_minor);

  if (!a_ok || !b_ok)
    return (int)a_ok - (int)b_ok;

  if (a_major != b_major)
    return a_major < b_major ? -1 : 1;
  if (a_minor != b_minor)
    return a_minor < b_minor ? -1 : 1;
  return 0;
}

/**
 * _lading_api_version_negotiate:
 * @engine_version: (nullable): the engine's `Api-Version` header; without it
 *   the engine is older than 1.25 and speaks 1.24
 * @engine_min_version: (nullable): the engine's `MinAPIVersion`, if known
 *
 * Returns: (transfer full) (nullable): the version to put in every path, or
 *   %NULL with %LADING_ENGINE_ERROR_UNSUPPORTED_VERSION.
 */
char *
_lading_api_version_negotiate (const char  *engine_version,
                               const char  *engine_min_version,
                               GError     **error)
{
  const char *version;

  if (engine_version == NULL || *engine_version == '\0')
    engine_version = "1.24";

  if (!parse_version (engine_version, &(guint64){0}, &(guint64){0}))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "The engine reported API version “%s”, which is not a version",
                   engine_version);
      return NULL;
    }

  version = _lading_api_version_compare (engine_version, LADING_API_VERSION_MAX) < 0
              ? engine_version : LADING_API_VERSION_MAX;

  if (_lading_api_version_compare (version, LADING_API_VERSION_MIN) < 0)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION,
                   "The engine speaks API %s; Lading needs %s or newer",
                   engine_version, LADING_API_VERSION_MIN);
      return NULL;
    }

  if (engine_min_version != NULL &&
      _lading_api_version_compare (engine_min_version, version) > 0)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNSUPPORTED_VERSION,
                   "The engine needs API %s or newer; Lading speaks up to %s",
                   engine_min_version, LADING_API_VERSION_MAX);
      return NULL;
    }

  return g_strdup (version);
}
