/* lading-stats-point.c
 *
 * The figures of one stats sample, boxed so that they can travel in signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-stats-point"

#include "config.h"

#include "lading-stats-point.h"

G_DEFINE_BOXED_TYPE (LadingStatsPoint, lading_stats_point,
                     lading_stats_point_copy, lading_stats_point_free)

LadingStatsPoint *
lading_stats_point_copy (const LadingStatsPoint *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
lading_stats_point_free (LadingStatsPoint *self)
{
  g_free (self);
}
