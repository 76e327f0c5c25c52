/* lading-action-summary.c
 *
 * What an action over many containers did, counted, for the one toast that
 * reports it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-action-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-action-summary.h"

/**
 * lading_action_summary_dup:
 * @action: what was done (not rename: that is one container at a time)
 * @n_done: how many containers it was done to
 * @n_failed: how many it failed on
 *
 * Returns: (transfer full): e.g. "Stopped 12 containers, 1 failed"
 */
char *
lading_action_summary_dup (LadingContainerAction action,
                           guint                 n_done,
                           guint                 n_failed)
{
  g_autofree char *done = NULL;

  switch (action)
    {
    case LADING_CONTAINER_ACTION_START:
      done = g_strdup_printf (ngettext ("Started %u container", "Started %u containers", n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_STOP:
      done = g_strdup_printf (ngettext ("Stopped %u container", "Stopped %u containers", n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_RESTART:
      done = g_strdup_printf (ngettext ("Restarted %u container", "Restarted %u containers",
                                        n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_PAUSE:
      done = g_strdup_printf (ngettext ("Paused %u container", "Paused %u containers", n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_UNPAUSE:
      done = g_strdup_printf (ngettext ("Resumed %u container", "Resumed %u containers", n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_KILL:
      done = g_strdup_printf (ngettext ("Killed %u container", "Killed %u containers", n_done),
                              n_done);
      break;

    case LADING_CONTAINER_ACTION_REMOVE:
    default:
      done = g_strdup_printf (ngettext ("Removed %u container", "Removed %u containers", n_done),
                              n_done);
      break;
    }

  if (n_failed == 0)
    return g_steal_pointer (&done);

  /* Translators: the first %s says what was done ("Stopped 12 containers"),
   * then how many could not be done */
  return g_strdup_printf (ngettext ("%s, %u failed", "%s, %u failed", n_failed), done, n_failed);
}
