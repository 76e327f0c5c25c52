/* lading-engine-private.h
 *
 * Pure helpers of LadingEngine, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "lading-endpoint.h"
#include "lading-engine.h"

G_BEGIN_DECLS

/* The range of API versions Lading is written and tested against. */
#define LADING_API_VERSION_MIN "1.40"
#define LADING_API_VERSION_MAX "1.44"

char    *_lading_api_version_negotiate    (const char     *engine_version,
                                           const char     *engine_min_version,
                                           GError        **error);
int      _lading_api_version_compare      (const char     *a,
                                           const char     *b);
GError  *_lading_engine_error_from_reply  (guint           status,
                                           const char     *reason,
                                           const char     *content_type,
                                           GBytes         *body);
GError  *_lading_engine_error_from_io     (const GError   *io_error,
                                           LadingEndpoint *endpoint);

/* "@prefix@name@suffix" with @name escaped, so an object's name or id can never
 * add a path segment or a query. */
char     *_lading_engine_dup_object_path  (const char     *prefix,
                                           const char     *name,
                                           const char     *suffix);

/* Turns the body of a successful reply into a result, or fails with an error.
 * It is also called for 304 Not Modified, with an empty body. */
typedef gpointer (*LadingParseFunc) (GBytes  *bytes,
                                     GError **error);
/* For calls that succeed with an empty body: any non-NULL pointer means
 * success; finish with _lading_engine_propagate_done(). */
gpointer  _lading_engine_parse_nothing    (GBytes              *bytes,
                                           GError             **error);
/* For creates: the new object's id, a string to g_free(). */
gpointer  _lading_engine_parse_created    (GBytes              *bytes,
                                           GError             **error);

void      _lading_engine_request_async    (LadingEngine        *self,
                                           const char          *method,
                                           const char          *path,
                                           LadingParseFunc      parse,
                                           GDestroyNotify       free_func,
                                           gpointer             source_tag,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
void      _lading_engine_request_json_async (LadingEngine        *self,
                                             const char          *method,
                                             const char          *path,
                                             GBytes              *json_body,
                                             LadingParseFunc      parse,
                                             GDestroyNotify       free_func,
                                             gpointer             source_tag,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
void      _lading_engine_request_registry_async (LadingEngine        *self,
                                                 const char          *method,
                                                 const char          *path,
                                                 const char          *registry_auth,
                                                 LadingParseFunc      parse,
                                                 GDestroyNotify       free_func,
                                                 gpointer             source_tag,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
/* GET @prefix, @key escaped, then @suffix: one object's path. */
void      _lading_engine_get_object_async (LadingEngine        *self,
                                           const char          *prefix,
                                           const char          *key,
                                           const char          *suffix,
                                           LadingParseFunc      parse,
                                           GDestroyNotify       free_func,
                                           gpointer             source_tag,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gpointer  _lading_engine_propagate        (LadingEngine        *self,
                                           GAsyncResult        *result,
                                           gpointer             source_tag,
                                           GError             **error);
gboolean  _lading_engine_propagate_done   (LadingEngine        *self,
                                           GAsyncResult        *result,
                                           gpointer             source_tag,
                                           GError             **error);

/* A string that holds a password or a token: wiped, then freed, so it does
 * not outlive its use in freed memory. */
typedef char LadingSecret;
void      _lading_secret_free             (gpointer             secret);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingSecret, _lading_secret_free)

char     *_lading_credentials_json_new    (const char          *username,
                                           const char          *password,
                                           const char          *identity_token,
                                           const char          *server);

/* Shared by the files of LadingEngine. */

SoupSession *_lading_engine_get_session             (LadingEngine    *self);
/* @path starts with "/" and holds the query; the negotiated version goes first. */
SoupMessage *_lading_engine_new_message             (LadingEngine    *self,
                                                     const char      *method,
                                                     const char      *path);
gboolean     _lading_engine_check_connected         (LadingEngine    *self,
                                                     GError         **error);
SoupMessage *_lading_engine_new_unversioned_message (LadingEngine    *self,
                                                     const char      *method,
                                                     const char      *path);
GError      *_lading_engine_error_from_message      (SoupMessage     *message,
                                                     GBytes          *body);
void         _lading_engine_set_api_version         (LadingEngine    *self,
                                                     const char      *api_version);
void         _lading_engine_set_identity            (LadingEngine    *self,
                                                     const char      *server_version,
                                                     const char      *product_name,
                                                     gboolean         is_podman);
void         _lading_engine_set_host                (LadingEngine    *self,
                                                     const char      *host_name,
                                                     gint64           memory_total,
                                                     int              n_cpus);
void         _lading_engine_set_connected_at        (LadingEngine    *self,
                                                     GDateTime       *connected_at);
void         _lading_engine_set_tls                 (LadingEngine    *self,
                                                     GTlsDatabase    *database,
                                                     GTlsCertificate *certificate);

GTlsDatabase    *_lading_engine_get_tls_database       (LadingEngine *self);
GTlsCertificate *_lading_engine_get_client_certificate (LadingEngine *self);

/* Closes a body that _lading_engine_open_stream_async() gave, without
 * reading it to its end first, which libsoup's plain close does (and which
 * never ends for a stream that follows).  Call it where a stream is let go
 * early: after a cancelled read, or instead of dropping the last reference. */
void      _lading_engine_abandon_stream   (GInputStream        *stream);

/* Sends @method @path and completes with the body as a stream once the engine
 * has answered (a refusal as an error with the engine's message); finish with
 * _lading_engine_propagate() and the same @source_tag. */
void      _lading_engine_open_stream_async (LadingEngine        *self,
                                            const char          *method,
                                            const char          *path,
                                            gpointer             source_tag,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* The same for a message made with _lading_engine_new_message() and given
 * headers or a body of its own. */
void      _lading_engine_send_stream_async (LadingEngine        *self,
                                            SoupMessage         *message,
                                            gpointer             source_tag,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);

G_END_DECLS
