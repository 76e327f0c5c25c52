/* lading-disk-cleanup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

void lading_disk_cleanup_ask            (GtkWidget   *page,
                                         LadingStore *store);
void lading_disk_cleanup_ask_containers (GtkWidget   *page,
                                         LadingStore *store);

G_END_DECLS
