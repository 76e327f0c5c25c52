/* lading-bench-report.c
 *
 * For tests/bench/: with LADING_BENCH_REPORT set, prints the CLOCK_MONOTONIC
 * time of the first frame that has rows drawn, and the RSS then; with
 * LADING_BENCH_EXIT also set, quits right after.  With LADING_BENCH_TEXT_MARK
 * set as well (for bench-events), prints the time of the frame that first
 * draws each row text containing the mark.  Nothing of it runs otherwise.
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

typedef struct
{
  GtkWidget  *list;
  const char *mark;
  GHashTable *printed;   /* the marked texts drawn so far */
} TextWatch;

static void
print_marked_texts (TextWatch *watch,
                    GtkWidget *widget,
                    gint64     now)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_INSCRIPTION (widget))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

      if (text != NULL && strstr (text, watch->mark) != NULL &&
          g_hash_table_add (watch->printed, g_strdup (text)))
        g_print ("text-painted=%s monotonic-us=%" G_GINT64_FORMAT "\n", text, now);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    print_marked_texts (watch, child, now);
}

static void
text_after_paint_cb (GdkFrameClock *frame_clock,
                     TextWatch     *watch)
{
  print_marked_texts (watch, watch->list, g_get_monotonic_time ());
  fflush (stdout);
}

static void
realize_cb (GtkWidget *list)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (list);
  const char *mark = g_getenv ("LADING_BENCH_TEXT_MARK");

  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), list);

  if (mark != NULL && *mark != '\0')
    {
      /* Lives as long as the process: the benchmark ends it. */
      TextWatch *watch = g_new0 (TextWatch, 1);

      watch->list = list;
      watch->mark = mark;
      watch->printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_signal_connect (frame_clock, "after-paint", G_CALLBACK (text_after_paint_cb), watch);
    }
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
