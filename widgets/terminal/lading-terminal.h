/* lading-terminal.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <vte/vte.h>

G_BEGIN_DECLS

#define LADING_TYPE_TERMINAL (lading_terminal_get_type ())

G_DECLARE_FINAL_TYPE (LadingTerminal, lading_terminal, LADING, TERMINAL, VteTerminal)

LadingTerminal *lading_terminal_new          (void);
void            lading_terminal_print_notice (LadingTerminal *self,
                                              const char     *text);
void            lading_terminal_set_ended    (LadingTerminal *self);

G_END_DECLS
