/* lading-exec-wait.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-engine.h"

G_BEGIN_DECLS

void     lading_exec_wait_async  (LadingEngine         *engine,
                                  const char           *exec_id,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);
gboolean lading_exec_wait_finish (LadingEngine         *engine,
                                  GAsyncResult         *result,
                                  int                  *exit_code,
                                  GError              **error);

G_END_DECLS
