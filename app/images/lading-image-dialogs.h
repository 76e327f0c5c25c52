/* lading-image-dialogs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-image-reference.h"
#include "lading-image-tag.h"

G_BEGIN_DECLS

AdwMessageDialog     *lading_image_dialogs_new_remove       (GtkWindow        *parent,
                                                             LadingImageTag   *row,
                                                             GPtrArray        *users);
AdwMessageDialog     *lading_image_dialogs_new_tag          (GtkWindow        *parent,
                                                             LadingImageTag   *row);
LadingImageReference *lading_image_dialogs_dup_new_name     (AdwMessageDialog *dialog);
AdwMessageDialog     *lading_image_dialogs_new_prune        (GtkWindow        *parent,
                                                             GPtrArray        *dangling,
                                                             GPtrArray        *unused);
gboolean              lading_image_dialogs_get_prune_all    (AdwMessageDialog *dialog);

G_END_DECLS
