/* lading-project-summary.c
 *
 * The words a compose project's row shows for its containers' states.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-project-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-project-summary.h"

static void
append_part (GString *summary,
             char    *part)
{
  if (summary->len > 0)
    /* Translators: separates the parts of "3 running, 1 exited" */
    g_string_append (summary, _(", "));

  g_string_append (summary, part);
  g_free (part);
}

/**
 * lading_project_summary_format:
 * @n_containers: how many containers the project has
 * @n_running: how many of them run
 * @n_paused: how many are paused
 * @n_exited: how many have stopped or never started
 *
 * Sums a project up as "3 running, 1 paused, 2 exited", leaving out the
 * states no container is in.  Containers in none of the three states
 * (being removed, say) show as "other".
 *
 * Returns: (transfer full): the summary
 */
char *
lading_project_summary_format (guint n_containers,
                               guint n_running,
                               guint n_paused,
                               guint n_exited)
{
  GString *summary = g_string_new (NULL);
  guint counted = n_running + n_paused + n_exited;
  guint n_other = n_containers - MIN (counted, n_containers);

  if (n_running > 0)
    /* Translators: part of a compose project's summary, "3 running, 1 exited" */
    append_part (summary, g_strdup_printf (ngettext ("%u running", "%u running", n_running),
                                           n_running));
  if (n_paused > 0)
    /* Translators: part of a compose project's summary, "3 running, 1 paused" */
    append_part (summary, g_strdup_printf (ngettext ("%u paused", "%u paused", n_paused),
                                           n_paused));
  if (n_exited > 0)
    /* Translators: part of a compose project's summary, "3 running, 1 exited";
     * containers that were created but never started count as exited */
    append_part (summary, g_strdup_printf (ngettext ("%u exited", "%u exited", n_exited),
                                           n_exited));
  if (n_other > 0)
    /* Translators: part of a compose project's summary, "2 running, 1 other";
     * containers in another state, such as being removed */
    append_part (summary, g_strdup_printf (ngettext ("%u other", "%u other", n_other),
                                           n_other));

  if (summary->len == 0)
    /* Translators: the summary of a compose project without containers */
    g_string_append (summary, _("No containers"));

  return g_string_free (summary, FALSE);
}
