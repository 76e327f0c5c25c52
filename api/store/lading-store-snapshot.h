/* lading-store-snapshot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"

G_BEGIN_DECLS

/* The containers of an engine at one moment, to start a LadingStore with;
 * it may be taken in another thread. */
typedef struct _LadingStoreSnapshot LadingStoreSnapshot;

void                 lading_store_snapshot_take_async  (LadingEngine         *engine,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingStoreSnapshot *lading_store_snapshot_take_finish (LadingEngine         *engine,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void                 lading_store_snapshot_free        (LadingStoreSnapshot  *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingStoreSnapshot, lading_store_snapshot_free)

G_END_DECLS
