/* lading-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-application.h"
#include "lading-stats-monitor.h"
#include "lading-store.h"

G_BEGIN_DECLS

#define LADING_TYPE_WINDOW (lading_window_get_type ())

G_DECLARE_FINAL_TYPE (LadingWindow, lading_window, LADING, WINDOW, AdwApplicationWindow)

LadingWindow *lading_window_new            (LadingApplication *application,
                                            LadingStore       *store,
                                            const GError      *setup_error);
LadingStore  *lading_window_get_store      (LadingWindow      *self);
LadingStatsMonitor *lading_window_get_stats_monitor (LadingWindow *self);
void          lading_window_show_container (LadingWindow      *self,
                                            const char        *id);

G_END_DECLS
