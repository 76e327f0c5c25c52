/* lading-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-container.h"
#include "lading-engine.h"
#include "lading-store-snapshot.h"

G_BEGIN_DECLS

typedef enum
{
  LADING_STORE_STATE_CONNECTING,
  LADING_STORE_STATE_CONNECTED,
  LADING_STORE_STATE_DISCONNECTED,
} LadingStoreState;

#define LADING_TYPE_STORE (lading_store_get_type ())

G_DECLARE_FINAL_TYPE (LadingStore, lading_store, LADING, STORE, GObject)

LadingStore      *lading_store_new              (LadingEngine *engine);
LadingEngine     *lading_store_get_engine       (LadingStore  *self);
LadingStoreState  lading_store_get_state        (LadingStore  *self);
const GError     *lading_store_get_error        (LadingStore  *self);
gboolean          lading_store_get_loaded       (LadingStore  *self);
GListModel       *lading_store_get_containers   (LadingStore  *self);
GListModel       *lading_store_get_images       (LadingStore  *self);
GListModel       *lading_store_get_volumes      (LadingStore  *self);
GListModel       *lading_store_get_networks     (LadingStore  *self);
LadingContainer  *lading_store_lookup_container (LadingStore  *self,
                                                 const char   *id);
void              lading_store_start            (LadingStore  *self);
void              lading_store_start_from_snapshot (LadingStore         *self,
                                                    LadingStoreSnapshot *snapshot);
void              lading_store_start_failed     (LadingStore  *self,
                                                 const GError *error);
void              lading_store_reconnect        (LadingStore  *self);
void              lading_store_hold_sizes       (LadingStore  *self);
void              lading_store_release_sizes    (LadingStore  *self);
void              lading_store_refresh_sizes    (LadingStore  *self);
LadingDiskUsage  *lading_store_get_disk_usage   (LadingStore  *self);

G_END_DECLS
