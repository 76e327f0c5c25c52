/* lading-engine-networks.c
 *
 * What LadingEngine makes and removes of networks, and how it connects
 * containers to them.  As with containers, the lists learn of the change
 * through /events (a connect or disconnect names its container).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <string.h>

#include "lading-engine-private.h"
#include "lading-engine.h"

static GBytes *
node_to_bytes (JsonNode *root)
{
  char *json = json_to_string (root, FALSE);

  return g_bytes_new_take (json, strlen (json));
}

/**
 * lading_engine_create_network_async:
 * @spec: the network
 *
 * Creates a network.  A name in use fails with
 * %LADING_ENGINE_ERROR_CONFLICT, a driver the engine lacks with
 * %LADING_ENGINE_ERROR_NOT_FOUND.
 */
void
lading_engine_create_network_async (LadingEngine            *self,
                                    const LadingNetworkSpec *spec,
                                    GCancellable            *cancellable,
                                    GAsyncReadyCallback      callback,
                                    gpointer                 user_data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) body = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (spec != NULL);

  root = lading_network_spec_to_json (spec);
  body = node_to_bytes (root);
  _lading_engine_request_json_async (self, "POST", "/networks/create", body,
                                     _lading_engine_parse_created, g_free,
                                     lading_engine_create_network_async, cancellable, callback,
                                     user_data);
}

/**
 * lading_engine_create_network_finish:
 *
 * Returns: (transfer full): the new network's id
 */
char *
lading_engine_create_network_finish (LadingEngine  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_create_network_async, error);
}

/**
 * lading_engine_remove_network_async:
 * @network: a network's id or name
 *
 * Removes a network.  One with running containers on it is refused with
 * %LADING_ENGINE_ERROR_PERMISSION_DENIED (403); stopped ones would fail
 * to start afterwards, so the Networks page names them and asks first.
 */
void
lading_engine_remove_network_async (LadingEngine        *self,
                                    const char          *network,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (network != NULL);

  path = _lading_engine_dup_object_path ("/networks/", network, "");
  _lading_engine_request_async (self, "DELETE", path, _lading_engine_parse_nothing, NULL,
                                lading_engine_remove_network_async, cancellable, callback,
                                user_data);
}

gboolean
lading_engine_remove_network_finish (LadingEngine  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_remove_network_async,
                                        error);
}

/**
 * lading_engine_connect_network_async:
 * @network: a network's id or name
 * @container: a container's id or name
 * @aliases: (nullable): more names the container answers to on @network
 *
 * Connects @container to @network (`docker network connect --alias`).
 */
void
lading_engine_connect_network_async (LadingEngine        *self,
                                     const char          *network,
                                     const char          *container,
                                     const char * const  *aliases,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (network != NULL && container != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Container");
  json_builder_add_string_value (builder, container);
  json_builder_set_member_name (builder, "EndpointConfig");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Aliases");
  json_builder_begin_array (builder);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    json_builder_add_string_value (builder, aliases[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  body = node_to_bytes (root);

  path = _lading_engine_dup_object_path ("/networks/", network, "/connect");
  _lading_engine_request_json_async (self, "POST", path, body, _lading_engine_parse_nothing,
                                     NULL, lading_engine_connect_network_async, cancellable,
                                     callback, user_data);
}

gboolean
lading_engine_connect_network_finish (LadingEngine  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_connect_network_async,
                                        error);
}

/**
 * lading_engine_disconnect_network_async:
 * @network: a network's id or name
 * @container: a container's id or name
 *
 * Disconnects @container from @network (`docker network disconnect`).
 */
void
lading_engine_disconnect_network_async (LadingEngine        *self,
                                        const char          *network,
                                        const char          *container,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (network != NULL && container != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Container");
  json_builder_add_string_value (builder, container);
  json_builder_set_member_name (builder, "Force");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  body = node_to_bytes (root);

  path = _lading_engine_dup_object_path ("/networks/", network, "/disconnect");
  _lading_engine_request_json_async (self, "POST", path, body, _lading_engine_parse_nothing,
                                     NULL, lading_engine_disconnect_network_async, cancellable,
                                     callback, user_data);
}

gboolean
lading_engine_disconnect_network_finish (LadingEngine  *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return _lading_engine_propagate_done (self, result, lading_engine_disconnect_network_async,
                                        error);
}
