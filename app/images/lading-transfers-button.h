/* lading-transfers-button.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_TRANSFERS_BUTTON (lading_transfers_button_get_type ())

G_DECLARE_FINAL_TYPE (LadingTransfersButton, lading_transfers_button, LADING, TRANSFERS_BUTTON, GtkWidget)

GtkWidget *lading_transfers_button_new (LadingTransfers *transfers);

G_END_DECLS
