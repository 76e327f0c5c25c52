/* lading-secret-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     lading_secret_store_get_async    (const char           *server,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean lading_secret_store_get_finish   (GAsyncResult         *result,
                                           char                **username,
                                           char                **secret,
                                           GError              **error);
void     lading_secret_store_store_async  (const char           *server,
                                           const char           *username,
                                           const char           *secret,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean lading_secret_store_store_finish (GAsyncResult         *result,
                                           GError              **error);
void     lading_secret_store_erase_async  (const char           *server,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean lading_secret_store_erase_finish (GAsyncResult         *result,
                                           GError              **error);
void     lading_secret_store_list_servers_async  (GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GStrv    lading_secret_store_list_servers_finish (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
