/* lading-shell-probe.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-engine.h"

G_BEGIN_DECLS

/* Completes with the shell to run ("bash", "ash" or "sh"), or fails with
 * G_IO_ERROR_NOT_FOUND when the container has none of them. */
void  lading_shell_probe_async  (LadingEngine         *engine,
                                 const char           *container_id,
                                 const char           *user,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data);
char *lading_shell_probe_finish (LadingEngine         *engine,
                                 GAsyncResult         *result,
                                 GError              **error);

G_END_DECLS
