/* lading-docker-config.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-registry-credentials.h"

G_BEGIN_DECLS

/* How the docker CLI names Docker Hub in config.json. */
#define LADING_DOCKER_HUB_AUTH_SERVER "https://index.docker.io/v1/"

#define LADING_TYPE_DOCKER_CONFIG (lading_docker_config_get_type ())

G_DECLARE_FINAL_TYPE (LadingDockerConfig, lading_docker_config, LADING, DOCKER_CONFIG, GObject)

LadingDockerConfig *lading_docker_config_load        (const char          *config_dir,
                                                      GError             **error);
LadingDockerConfig *lading_docker_config_load_default (GError            **error);
GStrv               lading_docker_config_dup_servers (LadingDockerConfig  *self);
const char         *lading_docker_config_get_helper  (LadingDockerConfig  *self,
                                                      const char          *server);
gboolean            lading_docker_config_lookup_auth (LadingDockerConfig  *self,
                                                      const char          *server,
                                                      char               **username,
                                                      char               **password,
                                                      char               **identity_token);

void                lading_docker_config_find_credentials_async  (LadingDockerConfig  *self,
                                                                  const char          *server,
                                                                  GCancellable        *cancellable,
                                                                  GAsyncReadyCallback  callback,
                                                                  gpointer             user_data);
LadingRegistryCredentials *lading_docker_config_find_credentials_finish (LadingDockerConfig  *self,
                                                                         GAsyncResult        *result,
                                                                         GError             **error);
void                lading_docker_config_dup_auth_header_async  (LadingDockerConfig   *self,
                                                                 const char           *server,
                                                                 GCancellable         *cancellable,
                                                                 GAsyncReadyCallback   callback,
                                                                 gpointer              user_data);
char               *lading_docker_config_dup_auth_header_finish (LadingDockerConfig   *self,
                                                                 GAsyncResult         *result,
                                                                 GError              **error);

void                lading_docker_config_store_credentials_async  (LadingDockerConfig              *self,
                                                                   const char                      *server,
                                                                   const LadingRegistryCredentials *credentials,
                                                                   GCancellable                    *cancellable,
                                                                   GAsyncReadyCallback              callback,
                                                                   gpointer                         user_data);
gboolean            lading_docker_config_store_credentials_finish (LadingDockerConfig              *self,
                                                                   GAsyncResult                    *result,
                                                                   GError                         **error);
void                lading_docker_config_erase_credentials_async  (LadingDockerConfig              *self,
                                                                   const char                      *server,
                                                                   GCancellable                    *cancellable,
                                                                   GAsyncReadyCallback              callback,
                                                                   gpointer                         user_data);
gboolean            lading_docker_config_erase_credentials_finish (LadingDockerConfig              *self,
                                                                   GAsyncResult                    *result,
                                                                   GError                         **error);

char               *lading_registry_auth_server      (const char          *registry);
char               *lading_registry_auth_encode      (const char          *username,
                                                      const char          *password,
                                                      const char          *identity_token,
                                                      const char          *server);

G_END_DECLS
