/* lading-project-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *lading_project_summary_format (guint n_containers,
                                     guint n_running,
                                     guint n_paused,
                                     guint n_exited);

G_END_DECLS
