/* lading-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-container.h"
#include "lading-endpoint.h"
#include "lading-image.h"
#include "lading-network.h"
#include "lading-volume.h"

G_BEGIN_DECLS

#define LADING_TYPE_ENGINE (lading_engine_get_type ())

G_DECLARE_FINAL_TYPE (LadingEngine, lading_engine, LADING, ENGINE, GObject)

LadingEngine    *lading_engine_new                     (LadingEndpoint       *endpoint);
LadingEndpoint  *lading_engine_get_endpoint            (LadingEngine         *self);
const char      *lading_engine_get_api_version         (LadingEngine         *self);
const char      *lading_engine_get_server_version      (LadingEngine         *self);
const char      *lading_engine_get_product_name        (LadingEngine         *self);
const char      *lading_engine_get_host_name           (LadingEngine         *self);
gboolean         lading_engine_get_is_podman           (LadingEngine         *self);
void             lading_engine_connect_async           (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_connect_finish          (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_containers_async   (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_containers_finish  (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_images_async       (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_images_finish      (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_volumes_async      (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_volumes_finish     (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_networks_async     (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_networks_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_container_async (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingContainer *lading_engine_inspect_container_finish (LadingEngine        *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_image_async     (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingImage     *lading_engine_inspect_image_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_volume_async    (LadingEngine         *self,
                                                        const char           *name,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingVolume    *lading_engine_inspect_volume_finish   (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_network_async   (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingNetwork   *lading_engine_inspect_network_finish  (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_open_events_async       (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GInputStream    *lading_engine_open_events_finish      (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

G_END_DECLS
