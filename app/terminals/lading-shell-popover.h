/* lading-shell-popover.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LADING_TYPE_SHELL_POPOVER (lading_shell_popover_get_type ())

G_DECLARE_FINAL_TYPE (LadingShellPopover, lading_shell_popover, LADING, SHELL_POPOVER, GtkPopover)

GtkWidget  *lading_shell_popover_new             (const char         *action_name);
const char *lading_shell_popover_get_action_name (LadingShellPopover *self);
void        lading_shell_popover_set_action_name (LadingShellPopover *self,
                                                  const char         *action_name);

G_END_DECLS
