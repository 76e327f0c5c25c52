/* lading-transfer-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-image-transfer.h"

G_BEGIN_DECLS

#define LADING_TYPE_TRANSFER_ROW (lading_transfer_row_get_type ())

G_DECLARE_FINAL_TYPE (LadingTransferRow, lading_transfer_row, LADING, TRANSFER_ROW, GtkWidget)

GtkWidget           *lading_transfer_row_new          (LadingImageTransfer *transfer);
LadingImageTransfer *lading_transfer_row_get_transfer (LadingTransferRow   *self);

G_END_DECLS
