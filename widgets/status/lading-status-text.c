/* lading-status-text.c
 *
 * The texts a container list shows for states and times, computed locally from
 * timestamps so that rows can refresh them every second without asking the
 * engine.  The wording follows Docker's own (`docker ps`, units.HumanDuration),
 * which users compare us with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-status-text"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-status-text.h"

/**
 * lading_status_text_state_name:
 * @state: a container state
 *
 * Returns: (transfer none): the translated, capitalised name of @state
 */
const char *
lading_status_text_state_name (LadingContainerState state)
{
  switch (state)
    {
    case LADING_CONTAINER_STATE_CREATED:
      return C_("container state", "Created");
    case LADING_CONTAINER_STATE_RESTARTING:
      return C_("container state", "Restarting");
    case LADING_CONTAINER_STATE_RUNNING:
      return C_("container state", "Running");
    case LADING_CONTAINER_STATE_REMOVING:
      return C_("container state", "Removing");
    case LADING_CONTAINER_STATE_PAUSED:
      return C_("container state", "Paused");
    case LADING_CONTAINER_STATE_EXITED:
      return C_("container state", "Exited");
    case LADING_CONTAINER_STATE_DEAD:
      return C_("container state", "Dead");
    case LADING_CONTAINER_STATE_UNKNOWN:
    default:
      return C_("container state", "Unknown");
    }
}

/**
 * lading_status_text_health_name:
 * @health: a container health
 *
 * Returns: (transfer none) (nullable): Docker's wording for @health as it
 *   appears in parentheses after "Up 3 minutes", or %NULL without a health check
 */
const char *
lading_status_text_health_name (LadingContainerHealth health)
{
  switch (health)
    {
    case LADING_CONTAINER_HEALTH_STARTING:
      return C_("container health", "health: starting");
    case LADING_CONTAINER_HEALTH_HEALTHY:
      return C_("container health", "healthy");
    case LADING_CONTAINER_HEALTH_UNHEALTHY:
      return C_("container health", "unhealthy");
    case LADING_CONTAINER_HEALTH_NONE:
    default:
      return NULL;
    }
}

/**
 * lading_status_text_format_duration:
 * @seconds: a duration; negative values (clock skew) count as zero
 *
 * Formats @seconds the way Docker's units.HumanDuration does: exact below a
 * minute, then ever coarser units, hours rounded to the nearest.
 *
 * Returns: (transfer full): "Less than a second", "About an hour", "3 days", …
 */
char *
lading_status_text_format_duration (gint64 seconds)
{
  gint64 minutes = seconds / 60;
  gint64 hours = (seconds + 1800) / 3600;

  if (seconds < 1)
    return g_strdup (_("Less than a second"));
  if (seconds < 60)
    return g_strdup_printf (ngettext ("%d second", "%d seconds", (gulong)seconds), (int)seconds);
  if (minutes == 1)
    return g_strdup (_("About a minute"));
  if (minutes < 60)
    return g_strdup_printf (ngettext ("%d minute", "%d minutes", (gulong)minutes), (int)minutes);
  if (hours == 1)
    return g_strdup (_("About an hour"));
  if (hours < 48)
    return g_strdup_printf (ngettext ("%d hour", "%d hours", (gulong)hours), (int)hours);
  if (hours < 24 * 7 * 2)
    return g_strdup_printf (ngettext ("%d day", "%d days", (gulong)(hours / 24)),
                            (int)(hours / 24));
  if (hours < 24 * 30 * 2)
    return g_strdup_printf (ngettext ("%d week", "%d weeks", (gulong)(hours / 24 / 7)),
                            (int)(hours / 24 / 7));
  if (hours < 24 * 365 * 2)
    return g_strdup_printf (ngettext ("%d month", "%d months", (gulong)(hours / 24 / 30)),
                            (int)(hours / 24 / 30));

  /* Docker truncates here instead of rounding. */
  return g_strdup_printf (ngettext ("%d year", "%d years", (gulong)(seconds / 3600 / 24 / 365)),
                          (int)(seconds / 3600 / 24 / 365));
}

static char *
format_up (gint64      started_at,
           gint64      now,
           const char *suffix)
{
  g_autofree char *duration = NULL;

  if (started_at <= 0)
    {
      if (suffix == NULL)
        return g_strdup (C_("container status", "Up"));
      /* Translators: %s is "Paused", "healthy", "unhealthy" or "health: starting" */
      return g_strdup_printf (C_("container status", "Up (%s)"), suffix);
    }

  duration = lading_status_text_format_duration (now - started_at);
  if (suffix == NULL)
    /* Translators: %s is a duration such as "3 minutes" or "About an hour" */
    return g_strdup_printf (C_("container status", "Up %s"), duration);
  /* Translators: the first %s is a duration such as "3 minutes", the second
   * "Paused", "healthy", "unhealthy" or "health: starting" */
  return g_strdup_printf (C_("container status", "Up %s (%s)"), duration, suffix);
}

/**
 * lading_status_text_format:
 * @state: the container's state
 * @exit_code: its last exit code
 * @health: its health, %LADING_CONTAINER_HEALTH_NONE without a health check
 * @started_at: when it last started (unix seconds), 0 if unknown
 * @finished_at: when it last stopped (unix seconds), 0 if unknown
 * @now: the current time (unix seconds)
 *
 * Builds the "Status" text of `docker ps` ("Up 3 minutes (healthy)",
 * "Exited (1) 2 hours ago", …) from timestamps, so callers can refresh it
 * locally.  An unknown timestamp leaves the time out ("Exited (1)").
 *
 * Returns: (transfer full): the status text
 */
char *
lading_status_text_format (LadingContainerState  state,
                           int                   exit_code,
                           LadingContainerHealth health,
                           gint64                started_at,
                           gint64                finished_at,
                           gint64                now)
{
  g_autofree char *duration = NULL;

  if (finished_at > 0)
    duration = lading_status_text_format_duration (now - finished_at);

  switch (state)
    {
    case LADING_CONTAINER_STATE_RUNNING:
      return format_up (started_at, now, lading_status_text_health_name (health));

    case LADING_CONTAINER_STATE_PAUSED:
      return format_up (started_at, now, C_("container status", "Paused"));

    case LADING_CONTAINER_STATE_EXITED:
      if (duration == NULL)
        return g_strdup_printf (C_("container status", "Exited (%d)"), exit_code);
      /* Translators: %d is an exit code, %s a duration such as "2 hours" */
      return g_strdup_printf (C_("container status", "Exited (%d) %s ago"), exit_code, duration);

    case LADING_CONTAINER_STATE_RESTARTING:
      if (duration == NULL)
        return g_strdup_printf (C_("container status", "Restarting (%d)"), exit_code);
      /* Translators: %d is an exit code, %s a duration such as "5 seconds" */
      return g_strdup_printf (C_("container status", "Restarting (%d) %s ago"),
                              exit_code, duration);

    case LADING_CONTAINER_STATE_CREATED:
    case LADING_CONTAINER_STATE_REMOVING:
    case LADING_CONTAINER_STATE_DEAD:
    case LADING_CONTAINER_STATE_UNKNOWN:
    default:
      return g_strdup (lading_status_text_state_name (state));
    }
}

/**
 * lading_status_text_format_relative:
 * @then: a point in time (unix seconds), 0 if unknown
 * @now: the current time (unix seconds)
 *
 * Formats how long ago @then was ("3 hours ago").  A time in the future can
 * only come from clock skew between us and the engine, so it reads "Just now".
 *
 * Returns: (transfer full): the text, empty if @then is unknown
 */
char *
lading_status_text_format_relative (gint64 then,
                                    gint64 now)
{
  g_autofree char *duration = NULL;

  if (then <= 0)
    return g_strdup ("");
  if (now - then < 1)
    return g_strdup (_("Just now"));

  duration = lading_status_text_format_duration (now - then);
  /* Translators: %s is a duration such as "3 hours" or "About an hour" */
  return g_strdup_printf (_("%s ago"), duration);
}
