/* lading-credential-helper.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The user name a helper keeps with an identity token instead of a password. */
#define LADING_CREDENTIAL_TOKEN_USERNAME "<token>"

void     lading_credential_helper_get_async    (const char           *helper,
                                                const char           *server,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean lading_credential_helper_get_finish   (GAsyncResult         *result,
                                                char                **username,
                                                char                **secret,
                                                GError              **error);
void     lading_credential_helper_store_async  (const char           *helper,
                                                const char           *server,
                                                const char           *username,
                                                const char           *secret,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean lading_credential_helper_store_finish (GAsyncResult         *result,
                                                GError              **error);
void     lading_credential_helper_erase_async  (const char           *helper,
                                                const char           *server,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean lading_credential_helper_erase_finish (GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
