/* lading-hijack-request-private.h
 *
 * The small HTTP/1.1 client for the two calls whose connection the engine
 * takes over (attach and exec start), which libsoup 3 cannot hand over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"

G_BEGIN_DECLS

void       _lading_hijack_request_async  (LadingEngine         *engine,
                                          const char           *path,
                                          GBytes               *json_body,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
GIOStream *_lading_hijack_request_finish (LadingEngine         *engine,
                                          GAsyncResult         *result,
                                          GInputStream        **input,
                                          GError              **error);

G_END_DECLS
