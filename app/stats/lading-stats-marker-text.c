/* lading-stats-marker-text.c
 *
 * What a marker on a resource graph's time axis says happened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lading-stats-marker-text.h"

/**
 * lading_stats_marker_text_dup:
 *
 * Returns: (transfer full): a short sentence for @marker, e.g. "Exited
 *   with code 3"
 */
char *
lading_stats_marker_text_dup (const LadingStatsMarker *marker)
{
  g_return_val_if_fail (marker != NULL, NULL);

  switch (marker->kind)
    {
    case LADING_STATS_MARKER_STARTED:
      return g_strdup (_("Started"));

    case LADING_STATS_MARKER_STOPPED:
      return g_strdup (_("Stopped"));

    case LADING_STATS_MARKER_FAILED:
      return g_strdup_printf (_("Exited with code %d"), marker->exit_code);

    case LADING_STATS_MARKER_OOM:
      return g_strdup (_("Ran out of memory"));

    case LADING_STATS_MARKER_PAUSED:
      return g_strdup (_("Paused"));

    case LADING_STATS_MARKER_UNPAUSED:
      return g_strdup (_("Resumed"));

    case LADING_STATS_MARKER_HEALTHY:
      return g_strdup (_("Healthy"));

    case LADING_STATS_MARKER_UNHEALTHY:
      return g_strdup (_("Unhealthy"));

    default:
      g_return_val_if_reached (NULL);
    }
}
