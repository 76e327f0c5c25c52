/* lading-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-event"

#include "config.h"

#include <string.h>

#include "lading-api-enums.h"
#include "lading-engine-error.h"
#include "lading-event.h"
#include "lading-json-private.h"

#define NANOSECONDS_PER_SECOND G_GINT64_CONSTANT (1000000000)

G_DEFINE_BOXED_TYPE (LadingEvent, lading_event, lading_event_copy, lading_event_free)

/* The nicks of LadingEventKind are the engine's Type strings. */
static LadingEventKind
kind_from_string (const char *text)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (LADING_TYPE_EVENT_KIND);
  GEnumValue *value = text != NULL ? g_enum_get_value_by_nick (enum_class, text) : NULL;

  return value != NULL ? value->value : LADING_EVENT_KIND_OTHER;
}

/* Events from before API 1.22 had no timeNano; "time" alone is in seconds. */
static gint64
time_nano_from_object (JsonObject *object)
{
  gint64 time_nano = _lading_json_get_int (object, "timeNano", 0);
  gint64 time = _lading_json_get_int (object, "time", 0);

  if (time_nano > 0)
    return time_nano;

  if (time > 0 && time <= G_MAXINT64 / NANOSECONDS_PER_SECOND)
    return time * NANOSECONDS_PER_SECOND;

  return 0;
}

/**
 * lading_event_parse:
 * @line: one line of `GET /events`
 * @length: the length of @line, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the event, or %NULL with
 *   %LADING_ENGINE_ERROR_BAD_RESPONSE if @line is not an event
 */
LadingEvent *
lading_event_parse (const char  *line,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(LadingEvent) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonObject *actor;
  const char *action;
  const char *separator;
  const char *actor_id;

  g_return_val_if_fail (line != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((root = _lading_json_parse (line, length, error)) == NULL)
    return NULL;

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  action = object != NULL ? _lading_json_get_string (object, "Action") : NULL;

  if (action == NULL || action[0] == '\0')
    {
      g_set_error_literal (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                           "Expected an event object with an Action");
      return NULL;
    }

  actor = _lading_json_get_object (object, "Actor");
  actor_id = actor != NULL ? _lading_json_get_string (actor, "ID") : NULL;

  self = g_new0 (LadingEvent, 1);
  self->kind = kind_from_string (_lading_json_get_string (object, "Type"));
  self->actor_id = g_strdup (actor_id != NULL ? actor_id : "");
  self->attributes = _lading_json_dup_string_map (actor, "Attributes");
  self->time_nano = time_nano_from_object (object);

  /* "health_status: healthy", "exec_start: sh -c true": callers match the verb. */
  if ((separator = strstr (action, ": ")) != NULL)
    {
      self->action = g_strndup (action, separator - action);
      self->detail = g_strdup (separator + strlen (": "));
    }
  else
    {
      self->action = g_strdup (action);
    }

  return g_steal_pointer (&self);
}

/**
 * lading_event_copy:
 * @self: a #LadingEvent
 *
 * Returns: (transfer full): a copy of @self
 */
LadingEvent *
lading_event_copy (const LadingEvent *self)
{
  LadingEvent *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (LadingEvent, 1);
  copy->kind = self->kind;
  copy->action = g_strdup (self->action);
  copy->detail = g_strdup (self->detail);
  copy->actor_id = g_strdup (self->actor_id);
  /* Attributes are never changed after parsing, so the copy shares them. */
  copy->attributes = self->attributes != NULL ? g_hash_table_ref (self->attributes) : NULL;
  copy->time_nano = self->time_nano;

  return copy;
}

void
lading_event_free (LadingEvent *self)
{
  if (self == NULL)
    return;

  g_free (self->action);
  g_free (self->detail);
  g_free (self->actor_id);
  g_clear_pointer (&self->attributes, g_hash_table_unref);
  g_free (self);
}

/**
 * lading_event_get_attribute:
 * @self: a #LadingEvent
 * @key: an `Actor.Attributes` key ("name", "exitCode", …)
 *
 * Returns: (nullable): the attribute's value
 */
const char *
lading_event_get_attribute (const LadingEvent *self,
                            const char        *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return self->attributes != NULL ? g_hash_table_lookup (self->attributes, key) : NULL;
}
