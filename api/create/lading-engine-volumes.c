/* lading-engine-volumes.c
 *
 * What LadingEngine makes and removes of volumes.  As with containers,
 * the lists learn of the change through /events.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <string.h>

#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"
#include "lading-models-private.h"

static JsonNode *
new_string_map (GHashTable *table)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  GHashTableIter iter;
  gpointer key, value;

  if (table != NULL)
    {
      g_hash_table_iter_init (&iter, table);
      while (g_hash_table_iter_next (&iter, &key, &value))
        json_object_set_string_member (object, key, value);
    }
  json_node_set_object (node, object);

  return node;
}

/**
 * lading_engine_create_volume_async:
 * @name: (nullable): the new volume's name; %NULL lets the engine pick one
 * @driver: (nullable): its driver, "local" for %NULL
 * @options: (nullable) (element-type utf8 utf8): the driver's options
 *   (`docker volume create -o`)
 * @labels: (nullable) (element-type utf8 utf8): its labels
 *
 * Creates a volume.  A name in use is no error, as with the docker CLI:
 * the engine gives back the volume of that name when its driver is the
 * same, and refuses with %LADING_ENGINE_ERROR_CONFLICT when it is not.
 */
void
lading_engine_create_volume_async (LadingEngine        *self,
                                   const char          *name,
                                   const char          *driver,
                                   GHashTable          *options,
                                   GHashTable          *labels,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GBytes) body = NULL;
  char *json;

  g_return_if_fail (LADING_IS_ENGINE (self));

  json_object_set_string_member (object, "Name", name != NULL ? name : "");
  json_object_set_string_member (object, "Driver", driver != NULL ? driver : "local");
  json_object_set_member (object, "DriverOpts", new_string_map (options));
  json_object_set_member (object, "Labels", new_string_map (labels));
  json_node_set_object (root, object);
  json = json_to_string (root, FALSE);
  body = g_bytes_new_take (json, strlen (json));

  _lading_engine_request_json_async (self, "POST", "/volumes/create", body,
                                     (LadingParseFunc)_lading_volume_inspect_parse,
                                     g_object_unref, lading_engine_create_volume_async,
                                     cancellable, callback, user_data);
}

/**
 * lading_engine_create_volume_finish:
 *
 * Returns: (transfer full): the volume, as the engine made it
 */
LadingVolume *
lading_engine_create_volume_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_create_volume_async, error);
}

/**
 * lading_engine_remove_volume_async:
 * @name: the volume's name
 *
 * Removes a volume and its data.  One that a container uses (running or
 * not) fails with %LADING_ENGINE_ERROR_CONFLICT: Lading never forces it.
 */
void
lading_engine_remove_volume_async (LadingEngine        *self,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (name != NULL);

  path = _lading_engine_dup_object_path ("/volumes/", name, "");
  _lading_engine_request_async (self, "DELETE", path, _lading_engine_parse_nothing, NULL,
                                lading_engine_remove_volume_async, cancellable, callback,
                                user_data);
}

gboolean
lading_engine_remove_volume_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_remove_volume_async,
                                        error);
}
