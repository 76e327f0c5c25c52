/* lading-registry-headers.c
 *
 * What a registry says in its headers: the WWW-Authenticate challenge of a
 * 401, and the Link to a list's next page.  Pure, so the tests read the
 * headers the reference registry and Docker Hub send.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <string.h>

#include "lading-registry-client-private.h"

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == ',')
    p++;
  return p;
}

char *
_lading_registry_challenge_parse (const char  *header,
                                  GHashTable **params)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *p, *start;
  char *scheme;

  g_return_val_if_fail (params != NULL, NULL);

  *params = NULL;
  if (header == NULL)
    return NULL;

  p = skip_spaces (header);
  for (start = p; *p != '\0' && *p != ' '; p++)
    ;
  if (p == start)
    return NULL;
  scheme = g_ascii_strdown (start, p - start);

  /* name=value or name="quoted \"value\"", separated by commas */
  while (*(p = skip_spaces (p)) != '\0')
    {
      g_autofree char *name = NULL;
      GString *value = g_string_new (NULL);

      for (start = p; *p != '\0' && *p != '=' && *p != ','; p++)
        ;
      name = g_ascii_strdown (start, p - start);
      g_strstrip (name);
      if (*p == '=')
        p++;
      if (*p == '"')
        {
          for (p++; *p != '\0' && *p != '"'; p++)
            {
              if (*p == '\\' && p[1] != '\0')
                p++;
              g_string_append_c (value, *p);
            }
          if (*p == '"')
            p++;
        }
      else
        {
          for (start = p; *p != '\0' && *p != ','; p++)
            ;
          g_string_append_len (value, start, p - start);
        }

      if (name[0] != '\0')
        g_hash_table_replace (table, g_steal_pointer (&name), g_string_free (value, FALSE));
      else
        g_string_free (value, TRUE);
    }

  *params = g_steal_pointer (&table);
  return scheme;
}

/* `</v2/_catalog?last=b&n=100>; rel="next"` */
char *
_lading_registry_link_next (const char *header)
{
  const char *open, *close;

  if (header == NULL || strstr (header, "rel=\"next\"") == NULL ||
      (open = strchr (header, '<')) == NULL || (close = strchr (open, '>')) == NULL)
    return NULL;

  return g_strndup (open + 1, close - open - 1);
}

/* The next page's path and query, from a Link target that is a path
 * ("/v2/_catalog?last=b") or a whole URI on the same registry; NULL for
 * one anywhere else, where the registry's credentials must not go. */
char *
_lading_registry_link_resolve (const char *base_uri,
                               const char *target)
{
  g_autoptr(GUri) base = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *query;

  g_return_val_if_fail (base_uri != NULL, NULL);

  if (target == NULL)
    return NULL;
  if (g_str_has_prefix (target, "/v2/"))
    return g_strdup (target);

  /* Encoded: a paging cursor's escapes go back as the registry wrote them;
   * normalized: ":443" of an https:// URI is its default port. */
  base = g_uri_parse (base_uri, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  uri = g_uri_parse (target, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  if (base == NULL || uri == NULL ||
      g_strcmp0 (g_uri_get_scheme (base), g_uri_get_scheme (uri)) != 0 ||
      g_uri_get_host (uri) == NULL ||
      g_ascii_strcasecmp (g_uri_get_host (base), g_uri_get_host (uri)) != 0 ||
      g_uri_get_port (base) != g_uri_get_port (uri) ||
      !g_str_has_prefix (g_uri_get_path (uri), "/v2/"))
    return NULL;

  query = g_uri_get_query (uri);
  return g_strconcat (g_uri_get_path (uri), query != NULL ? "?" : "", query, NULL);
}
