/* test-action-summary.c
 *
 * The title of the one toast that reports an action over many containers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lading-action-summary.h"

static void
assert_summary (LadingContainerAction  action,
                guint                  n_done,
                guint                  n_failed,
                const char            *expected)
{
  g_autofree char *summary = lading_action_summary_dup (action, n_done, n_failed);

  g_assert_cmpstr (summary, ==, expected);
}

static void
test_action_summary_counts (void)
{
  assert_summary (LADING_CONTAINER_ACTION_STOP, 12, 0, "Stopped 12 containers");
  assert_summary (LADING_CONTAINER_ACTION_START, 1, 0, "Started 1 container");
  assert_summary (LADING_CONTAINER_ACTION_RESTART, 3, 0, "Restarted 3 containers");
  assert_summary (LADING_CONTAINER_ACTION_PAUSE, 2, 0, "Paused 2 containers");
  assert_summary (LADING_CONTAINER_ACTION_UNPAUSE, 2, 0, "Resumed 2 containers");
  assert_summary (LADING_CONTAINER_ACTION_KILL, 4, 0, "Killed 4 containers");
  assert_summary (LADING_CONTAINER_ACTION_REMOVE, 10, 0, "Removed 10 containers");
}

static void
test_action_summary_failures (void)
{
  assert_summary (LADING_CONTAINER_ACTION_STOP, 12, 1, "Stopped 12 containers, 1 failed");
  assert_summary (LADING_CONTAINER_ACTION_REMOVE, 0, 3, "Removed 0 containers, 3 failed");
}

int
main (int   argc,
      char *argv[])
{
  /* The expected titles are the untranslated ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unit/action-summary/counts", test_action_summary_counts);
  g_test_add_func ("/unit/action-summary/failures", test_action_summary_failures);

  return g_test_run ();
}
