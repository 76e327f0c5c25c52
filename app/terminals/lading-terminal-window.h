/* lading-terminal-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-container.h"
#include "lading-engine.h"
#include "lading-terminal-tab.h"

G_BEGIN_DECLS

#define LADING_TYPE_TERMINAL_WINDOW (lading_terminal_window_get_type ())

G_DECLARE_FINAL_TYPE (LadingTerminalWindow, lading_terminal_window, LADING, TERMINAL_WINDOW, AdwApplicationWindow)

LadingTerminalWindow *lading_terminal_window_new           (GtkApplication       *application,
                                                            LadingEngine         *engine,
                                                            LadingContainer      *container);
LadingTerminalWindow *lading_terminal_window_lookup        (GtkApplication       *application,
                                                            const char           *container_id);
LadingContainer      *lading_terminal_window_get_container (LadingTerminalWindow *self);
AdwTabView           *lading_terminal_window_get_tab_view  (LadingTerminalWindow *self);
LadingTerminalTab    *lading_terminal_window_add_shell     (LadingTerminalWindow *self,
                                                            const char * const   *argv,
                                                            const char           *user);
LadingTerminalTab    *lading_terminal_window_add_attach    (LadingTerminalWindow *self);

gboolean              lading_terminal_window_can_open      (LadingContainer      *container);
LadingTerminalWindow *lading_terminal_window_open_shell    (GtkWidget            *from,
                                                            LadingEngine         *engine,
                                                            LadingContainer      *container,
                                                            gboolean              custom);
LadingTerminalWindow *lading_terminal_window_open_attach   (GtkWidget            *from,
                                                            LadingEngine         *engine,
                                                            LadingContainer      *container);

G_END_DECLS
