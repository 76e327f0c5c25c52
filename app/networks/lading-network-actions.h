/* lading-network-actions.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

void lading_network_actions_remove (GtkWidget     *page,
                                    LadingStore   *store,
                                    LadingNetwork *network);
void lading_network_actions_prune  (GtkWidget     *page,
                                    LadingStore   *store);

G_END_DECLS
