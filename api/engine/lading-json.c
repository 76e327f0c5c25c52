/* lading-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-json"

#include "config.h"

#include <string.h>

#include "lading-engine-error.h"
#include "lading-json-private.h"

JsonNode *
_lading_json_parse (const char  *data,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (length < 0)
    length = data != NULL ? (gssize)strlen (data) : 0;

  if (length == 0)
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "The engine sent an empty reply");
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "The engine sent invalid JSON: %s", local_error->message);
      return NULL;
    }

  /* Whitespace alone parses successfully, without a root. */
  if ((root = json_parser_steal_root (parser)) == NULL)
    g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                         "The engine sent an empty reply");

  return root;
}

JsonNode *
_lading_json_parse_bytes (GBytes  *bytes,
                          GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return _lading_json_parse (data, length, error);
}

JsonNode *
_lading_json_parse_object_bytes (GBytes      *bytes,
                                 const char  *what,
                                 GError     **error)
{
  g_autoptr(JsonNode) root = _lading_json_parse_bytes (bytes, error);

  if (root != NULL && !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "The engine sent %s that is not a JSON object", what);
      return NULL;
    }

  return g_steal_pointer (&root);
}

static JsonNode *
get_member_node (JsonObject   *object,
                 const char   *member,
                 JsonNodeType  type)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_TYPE (node) == type ? node : NULL;
}

const char *
_lading_json_get_string (JsonObject *object,
                         const char *member)
{
  /* The getter below is only safe on value nodes; on those it returns NULL for
   * numbers and booleans. */
  if (get_member_node (object, member, JSON_NODE_VALUE) == NULL)
    return NULL;

  return json_object_get_string_member_with_default (object, member, NULL);
}

gint64
_lading_json_get_int (JsonObject *object,
                      const char *member,
                      gint64      default_value)
{
  JsonNode *node = get_member_node (object, member, JSON_NODE_VALUE);

  /* Doubles are refused too: json-glib would cast them, and a huge one
   * does not fit in a gint64. */
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return default_value;

  return json_object_get_int_member_with_default (object, member, default_value);
}

gboolean
_lading_json_get_boolean (JsonObject *object,
                          const char *member)
{
  JsonNode *node = get_member_node (object, member, JSON_NODE_VALUE);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;

  return json_object_get_boolean_member_with_default (object, member, FALSE);
}

JsonObject *
_lading_json_get_object (JsonObject *object,
                         const char *member)
{
  JsonNode *node = get_member_node (object, member, JSON_NODE_OBJECT);

  return node != NULL ? json_node_get_object (node) : NULL;
}

JsonArray *
_lading_json_get_array (JsonObject *object,
                        const char *member)
{
  JsonNode *node = get_member_node (object, member, JSON_NODE_ARRAY);

  return node != NULL ? json_node_get_array (node) : NULL;
}

const char *
_lading_json_get_element_string (JsonArray *array,
                                 guint      index)
{
  JsonNode *node;

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;

  node = json_array_get_element (array, index);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static char *
dup_scalar_as_string (JsonNode *node)
{
  if (JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    case G_TYPE_DOUBLE:
      {
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
      }

    default:
      return NULL;
    }
}

GHashTable *
_lading_json_dup_string_map (JsonObject *object,
                             const char *member)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *members = object != NULL ? _lading_json_get_object (object, member) : NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (members == NULL)
    return map;

  json_object_iter_init (&iter, members);
  while (json_object_iter_next (&iter, &key, &node))
    {
      char *value = dup_scalar_as_string (node);

      if (value != NULL)
        g_hash_table_insert (map, g_strdup (key), value);
    }

  return map;
}

char **
_lading_json_dup_strv (JsonArray *array)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      const char *element = _lading_json_get_element_string (array, i);

      if (element != NULL)
        g_strv_builder_add (builder, element);
    }

  return g_strv_builder_end (builder);
}

gint64
_lading_json_parse_time_us (const char *text)
{
  g_autoptr(GDateTime) date_time = NULL;
  gint64 unix_us;

  if (text == NULL || text[0] == '\0')
    return 0;

  if ((date_time = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    {
      g_debug ("Ignoring a time that is not RFC 3339: %s", text);
      return 0;
    }

  /* Go's zero time is year 1; nothing the engine manages predates 1970. */
  unix_us = g_date_time_to_unix (date_time) * G_USEC_PER_SEC
            + g_date_time_get_microsecond (date_time);

  return MAX (unix_us, 0);
}

gint64
_lading_json_parse_time (const char *text)
{
  return _lading_json_parse_time_us (text) / G_USEC_PER_SEC;
}

GPtrArray *
_lading_json_parse_elements (JsonArray               *array,
                             LadingJsonElementParser  parse,
                             gpointer                 user_data)
{
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);
  guint length = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GError) error = NULL;
      gpointer object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_debug ("Skipping element %u: not an object", i);
          continue;
        }

      /* One bad element must not hide the others. */
      if ((object = parse (json_node_get_object (node), user_data, &error)) == NULL)
        {
          g_debug ("Skipping element %u: %s", i, error->message);
          continue;
        }

      g_ptr_array_add (objects, object);
    }

  return objects;
}

static GPtrArray *
parse_list_at_once (const char              *data,
                    gsize                    length,
                    const char              *what,
                    LadingJsonElementParser  parse,
                    gpointer                 user_data,
                    GError                 **error)
{
  g_autoptr(JsonNode) root = NULL;

  if ((root = _lading_json_parse (data, length, error)) == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "Expected a JSON array of %s", what);
      return NULL;
    }

  return _lading_json_parse_elements (json_node_get_array (root), parse, user_data);
}

/* Lists longer than this are parsed in two halves at once, one of them in a
 * thread of its own: with 1,000 containers (650 kB) json-glib's tree and the
 * objects made of it took a third of the list's time. */
#define SPLIT_LIST_MIN_BYTES (64 * 1024)

/* The offset of the first comma between two elements of the root array of
 * @data at or after its middle, or -1 when @data is not an array that has
 * one.  Invalid JSON may give a wrong offset: the halves then fail to parse,
 * and the whole list is parsed again to say why. */
static gssize
find_middle_separator (const char *data,
                       gsize       length)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize start = 0;

  while (start < length && g_ascii_isspace (data[start]))
    start++;
  if (start == length || data[start] != '[')
    return -1;

  for (gsize i = start; i < length; i++)
    {
      if (in_string)
        {
          if (data[i] == '\\')
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
          continue;
        }

      switch (data[i])
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          depth++;
          break;
        case ']':
        case '}':
          if (depth == 0)
            return -1;
          depth--;
          break;
        case ',':
          if (depth == 1 && i >= length / 2)
            return i;
          break;
        default:
          break;
        }
    }

  return -1;
}

typedef struct
{
  char                    *data;  /* a JSON array of the elements of one half */
  gsize                    length;
  const char              *what;
  LadingJsonElementParser  parse;
  gpointer                 user_data;
  GPtrArray               *objects;
} ListHalf;

static gpointer
parse_half_thread (gpointer data)
{
  ListHalf *half = data;

  half->objects = parse_list_at_once (half->data, half->length, half->what, half->parse,
                                      half->user_data, NULL);
  return NULL;
}

static GPtrArray *
parse_list_in_halves (const char              *data,
                      gsize                    length,
                      gsize                    separator,
                      const char              *what,
                      LadingJsonElementParser  parse,
                      gpointer                 user_data)
{
  ListHalf halves[2] = {
    { g_strndup (data, separator + 1), separator + 1, what, parse, user_data, NULL },
    { g_strndup (data + separator, length - separator), length - separator,
      what, parse, user_data, NULL },
  };
  GThread *thread;
  GPtrArray *objects = NULL;

  /* Each half's separator becomes its missing bracket. */
  halves[0].data[separator] = ']';
  halves[1].data[0] = '[';

  thread = g_thread_new ("lading-json", parse_half_thread, &halves[1]);
  parse_half_thread (&halves[0]);
  g_thread_join (thread);

  if (halves[0].objects != NULL && halves[1].objects != NULL)
    {
      objects = g_steal_pointer (&halves[0].objects);
      g_ptr_array_extend_and_steal (objects, g_steal_pointer (&halves[1].objects));
    }

  for (guint i = 0; i < G_N_ELEMENTS (halves); i++)
    {
      g_clear_pointer (&halves[i].objects, g_ptr_array_unref);
      g_free (halves[i].data);
    }

  return objects;
}

GPtrArray *
_lading_json_parse_list (GBytes                  *bytes,
                         const char              *what,
                         LadingJsonElementParser  parse,
                         gpointer                 user_data,
                         GError                 **error)
{
  const char *data;
  gsize length;
  gssize separator;
  GPtrArray *objects;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length >= SPLIT_LIST_MIN_BYTES &&
      (separator = find_middle_separator (data, length)) >= 0 &&
      (objects = parse_list_in_halves (data, length, separator, what, parse, user_data)) != NULL)
    return objects;

  return parse_list_at_once (data, length, what, parse, user_data, error);
}

gpointer
_lading_json_parse_single (GBytes                  *bytes,
                           const char              *what,
                           LadingJsonElementParser  parse,
                           gpointer                 user_data,
                           GError                 **error)
{
  g_autoptr(JsonNode) root = NULL;

  if ((root = _lading_json_parse_bytes (bytes, error)) == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                   "Expected a JSON object describing %s", what);
      return NULL;
    }

  return parse (json_node_get_object (root), user_data, error);
}
