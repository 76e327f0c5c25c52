/* lading-terminal-session.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-engine.h"
#include "lading-terminal.h"

G_BEGIN_DECLS

/**
 * LadingTerminalSessionState:
 * @LADING_TERMINAL_SESSION_STARTING: asking the engine for the stream
 * @LADING_TERMINAL_SESSION_RUNNING: the stream is open
 * @LADING_TERMINAL_SESSION_ENDED: the process ended, the container stopped,
 *   the session was stopped, or it never started; the terminal says which
 */
typedef enum
{
  LADING_TERMINAL_SESSION_STARTING,
  LADING_TERMINAL_SESSION_RUNNING,
  LADING_TERMINAL_SESSION_ENDED,
} LadingTerminalSessionState;

#define LADING_TYPE_TERMINAL_SESSION_STATE (lading_terminal_session_state_get_type ())

GType lading_terminal_session_state_get_type (void);

#define LADING_TYPE_TERMINAL_SESSION (lading_terminal_session_get_type ())

G_DECLARE_FINAL_TYPE (LadingTerminalSession, lading_terminal_session, LADING, TERMINAL_SESSION, GObject)

LadingTerminalSession      *lading_terminal_session_new_exec        (LadingEngine          *engine,
                                                                     LadingTerminal        *terminal,
                                                                     const char            *container_id,
                                                                     const char * const    *argv,
                                                                     const char            *user);
LadingTerminalSession      *lading_terminal_session_new_attach      (LadingEngine          *engine,
                                                                     LadingTerminal        *terminal,
                                                                     const char            *container_id,
                                                                     gboolean               tty,
                                                                     gboolean               interactive);
LadingTerminal             *lading_terminal_session_get_terminal    (LadingTerminalSession *self);
gboolean                    lading_terminal_session_get_interactive (LadingTerminalSession *self);
LadingTerminalSessionState  lading_terminal_session_get_state       (LadingTerminalSession *self);
int                         lading_terminal_session_get_exit_code   (LadingTerminalSession *self);
void                        lading_terminal_session_start           (LadingTerminalSession *self);
void                        lading_terminal_session_stop            (LadingTerminalSession *self);

G_END_DECLS
