/* lading-terminal-tab.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-engine.h"
#include "lading-terminal-session.h"

G_BEGIN_DECLS

#define LADING_TYPE_TERMINAL_TAB (lading_terminal_tab_get_type ())

G_DECLARE_FINAL_TYPE (LadingTerminalTab, lading_terminal_tab, LADING, TERMINAL_TAB, GtkWidget)

GtkWidget                  *lading_terminal_tab_new_shell    (LadingEngine       *engine,
                                                              const char         *container_id,
                                                              const char * const *argv,
                                                              const char         *user);
GtkWidget                  *lading_terminal_tab_new_attach   (LadingEngine       *engine,
                                                              const char         *container_id);
gboolean                    lading_terminal_tab_get_is_shell (LadingTerminalTab  *self);
const char                 *lading_terminal_tab_get_title    (LadingTerminalTab  *self);
LadingTerminalSessionState  lading_terminal_tab_get_state    (LadingTerminalTab  *self);
LadingTerminal             *lading_terminal_tab_get_terminal (LadingTerminalTab  *self);
LadingTerminalSession      *lading_terminal_tab_get_session  (LadingTerminalTab  *self);

G_END_DECLS
