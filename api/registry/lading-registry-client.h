/* lading-registry-client.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-docker-config.h"

G_BEGIN_DECLS

#define LADING_TYPE_REGISTRY_CLIENT (lading_registry_client_get_type ())

G_DECLARE_FINAL_TYPE (LadingRegistryClient, lading_registry_client, LADING, REGISTRY_CLIENT, GObject)

LadingRegistryClient *lading_registry_client_new                     (const char            *registry,
                                                                      LadingDockerConfig    *config);
const char           *lading_registry_client_get_registry            (LadingRegistryClient  *self);
void                  lading_registry_client_list_repositories_async (LadingRegistryClient  *self,
                                                                      GCancellable          *cancellable,
                                                                      GAsyncReadyCallback    callback,
                                                                      gpointer               user_data);
GStrv                 lading_registry_client_list_repositories_finish (LadingRegistryClient *self,
                                                                      GAsyncResult          *result,
                                                                      gboolean              *cut,
                                                                      GError               **error);
void                  lading_registry_client_list_tags_async         (LadingRegistryClient  *self,
                                                                      const char            *repository,
                                                                      GCancellable          *cancellable,
                                                                      GAsyncReadyCallback    callback,
                                                                      gpointer               user_data);
GStrv                 lading_registry_client_list_tags_finish        (LadingRegistryClient  *self,
                                                                      GAsyncResult          *result,
                                                                      gboolean              *cut,
                                                                      GError               **error);

G_END_DECLS
