/* lading-volume-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_VOLUME_DIALOG (lading_volume_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadingVolumeDialog, lading_volume_dialog, LADING, VOLUME_DIALOG, AdwWindow)

GtkWidget *lading_volume_dialog_new (GtkWindow   *parent,
                                     LadingStore *store);

G_END_DECLS
