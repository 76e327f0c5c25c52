/* test-status-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "lading-status-text.h"

#define NOW ((gint64) 1700000000)
#define MINUTE 60
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

static void
test_status_text_human_duration (void)
{
  static const struct {
    gint64      seconds;
    const char *expected;
  } cases[] = {
    { -5, "Less than a second" },
    { 0, "Less than a second" },
    { 1, "1 second" },
    { 2, "2 seconds" },
    { 59, "59 seconds" },
    { 60, "About a minute" },
    { 119, "About a minute" },
    { 120, "2 minutes" },
    { 59 * MINUTE + 59, "59 minutes" },
    { HOUR, "About an hour" },
    { HOUR + 29 * MINUTE, "About an hour" },
    { HOUR + 30 * MINUTE, "2 hours" },       /* hours are rounded */
    { 47 * HOUR, "47 hours" },
    { 47 * HOUR + 30 * MINUTE, "2 days" },
    { 13 * DAY + 23 * HOUR, "13 days" },
    { 14 * DAY, "2 weeks" },
    { 59 * DAY, "8 weeks" },
    { 60 * DAY, "2 months" },
    { 729 * DAY, "24 months" },
    { 730 * DAY, "2 years" },
    { 3 * 365 * DAY + 100 * DAY, "3 years" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lading_status_text_format_duration (cases[i].seconds);

      g_test_message ("%" G_GINT64_FORMAT " s", cases[i].seconds);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_status_text_format (void)
{
  static const struct {
    LadingContainerState  state;
    int                   exit_code;
    LadingContainerHealth health;
    gint64                started_at;
    gint64                finished_at;
    const char           *expected;
  } cases[] = {
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_NONE,
      NOW - 3 * MINUTE, 0, "Up 3 minutes" },
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_HEALTHY,
      NOW - 3 * MINUTE, 0, "Up 3 minutes (healthy)" },
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_UNHEALTHY,
      NOW - 10, 0, "Up 10 seconds (unhealthy)" },
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_STARTING,
      NOW, 0, "Up Less than a second (health: starting)" },
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Up" },
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_HEALTHY,
      0, 0, "Up (healthy)" },
    /* A finished-at left over from an earlier run must not matter. */
    { LADING_CONTAINER_STATE_RUNNING, 0, LADING_CONTAINER_HEALTH_NONE,
      NOW - 2 * HOUR, NOW - 3 * HOUR, "Up 2 hours" },
    { LADING_CONTAINER_STATE_PAUSED, 0, LADING_CONTAINER_HEALTH_HEALTHY,
      NOW - 2 * HOUR, 0, "Up 2 hours (Paused)" },
    { LADING_CONTAINER_STATE_PAUSED, 0, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Up (Paused)" },
    { LADING_CONTAINER_STATE_EXITED, 1, LADING_CONTAINER_HEALTH_NONE,
      NOW - 3 * HOUR, NOW - 2 * HOUR, "Exited (1) 2 hours ago" },
    { LADING_CONTAINER_STATE_EXITED, 0, LADING_CONTAINER_HEALTH_UNHEALTHY,
      NOW - 3 * DAY, NOW - 3 * DAY + 5, "Exited (0) 3 days ago" },
    { LADING_CONTAINER_STATE_EXITED, 137, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Exited (137)" },
    { LADING_CONTAINER_STATE_RESTARTING, 1, LADING_CONTAINER_HEALTH_NONE,
      NOW - MINUTE, NOW - 5, "Restarting (1) 5 seconds ago" },
    { LADING_CONTAINER_STATE_RESTARTING, 2, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Restarting (2)" },
    { LADING_CONTAINER_STATE_CREATED, 0, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Created" },
    { LADING_CONTAINER_STATE_REMOVING, 0, LADING_CONTAINER_HEALTH_NONE,
      NOW - HOUR, 0, "Removing" },
    { LADING_CONTAINER_STATE_DEAD, 0, LADING_CONTAINER_HEALTH_NONE,
      NOW - HOUR, NOW - HOUR, "Dead" },
    { LADING_CONTAINER_STATE_UNKNOWN, 0, LADING_CONTAINER_HEALTH_NONE,
      0, 0, "Unknown" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lading_status_text_format (cases[i].state,
                                                         cases[i].exit_code,
                                                         cases[i].health,
                                                         cases[i].started_at,
                                                         cases[i].finished_at,
                                                         NOW);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_status_text_relative_time (void)
{
  static const struct {
    gint64      then;
    const char *expected;
  } cases[] = {
    { 0, "" },                              /* unknown */
    { -1, "" },
    { NOW, "Just now" },
    { NOW + HOUR, "Just now" },             /* clock skew */
    { NOW - 1, "1 second ago" },
    { NOW - 45, "45 seconds ago" },
    { NOW - 90, "About a minute ago" },
    { NOW - 3 * HOUR, "3 hours ago" },
    { NOW - 2 * DAY, "2 days ago" },
    { NOW - 3 * 7 * DAY, "3 weeks ago" },
    { NOW - 400 * DAY, "13 months ago" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = lading_status_text_format_relative (cases[i].then, NOW);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_status_text_state_names (void)
{
  static const struct {
    LadingContainerState  state;
    const char           *expected;
  } cases[] = {
    { LADING_CONTAINER_STATE_RUNNING, "Running" },
    { LADING_CONTAINER_STATE_EXITED, "Exited" },
    { LADING_CONTAINER_STATE_PAUSED, "Paused" },
    { LADING_CONTAINER_STATE_CREATED, "Created" },
    { LADING_CONTAINER_STATE_RESTARTING, "Restarting" },
    { LADING_CONTAINER_STATE_REMOVING, "Removing" },
    { LADING_CONTAINER_STATE_DEAD, "Dead" },
    { LADING_CONTAINER_STATE_UNKNOWN, "Unknown" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (lading_status_text_state_name (cases[i].state), ==, cases[i].expected);

  g_assert_null (lading_status_text_health_name (LADING_CONTAINER_HEALTH_NONE));
  g_assert_cmpstr (lading_status_text_health_name (LADING_CONTAINER_HEALTH_STARTING), ==,
                   "health: starting");
}

int
main (int   argc,
      char *argv[])
{
  /* The expected strings are the untranslated ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/status-text/human-duration", test_status_text_human_duration);
  g_test_add_func ("/widgets/status-text/format", test_status_text_format);
  g_test_add_func ("/widgets/status-text/relative-time", test_status_text_relative_time);
  g_test_add_func ("/widgets/status-text/state-names", test_status_text_state_names);

  return g_test_run ();
}
