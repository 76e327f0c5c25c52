/* lading-stats-calc.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-stats-point.h"
#include "lading-stats-sample.h"

G_BEGIN_DECLS

void lading_stats_calc (const LadingStatsSample *previous,
                        const LadingStatsSample *current,
                        LadingStatsPoint        *out);

G_END_DECLS
