/* lading-stats-cell.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-stats-monitor.h"

G_BEGIN_DECLS

#define LADING_TYPE_STATS_CELL (lading_stats_cell_get_type ())

G_DECLARE_FINAL_TYPE (LadingStatsCell, lading_stats_cell, LADING, STATS_CELL, GtkWidget)

GtkWidget *lading_stats_cell_new (LadingStatsMonitor    *monitor,
                                  LadingStatsSeriesKind  kind);

G_END_DECLS
