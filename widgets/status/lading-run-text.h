/* lading-run-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-run-input.h"

G_BEGIN_DECLS

/* What to do about a field of the run, volume or network dialogs; NULL for
 * LADING_RUN_INPUT_OK. */
const char *lading_run_text_input_hint (LadingRunInputProblem problem);

G_END_DECLS
