/* test-project-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "lading-project-summary.h"

static void
test_project_summary_format (void)
{
  static const struct {
    guint       n_containers;
    guint       n_running;
    guint       n_paused;
    guint       n_exited;
    const char *expected;
  } cases[] = {
    { 4, 3, 0, 1, "3 running, 1 exited" },
    { 1, 1, 0, 0, "1 running" },
    { 2, 0, 2, 0, "2 paused" },
    { 6, 1, 2, 3, "1 running, 2 paused, 3 exited" },
    { 3, 0, 0, 2, "2 exited, 1 other" },
    { 0, 0, 0, 0, "No containers" },
    /* Counts that run ahead of the total never underflow. */
    { 1, 1, 1, 0, "1 running, 1 paused" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *summary = lading_project_summary_format (cases[i].n_containers,
                                                                cases[i].n_running,
                                                                cases[i].n_paused,
                                                                cases[i].n_exited);

      g_assert_cmpstr (summary, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/project-summary/format", test_project_summary_format);

  return g_test_run ();
}
