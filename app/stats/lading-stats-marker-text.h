/* lading-stats-marker-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-stats-history.h"

G_BEGIN_DECLS

char *lading_stats_marker_text_dup (const LadingStatsMarker *marker);

G_END_DECLS
