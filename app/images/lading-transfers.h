/* lading-transfers.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-image-transfer.h"

G_BEGIN_DECLS

#define LADING_TYPE_TRANSFERS (lading_transfers_get_type ())

G_DECLARE_FINAL_TYPE (LadingTransfers, lading_transfers, LADING, TRANSFERS, GObject)

LadingTransfers *lading_transfers_new           (void);
GListModel      *lading_transfers_get_model     (LadingTransfers      *self);
guint            lading_transfers_get_n_running (LadingTransfers      *self);
void             lading_transfers_start         (LadingTransfers     *self,
                                                 LadingImageTransfer *transfer);
LadingImageTransfer *lading_transfers_pull      (LadingTransfers      *self,
                                                 LadingEngine         *engine,
                                                 LadingImageReference *reference,
                                                 const char           *platform);
void             lading_transfers_retry         (LadingTransfers      *self,
                                                 LadingImageTransfer  *transfer);
void             lading_transfers_dismiss       (LadingTransfers     *self,
                                                 LadingImageTransfer *transfer);

G_END_DECLS
