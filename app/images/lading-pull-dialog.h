/* lading-pull-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-image-reference.h"

G_BEGIN_DECLS

#define LADING_TYPE_PULL_DIALOG (lading_pull_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadingPullDialog, lading_pull_dialog, LADING, PULL_DIALOG, AdwWindow)

GtkWidget *lading_pull_dialog_new           (GtkWindow        *parent);
void       lading_pull_dialog_set_reference (LadingPullDialog *self,
                                             const char       *text);

gboolean   lading_pull_dialog_platform_is_valid (const char *platform);

G_END_DECLS
