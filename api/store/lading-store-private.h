/* lading-store-private.h
 *
 * LadingStore is split in three files: lading-store.c keeps the connection
 * (connect, event stream, backoff), lading-store-sync.c keeps the objects
 * (lists, events applied, usage counts) and lading-store-sizes.c the shared
 * sizes of images.  This struct is theirs alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-collection-private.h"
#include "lading-event.h"
#include "lading-store.h"

G_BEGIN_DECLS

struct _LadingStore
{
  GObject            parent_instance;

  /* Owned */
  LadingEngine      *engine;
  GError            *error;
  LadingCollection  *containers;
  LadingCollection  *images;
  LadingCollection  *volumes;
  LadingCollection  *networks;
  LadingDiskUsage   *disk_usage;

  /* Owned, one connection's worth: replaced on every reconnect. */
  GCancellable      *cancellable;
  GDataInputStream  *events;

  /* Keys changed by events since that kind's list was requested: the list is
   * older than the event, so it must not undo it (see sync). */
  GHashTable        *touched_containers;
  GHashTable        *touched_volumes;
  GHashTable        *touched_networks;

  /* Container id → while an inspect runs, what came meanwhile (see sync). */
  GHashTable        *inspecting;

  guint              reconnect_source;
  guint              usage_source;
  guint              sizes_retry_source;
  guint              backoff_ms;
  guint              pending_lists;
  guint              sizes_holds;

  LadingStoreState   state;
  guint              loaded : 1;
  guint              images_listing : 1;
  guint              images_dirty : 1;
  guint              images_in_sync : 1;
  /* One GET /system/df at a time; another after it if the images changed. */
  guint              sizes_running : 1;
  guint              sizes_dirty : 1;
  /* The containers came with a snapshot: once the event stream is open,
   * they need no list. */
  guint              from_snapshot : 1;
};

/* What a call of the store needs to find its way back.  It holds the store
 * weakly: the owner may drop the store while calls are under way (dispose
 * cancels them), and a callback that finds no store any more only lets go
 * of its result.  The key names the object the call is about, if any. */
typedef struct
{
  GWeakRef  store;
  char     *key;
} LadingStoreCall;

LadingStoreCall *_lading_store_call_new  (LadingStore     *self,
                                          const char      *key);
void             _lading_store_call_free (LadingStoreCall *call);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingStoreCall, _lading_store_call_free)

void _lading_store_sync_start            (LadingStore       *self);
void _lading_store_sync_reset            (LadingStore       *self);
void _lading_store_sync_take_snapshot    (LadingStore       *self,
                                          LadingStoreSnapshot *snapshot);
void _lading_store_sync_finished         (LadingStore       *self);
void _lading_store_dispatch_event        (LadingStore       *self,
                                          const LadingEvent *event);
void _lading_store_refresh_sizes         (LadingStore       *self);
void _lading_store_notify_disk_usage     (LadingStore       *self);
void _lading_store_fail_unless_cancelled (LadingStore       *self,
                                          const GError      *error);

G_END_DECLS
