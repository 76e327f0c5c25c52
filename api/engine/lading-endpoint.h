/* lading-endpoint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  LADING_ENDPOINT_KIND_UNIX,
  LADING_ENDPOINT_KIND_TCP,
} LadingEndpointKind;

/* Where an endpoint came from, so the UI can say why it was tried. */
typedef enum
{
  LADING_ENDPOINT_ORIGIN_EXPLICIT,
  LADING_ENDPOINT_ORIGIN_DOCKER_HOST,
  LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT,
  LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT,
  LADING_ENDPOINT_ORIGIN_DEFAULT,
  LADING_ENDPOINT_ORIGIN_ROOTLESS_DOCKER,
  LADING_ENDPOINT_ORIGIN_DOCKER_DESKTOP,
  LADING_ENDPOINT_ORIGIN_PODMAN,
} LadingEndpointOrigin;

#define LADING_TYPE_ENDPOINT (lading_endpoint_get_type ())

G_DECLARE_FINAL_TYPE (LadingEndpoint, lading_endpoint, LADING, ENDPOINT, GObject)

LadingEndpoint       *lading_endpoint_new_for_uri       (const char           *uri,
                                                         GError              **error);
const char           *lading_endpoint_get_uri           (LadingEndpoint       *self);
LadingEndpointKind    lading_endpoint_get_kind          (LadingEndpoint       *self);
const char           *lading_endpoint_get_socket_path   (LadingEndpoint       *self);
const char           *lading_endpoint_get_host          (LadingEndpoint       *self);
guint                 lading_endpoint_get_port          (LadingEndpoint       *self);
LadingEndpointOrigin  lading_endpoint_get_origin        (LadingEndpoint       *self);
void                  lading_endpoint_set_origin        (LadingEndpoint       *self,
                                                         LadingEndpointOrigin  origin);
const char           *lading_endpoint_get_context_name  (LadingEndpoint       *self);
void                  lading_endpoint_set_context_name  (LadingEndpoint       *self,
                                                         const char           *context_name);
gboolean              lading_endpoint_get_tls           (LadingEndpoint       *self);
void                  lading_endpoint_set_tls           (LadingEndpoint       *self,
                                                         gboolean              tls);
gboolean              lading_endpoint_get_tls_verify    (LadingEndpoint       *self);
void                  lading_endpoint_set_tls_verify    (LadingEndpoint       *self,
                                                         gboolean              tls_verify);
const char           *lading_endpoint_get_tls_ca_file   (LadingEndpoint       *self);
void                  lading_endpoint_set_tls_ca_file   (LadingEndpoint       *self,
                                                         const char           *tls_ca_file);
const char           *lading_endpoint_get_tls_cert_file (LadingEndpoint       *self);
void                  lading_endpoint_set_tls_cert_file (LadingEndpoint       *self,
                                                         const char           *tls_cert_file);
const char           *lading_endpoint_get_tls_key_file  (LadingEndpoint       *self);
void                  lading_endpoint_set_tls_key_file  (LadingEndpoint       *self,
                                                         const char           *tls_key_file);
char                 *lading_endpoint_dup_base_uri      (LadingEndpoint       *self);
GSocketConnectable   *lading_endpoint_dup_connectable   (LadingEndpoint       *self);
gboolean              lading_endpoint_validate_tls      (LadingEndpoint       *self,
                                                         GError              **error);
void                  lading_endpoint_resolve_async     (const char           *explicit_uri,
                                                         const char * const   *envp,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray            *lading_endpoint_resolve_finish    (GAsyncResult         *result,
                                                         GError              **error);
/* The docker CLI's own directory, `$DOCKER_CONFIG` else `~/.docker`, as
 * @envp sets them; %NULL when neither can be known. */
char                 *lading_endpoint_dup_cli_config_dir (const char * const  *envp);

G_END_DECLS
