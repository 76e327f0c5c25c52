/* lading-network-members.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_NETWORK_MEMBERS (lading_network_members_get_type ())

G_DECLARE_FINAL_TYPE (LadingNetworkMembers, lading_network_members, LADING, NETWORK_MEMBERS, AdwWindow)

GtkWidget *lading_network_members_new (GtkWindow     *parent,
                                       LadingStore   *store,
                                       LadingNetwork *network);

G_END_DECLS
