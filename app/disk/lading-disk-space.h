/* lading-disk-space.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_DISK_SPACE (lading_disk_space_get_type ())

G_DECLARE_FINAL_TYPE (LadingDiskSpace, lading_disk_space, LADING, DISK_SPACE, AdwWindow)

GtkWidget *lading_disk_space_new (GtkWindow   *parent,
                                  LadingStore *store);

G_END_DECLS
