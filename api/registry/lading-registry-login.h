/* lading-registry-login.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-docker-config.h"
#include "lading-engine.h"

G_BEGIN_DECLS

void     lading_registry_log_in_async  (LadingEngine         *engine,
                                        LadingDockerConfig   *config,
                                        const char           *server,
                                        const char           *username,
                                        const char           *password,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean lading_registry_log_in_finish (GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
