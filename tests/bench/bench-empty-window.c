/* bench-empty-window.c
 *
 * The baseline for bench-list: an empty AdwApplicationWindow, started and
 * measured the way bench-list measures Lading.  After its first frame it
 * prints the same two lines as Lading's benchmark hook
 * (app/lading-bench-report.c), first-frame-monotonic-us= and rss-kb=, and
 * quits, so what GTK, libadwaita and the renderer cost alone can be taken
 * from Lading's figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-empty-window"

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, window);

  g_print ("first-frame-monotonic-us=%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_print ("rss-kb=%ld\n", read_rss_kb ());
  fflush (stdout);

  g_application_quit (g_application_get_default ());
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* A header bar, as every libadwaita window has one; nothing else. */
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);

  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* Registered on the session bus like Lading, so both pay the same start-up. */
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.lading.BenchEmptyWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
