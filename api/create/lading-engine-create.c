/* lading-engine-create.c
 *
 * What LadingEngine creates: containers from a #LadingRunSpec.  As the
 * docker CLI's `run -d`, creating and starting are two requests; the
 * caller starts the container with lading_engine_container_action_async().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <string.h>

#include "lading-engine-private.h"
#include "lading-engine.h"

/**
 * lading_engine_create_container_async:
 * @spec: the container; its image must be there (pull it first)
 *
 * Creates the container, stopped.  A name in use fails with
 * %LADING_ENGINE_ERROR_CONFLICT, an image that is not there with
 * %LADING_ENGINE_ERROR_NOT_FOUND.
 */
void
lading_engine_create_container_async (LadingEngine        *self,
                                      const LadingRunSpec *spec,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *path = NULL;
  char *json;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (spec != NULL);

  root = lading_run_spec_to_json (spec);
  json = json_to_string (root, FALSE);
  body = g_bytes_new_take (json, strlen (json));
  if (spec->name != NULL)
    {
      g_autofree char *name = g_uri_escape_string (spec->name, NULL, FALSE);

      path = g_strconcat ("/containers/create?name=", name, NULL);
    }
  else
    {
      path = g_strdup ("/containers/create");
    }

  _lading_engine_request_json_async (self, "POST", path, body, _lading_engine_parse_created,
                                     g_free, lading_engine_create_container_async, cancellable,
                                     callback, user_data);
}

/**
 * lading_engine_create_container_finish:
 *
 * Returns: (transfer full): the new container's id
 */
char *
lading_engine_create_container_finish (LadingEngine  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_create_container_async, error);
}
