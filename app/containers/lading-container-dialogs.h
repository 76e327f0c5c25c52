/* lading-container-dialogs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-engine.h"

G_BEGIN_DECLS

char                       *lading_container_dialogs_dup_name_phrase  (const char * const *names);
char                       *lading_container_dialogs_dup_names        (GPtrArray        *containers);
gboolean                    lading_container_dialogs_name_is_valid    (const char       *name);
AdwMessageDialog           *lading_container_dialogs_new_remove       (GtkWindow        *parent,
                                                                       GPtrArray        *containers);
LadingContainerActionFlags  lading_container_dialogs_get_remove_flags (AdwMessageDialog *dialog);
AdwMessageDialog           *lading_container_dialogs_new_kill         (GtkWindow        *parent,
                                                                       GPtrArray        *containers);
const char                 *lading_container_dialogs_get_kill_signal  (AdwMessageDialog *dialog);
AdwMessageDialog           *lading_container_dialogs_new_rename       (GtkWindow        *parent,
                                                                       LadingContainer  *container);
const char                 *lading_container_dialogs_get_new_name     (AdwMessageDialog *dialog);
AdwMessageDialog           *lading_container_dialogs_new_details      (GtkWindow        *parent,
                                                                       const char       *heading,
                                                                       const char       *details_markup);

G_END_DECLS
