/* lading-model-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-model-util"

#include "config.h"

#include <string.h>

#include "lading-model-util-private.h"

#define SHORT_ID_LENGTH 12

gboolean
_lading_update_string (char       **field,
                       const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

gboolean
_lading_update_strv (char               ***field,
                     const char * const   *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;

  if (*field != NULL && g_strv_equal ((const char * const *)*field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **)value);

  return TRUE;
}

gboolean
_lading_labels_equal (GHashTable *a,
                      GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  if (a == b)
    return TRUE;

  if (a == NULL || b == NULL || g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer other;

      if (!g_hash_table_lookup_extended (b, key, NULL, &other) || g_strcmp0 (value, other) != 0)
        return FALSE;
    }

  return TRUE;
}

gboolean
_lading_update_labels (GHashTable **field,
                       GHashTable  *value)
{
  if (_lading_labels_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, g_hash_table_unref);
  if (value != NULL)
    *field = g_hash_table_ref (value);

  return TRUE;
}

char *
_lading_dup_short_id (const char *id)
{
  if (id == NULL)
    return g_strdup ("");

  if (g_str_has_prefix (id, "sha256:"))
    id += strlen ("sha256:");

  return g_strndup (id, SHORT_ID_LENGTH);
}

/* "localhost:5000/app:1.0" → "localhost:5000/app" and "1.0": the tag
 * follows the last ":" after the last "/", since a registry has a port.
 * Without a tag, *@tag is "<none>". */
void
_lading_split_repo_tag (const char  *repo_tag,
                        char       **repository,
                        char       **tag)
{
  const char *colon = strrchr (repo_tag, ':');

  if (colon != NULL && strchr (colon, '/') != NULL)
    colon = NULL;

  *repository = colon != NULL ? g_strndup (repo_tag, colon - repo_tag) : g_strdup (repo_tag);
  *tag = g_strdup (colon != NULL ? colon + 1 : "<none>");
}
