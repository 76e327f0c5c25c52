/* lading-bench-report.c
 *
 * For tests/bench/bench-list: with LADING_BENCH_REPORT set, prints the
 * CLOCK_MONOTONIC time of the first frame that has rows drawn, and the RSS
 * then; with LADING_BENCH_EXIT also set, quits right after.  Nothing of it
 * runs otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-bench-report"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lading-bench-report.h"

static gboolean
has_mapped_row (GtkWidget *widget)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 && gtk_widget_get_mapped (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_mapped_row (child))
      return TRUE;

  return FALSE;
}

static long
read_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return -1;

  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWidget     *list)
{
  if (!has_mapped_row (list))
    return;

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, list);

  g_print ("first-frame-monotonic-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_print ("rss-kb=%ld\n", read_rss_kb ());
  fflush (stdout);

  if (g_getenv ("LADING_BENCH_EXIT") != NULL)
    g_application_quit (g_application_get_default ());
}

static void
realize_cb (GtkWidget *list)
{
  g_signal_connect (gtk_widget_get_frame_clock (list), "after-paint",
                    G_CALLBACK (after_paint_cb), list);
}

/**
 * lading_bench_report_watch:
 * @list: the widget whose first drawn row ends the measurement
 */
void
lading_bench_report_watch (GtkWidget *list)
{
  if (g_getenv ("LADING_BENCH_REPORT") == NULL)
    return;

  g_signal_connect (list, "realize", G_CALLBACK (realize_cb), NULL);
}
