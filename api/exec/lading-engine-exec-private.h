/* lading-engine-exec-private.h
 *
 * Pure helpers of lading-engine-exec.c, shared with the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-engine-exec.h"

G_BEGIN_DECLS

GBytes  *_lading_engine_exec_build_create_body (const LadingExecSpec  *spec,
                                                const char            *api_version);
gboolean _lading_engine_exec_parse_inspect     (GBytes                *bytes,
                                                gboolean              *running,
                                                int                   *exit_code,
                                                GError               **error);

G_END_DECLS
