/* lading-bulk.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine.h"

G_BEGIN_DECLS

#define LADING_TYPE_BULK (lading_bulk_get_type ())

/* Measured by tests/bench/bench-bulk (stop then start 100 containers on two
 * cores, medians against the docker CLI's time): 4 at a time 0.98×, 16 at a
 * time 0.75×, 32 at a time 0.71×, 50 at a time 0.71×.  Stops wait for each
 * container to exit, so they want many in flight; from 32 on they match the
 * CLI (which stops 50 at a time), and half of the engine's 64 connections
 * stay free for the event and stats streams. */
#define LADING_BULK_DEFAULT_MAX_CONCURRENT 32

/**
 * LadingBulk:
 *
 * One container action run over many containers, at most `max-concurrent`
 * requests at a time (the engine serialises much of its work, and hundreds of
 * simultaneous calls only queue there).
 *
 * Create it, connect to what you want to follow, then run it once:
 *
 * - the `n-done` and `n-failed` properties count finished actions (notify on
 *   each), out of `n-items`; bind a progress bar or a toast to them;
 * - the `item-finished` signal names each container as its action ends, with
 *   the #GError when it failed (%NULL on success), so a row can stop its
 *   spinner;
 * - after lading_bulk_run_finish(), lading_bulk_dup_succeeded() and
 *   lading_bulk_dup_failed() list the ids, and lading_bulk_get_error() tells
 *   why one failed.
 *
 * lading_bulk_run_finish() fails only when the run was cancelled (the actions
 * not started by then are not started at all, those in flight end with
 * %G_IO_ERROR_CANCELLED and count as failed); a failed action is not a
 * failure of the run.
 */
G_DECLARE_FINAL_TYPE (LadingBulk, lading_bulk, LADING, BULK, GObject)

LadingBulk                 *lading_bulk_new                (LadingEngine               *engine,
                                                            LadingContainerAction       action,
                                                            LadingContainerActionFlags  flags,
                                                            const char * const         *ids,
                                                            guint                       max_concurrent);
LadingEngine               *lading_bulk_get_engine         (LadingBulk                 *self);
LadingContainerAction       lading_bulk_get_action         (LadingBulk                 *self);
LadingContainerActionFlags  lading_bulk_get_flags          (LadingBulk                 *self);
const char * const         *lading_bulk_get_ids            (LadingBulk                 *self);
guint                       lading_bulk_get_max_concurrent (LadingBulk                 *self);
guint                       lading_bulk_get_n_items        (LadingBulk                 *self);
guint                       lading_bulk_get_n_done         (LadingBulk                 *self);
guint                       lading_bulk_get_n_failed       (LadingBulk                 *self);
char                      **lading_bulk_dup_succeeded      (LadingBulk                 *self);
char                      **lading_bulk_dup_failed         (LadingBulk                 *self);
const GError               *lading_bulk_get_error          (LadingBulk                 *self,
                                                            const char                 *id);
void                        lading_bulk_run_async          (LadingBulk                 *self,
                                                            GCancellable               *cancellable,
                                                            GAsyncReadyCallback         callback,
                                                            gpointer                    user_data);
gboolean                    lading_bulk_run_finish         (LadingBulk                 *self,
                                                            GAsyncResult               *result,
                                                            GError                    **error);

G_END_DECLS
