/* lading-network-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_NETWORK_DIALOG (lading_network_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadingNetworkDialog, lading_network_dialog, LADING, NETWORK_DIALOG, AdwWindow)

GtkWidget *lading_network_dialog_new (GtkWindow   *parent,
                                      LadingStore *store);

G_END_DECLS
