/* lading-engine-calls.c
 *
 * The typed list and inspect calls of LadingEngine: each names a path and the
 * pure parser that turns the reply into model objects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-image-transfer-private.h"
#include "lading-models-private.h"

static gpointer
parse_containers (GBytes  *bytes,
                  GError **error)
{
  return _lading_container_list_parse (bytes, g_get_real_time () / G_USEC_PER_SEC, error);
}

/**
 * lading_engine_list_containers_async:
 *
 * Lists every container, running or not.  The result is a #GPtrArray of
 * #LadingContainer.
 */
void
lading_engine_list_containers_async (LadingEngine        *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "GET", "/containers/json?all=1",
                                parse_containers,
                                (GDestroyNotify)g_ptr_array_unref,
                                lading_engine_list_containers_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_list_containers_finish:
 *
 * Returns: (transfer container) (element-type LadingContainer): the containers
 */
GPtrArray *
lading_engine_list_containers_finish (LadingEngine  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_list_containers_async, error);
}

void
lading_engine_list_images_async (LadingEngine        *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "GET", "/images/json",
                                (LadingParseFunc)_lading_image_list_parse,
                                (GDestroyNotify)g_ptr_array_unref,
                                lading_engine_list_images_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_list_images_finish:
 *
 * Returns: (transfer container) (element-type LadingImage): the images
 */
GPtrArray *
lading_engine_list_images_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_list_images_async, error);
}

void
lading_engine_list_volumes_async (LadingEngine        *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "GET", "/volumes",
                                (LadingParseFunc)_lading_volume_list_parse,
                                (GDestroyNotify)g_ptr_array_unref,
                                lading_engine_list_volumes_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_list_volumes_finish:
 *
 * Returns: (transfer container) (element-type LadingVolume): the volumes
 */
GPtrArray *
lading_engine_list_volumes_finish (LadingEngine  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_list_volumes_async, error);
}

void
lading_engine_list_networks_async (LadingEngine        *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "GET", "/networks",
                                (LadingParseFunc)_lading_network_list_parse,
                                (GDestroyNotify)g_ptr_array_unref,
                                lading_engine_list_networks_async,
                                cancellable, callback, user_data);
}

/**
 * lading_engine_list_networks_finish:
 *
 * Returns: (transfer container) (element-type LadingNetwork): the networks
 */
GPtrArray *
lading_engine_list_networks_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_list_networks_async, error);
}

void
lading_engine_inspect_container_async (LadingEngine        *self,
                                       const char          *id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/containers/", id, "/json",
                                   (LadingParseFunc)_lading_container_inspect_parse,
                                   g_object_unref, lading_engine_inspect_container_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_container_finish:
 *
 * Returns: (transfer full): a new #LadingContainer with what inspect tells,
 *   timestamps included
 */
LadingContainer *
lading_engine_inspect_container_finish (LadingEngine  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_inspect_container_async, error);
}

void
lading_engine_inspect_image_async (LadingEngine        *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/images/", id, "/json",
                                   (LadingParseFunc)_lading_image_inspect_parse,
                                   g_object_unref, lading_engine_inspect_image_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_image_finish:
 *
 * Returns: (transfer full): a new #LadingImage
 */
LadingImage *
lading_engine_inspect_image_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_inspect_image_async, error);
}

/**
 * lading_engine_image_history_async:
 * @id: the image's ID or a reference to it
 *
 * Lists the steps that built the image, newest first.
 */
void
lading_engine_image_history_async (LadingEngine        *self,
                                   const char          *id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/images/", id, "/history",
                                   (LadingParseFunc)_lading_image_history_parse,
                                   (GDestroyNotify)g_ptr_array_unref,
                                   lading_engine_image_history_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_image_history_finish:
 *
 * Returns: (transfer container) (element-type LadingImageLayer): the steps
 */
GPtrArray *
lading_engine_image_history_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_image_history_async, error);
}

/**
 * lading_engine_disk_usage_async:
 *
 * Asks what images, containers and volumes take on the engine's disk, as
 * `docker system df`.  The engine works it out anew for each call, which
 * takes a while with many containers; before API 1.42 it refuses a second
 * call while one runs (someone's `docker system df` included).
 */
void
lading_engine_disk_usage_async (LadingEngine        *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));

  _lading_engine_request_async (self, "GET", "/system/df",
                                (LadingParseFunc)_lading_disk_usage_parse, g_object_unref,
                                lading_engine_disk_usage_async, cancellable, callback,
                                user_data);
}

/**
 * lading_engine_disk_usage_finish:
 *
 * Returns: (transfer full): a new #LadingDiskUsage
 */
LadingDiskUsage *
lading_engine_disk_usage_finish (LadingEngine  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_disk_usage_async, error);
}

/**
 * lading_engine_search_images_async:
 * @term: what to look for; "registry:5000/word" asks that registry instead
 *   of Docker Hub
 * @limit: at most this many results (the engine takes 1 to 100)
 * @registry_auth: (nullable): the X-Registry-Auth header for the registry
 *   asked (lading_docker_config_dup_auth_header_async()), which the engine
 *   does not look up itself
 *
 * Asks the registry, through the engine, for the repositories that match
 * @term, like `docker search`.  The engine makes the request, so it goes
 * wherever the engine can reach, not where Lading can.
 */
void
lading_engine_search_images_async (LadingEngine        *self,
                                   const char          *term,
                                   guint                limit,
                                   const char          *registry_auth,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *escaped_term = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (term != NULL);
  g_return_if_fail (limit >= 1 && limit <= 100);

  escaped_term = g_uri_escape_string (term, NULL, FALSE);
  path = g_strdup_printf ("/images/search?term=%s&limit=%u", escaped_term, limit);
  _lading_engine_request_registry_async (self, "GET", path, registry_auth,
                                         (LadingParseFunc)_lading_search_results_parse,
                                         (GDestroyNotify)g_ptr_array_unref,
                                         lading_engine_search_images_async,
                                         cancellable, callback, user_data);
}

/**
 * lading_engine_search_images_finish:
 *
 * Returns: (transfer container) (element-type LadingSearchResult): the
 *   repositories found, best match first.  A registry that answers no
 *   searches (most but Docker Hub) fails with %LADING_ENGINE_ERROR_NOT_FOUND.
 */
GPtrArray *
lading_engine_search_images_finish (LadingEngine  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *results;

  results = _lading_engine_propagate (self, result, lading_engine_search_images_async,
                                      &local_error);
  if (results == NULL)
    {
      /* The engine passes the registry's refusal on as text. */
      _lading_registry_error_refine (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return results;
}

void
lading_engine_inspect_volume_async (LadingEngine        *self,
                                    const char          *name,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (name != NULL);

  _lading_engine_get_object_async (self, "/volumes/", name, "",
                                   (LadingParseFunc)_lading_volume_inspect_parse,
                                   g_object_unref, lading_engine_inspect_volume_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_volume_finish:
 *
 * Returns: (transfer full): a new #LadingVolume
 */
LadingVolume *
lading_engine_inspect_volume_finish (LadingEngine  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_inspect_volume_async, error);
}

void
lading_engine_inspect_network_async (LadingEngine        *self,
                                     const char          *id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (id != NULL);

  _lading_engine_get_object_async (self, "/networks/", id, "",
                                   (LadingParseFunc)_lading_network_inspect_parse,
                                   g_object_unref, lading_engine_inspect_network_async,
                                   cancellable, callback, user_data);
}

/**
 * lading_engine_inspect_network_finish:
 *
 * Returns: (transfer full): a new #LadingNetwork
 */
LadingNetwork *
lading_engine_inspect_network_finish (LadingEngine  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_inspect_network_async, error);
}

